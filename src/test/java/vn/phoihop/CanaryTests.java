package vn.phoihop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import vn.phoihop.account.security.ApiTokens;
import vn.phoihop.account.Clearance;
import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.account.user.UserView;
import vn.phoihop.document.SecrecyMark;
import vn.phoihop.document.attachment.AttachmentFixtures;
import vn.phoihop.document.register.DocumentCommands.RelationKind;
import vn.phoihop.organization.registry.OrganizationAdministration;
import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.organization.Organizations;
import vn.phoihop.organization.people.People;
import vn.phoihop.organization.people.PeopleCommands.Appoint;
import vn.phoihop.organization.people.PositionTitle;
import vn.phoihop.organization.people.Rank;
import vn.phoihop.organization.reorganization.ReorganizationCommand;
import vn.phoihop.organization.reorganization.ReorganizationCommand.NewOrganization;
import vn.phoihop.organization.ReorganizationKind;
import vn.phoihop.organization.reorganization.Reorganizations;
import vn.phoihop.support.Fixtures;
import vn.phoihop.support.RegistryFixtures;

/**
 * The canary: distinctive strings ("CANARY…") are planted in Hà Nội's lower units (codes, names, short names,
 * abbreviations, a former name, a legal basis), in people and in an account there, and those units are related to
 * Bắc Ninh in every way the registry allows, through the real services, as the national administrator: a Hà Nội unit
 * merged into a Bắc Ninh unit and a Bắc Ninh unit merged into a Hà Nội unit, a Bắc Ninh unit split with one part
 * going to Hà Nội, a unit moved from below a (renamed) Hà Nội unit into Bắc Ninh and a Bắc Ninh unit moved out to Hà
 * Nội, leadership links in both directions between a Bắc Ninh and a Hà Nội unit, a Bắc Ninh
 * person with a concurrent position in Hà Nội. Nothing in the registry carries a clearance yet, so there is no canary
 * above the reader's clearance; one belongs here as soon as something does.
 * <p>
 * Then four Bắc Ninh readers (police staff, Party staff, a viewer and a provincial administrator) call every GET path
 * of the OpenAPI description and every GET page of the handler mappings (htmx fragments and CSV/XLSX exports
 * included, XLSX unzipped) with every planted id and every id of their own side, dates today and before the
 * reorganisations, and searches for parts of the canary names. No canary may appear in any body or header, and no
 * request may end in a server error. New endpoints join by themselves; a parameter this test cannot fill fails it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CanaryTests {

    /** Before every planted reorganisation, after every planted unit began. */
    static final LocalDate PAST = LocalDate.of(2025, 8, 1);

    static final LocalDate START = LocalDate.of(2025, 7, 1);

    /**
     * GET mappings deliberately not called, each with the reason. Pages whose leaks another part of issue 6 fixes
     * are listed here only until that part is merged.
     */
    static final Map<String, String> NOT_CALLED = Map.of(
            // Redirects to the Swagger UI (administrators only); it serves static assets, not registry data.
            "/swagger-ui.html", "static Swagger UI");

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired Fixtures fixtures;
    @Autowired RegistryFixtures registry;
    @Autowired AttachmentFixtures attachments;
    @Autowired vn.phoihop.document.DocumentFixtures documents;
    @Autowired ApiTokens tokens;
    @Autowired OrganizationAdministration administration;
    @Autowired Reorganizations reorganizations;
    @Autowired People people;
    @Autowired Organizations organizations;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired vn.phoihop.consultation.ConsultationFixtures consultation;

    /** Every planted string that must never reach a Bắc Ninh reader. */
    private final Set<String> canaries = new LinkedHashSet<>();

    /**
     * Planted ids and the ids of the readers' side, by what they identify; a path variable gets the ids of the kind
     * its path names ({@link #idsFor}), or all of them.
     */
    private final Map<String, Set<Long>> ids = new LinkedHashMap<>();

    /** The ids of the planted organisations outside Bắc Ninh: no response may name them by id either. */
    private final Set<Long> hidden = new TreeSet<>();

    private final Map<String, CurrentUser> readers = new LinkedHashMap<>();

    /** An organisation id in JSON (a field that holds one, or the id of an organisation view) or in a page link. */
    private static final Pattern ORGANIZATION_ID = Pattern.compile("\"(?:parentId|organizationId|leaderId|"
            + "predecessorId|successorId|provinceId)\"\\s*:\\s*(\\d+)|\"id\"\\s*:\\s*(\\d+)\\s*,\\s*\"code\""
            + "|/organizations/(\\d+)");

    private TransactionTemplate committed;

    @BeforeAll
    void plantAndRelate() {
        committed = new TransactionTemplate(transactionManager);
        committed.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        if (organizations.findByCode("CANARY-HNDEPT").isEmpty()) {
            Fixtures.as(fixtures.demoAdmin(), () -> committed.execute(s -> {
                plant();
                return null;
            }));
        }
        for (String key : List.of("HNDEPT", "HNDEPTNEW", "HNMERGED", "SPLITB", "MOVEOUT", "HNABSORB", "HNLEADER",
                "HNLED")) {
            canaries.add("CANARY" + key + "N");
            canaries.add("CANARY" + key + "S");
            canaries.add("CANARY" + key + "A");
        }
        canaries.addAll(List.of("CANARY-HNDEPT", "CANARY-HNMERGED", "CANARY-SPLITB", "CANARY-MOVEOUT",
                "CANARY-HNABSORB", "CANARY-HNLEADER", "CANARY-HNLED", "CANARYBASIS", "CANARYHNPERSON",
                "CANARYMERGEDPERSON", "CANARYMOVEOUTPERSON", "CANARYHNUSER"));
        // The reporting demo's Hà Nội report, submitted and not accepted (reporting.demo.ReportingDemo).
        canaries.add("CANARY-HN-REPORT");
        // The tracking demo's Hà Nội progress update, pending (tracking.demo.TrackingDemo).
        canaries.add("CANARY-HN-TRACKING");
        // The consultation demo's Hà Nội comment in the open round and an internal note on a Bắc Ninh comment
        // (consultation.demo.ConsultationDemo).
        canaries.addAll(List.of("CANARY-HN-CONSULT", "CANARY-CONSULT-NOTE"));
        fixtures.user("canaryhnuser", "T01-CA", Role.VIEWER);
        plantDocuments();

        hidden.addAll(jdbc.sql("SELECT id FROM organization WHERE code LIKE 'CANARY-%'").query(Long.class).list());
        ids.put("organizations", new TreeSet<>(jdbc.sql("SELECT id FROM organization WHERE code LIKE 'CANARY-%'"
                + " OR code LIKE 'SCOPE-%' OR code IN ('VN', 'T20', 'T20-CA', 'T20-TU', 'T20-DUCA', 'T01', 'T01-CA',"
                + " 'P1997-24', 'P1997-24-CA')").query(Long.class).list()));
        List<Long> persons = jdbc.sql("SELECT DISTINCT p.person_id FROM position p JOIN organization o ON o.id ="
                + " p.organization_id WHERE o.code LIKE 'CANARY-%' OR o.code LIKE 'SCOPE-%'").query(Long.class).list();
        ids.put("people", new TreeSet<>(persons));
        ids.put("positions", new TreeSet<>(jdbc.sql("SELECT p.id FROM position p WHERE p.person_id = ANY (:p)")
                .param("p", persons.toArray(Long[]::new)).query(Long.class).list()));
        ids.put("reorganizations", new TreeSet<>(jdbc.sql("SELECT DISTINCT t.reorganization_id FROM"
                + " reorganization_transition t JOIN organization o ON o.id = t.predecessor_id OR o.id = t.successor_id"
                + " WHERE o.code LIKE 'CANARY-%' OR o.code LIKE 'SCOPE-%'").query(Long.class).list()));

        readers.put("police", reader("scope.reader.police", "T20-CA", Role.PROVINCE_POLICE_STAFF));
        readers.put("party", reader("scope.reader.party", "T20-TU", Role.PROVINCE_PARTY_STAFF));
        readers.put("viewer", reader("scope.reader.viewer", "SCOPE-BN-UNIT", Role.VIEWER));
        readers.put("admin", reader("scope.reader.admin", "T20-CA", Role.SYSTEM_ADMIN));
        Set<Long> users = new TreeSet<>();
        readers.values().forEach(r -> users.add(r.id()));
        users.add(fixtures.user("canaryhnuser", "T01-CA", Role.VIEWER).id());
        ids.put("users", users);
        plantAttachments();
        plantConsultation();
        ids.put("reviews", new TreeSet<>(jdbc.sql("SELECT id FROM tracking_review ORDER BY id LIMIT 3")
                .query(Long.class).list()));
        ids.put("drafts", new TreeSet<>(jdbc.sql("SELECT id FROM consultation_draft ORDER BY id LIMIT 3")
                .query(Long.class).list()));
        // consultation (cdispo): the demo's rounds, whose {id}/{roundId} paths lead to the canary comments and notes
        ids.computeIfAbsent("consultations", k -> new TreeSet<>()).addAll(jdbc.sql("SELECT r.id FROM"
                + " consultation_round r JOIN consultation_draft d ON d.id = r.draft_id WHERE d.created_by = 'canbo.tw'"
                + " ORDER BY r.id LIMIT 3").query(Long.class).list());
    }

    /**
     * A round of the central staff agency inviting Công an tỉnh Bắc Ninh and Công an thành phố Hà Nội (cround), with
     * dispositions published: Hà Nội's submitted comment and Bắc Ninh's own internal note are canaries.
     */
    private void plantConsultation() {
        long draft = consultation.draft("CTDCT", "Dự thảo quy chế phối hợp thử canary", "NONE");
        long version = consultation.version(draft, 1);
        long article = consultation.articles(draft, version, 1).get(0);
        long round = consultation.round(draft, version, java.time.Instant.now().plusSeconds(86_400), "FLAG");
        long bacNinh = consultation.invite(round, "T20-CA", PAST);
        long haNoi = consultation.invite(round, "T01-CA", PAST);
        long own = consultation.comment(round, bacNinh, article, "Góp ý của Bắc Ninh", "SUBMITTED");
        long theirs = consultation.comment(round, haNoi, article, "Góp ý CANARY-HN-COMMENT", "SUBMITTED");
        consultation.note(own, "Ghi chú CANARY-CONSULT-NOTE");
        jdbc.sql("UPDATE consultation_comment SET disposition = 'EXPLAINED', disposition_reason = 'Lý do CANARY-HN-"
                + "REASON' WHERE id = :c").param("c", theirs).update();
        jdbc.sql("UPDATE consultation_round SET dispositions_published = true WHERE id = :r").param("r", round)
                .update();
        ids.computeIfAbsent("consultations", k -> new TreeSet<>()).add(round);
        ids.put("comments", new TreeSet<>(List.of(own, theirs)));
        canaries.addAll(List.of("CANARY-HN-COMMENT", "CANARY-CONSULT-NOTE", "CANARY-HN-REASON"));
    }

    /** A Hà Nội draft with a file whose name carries a canary, and a Bắc Ninh document with a file (docfiles). */
    private void plantAttachments() {
        long hanoi = attachments.document("CANARY-HN-FILES", "T01-CA", true, SecrecyMark.NONE);
        long bacNinh = attachments.document("SCOPE-BN-FILES", "T20-CA", false, SecrecyMark.NONE);
        ids.computeIfAbsent("documents", k -> new TreeSet<>()).addAll(List.of(hanoi, bacNinh));
        ids.put("attachments", new TreeSet<>(List.of(attachments.attachment(hanoi, "CANARYATTACHMENTNAME.pdf"),
                attachments.attachment(bacNinh, "tep-bac-ninh.pdf"))));
        canaries.addAll(List.of("CANARY-HN-FILES", "CANARYATTACHMENTNAME"));
    }

    /**
     * The ids to put in place of a path variable of {@code path}: those of the collection the path names just before
     * its first variable ("/api/v1/people/{id}" → people), or every planted id for a path this test does not know.
     */
    private List<String> idsFor(String path) {
        String head = path.substring(0, Math.max(0, path.indexOf('{') - 1));
        String collection = head.substring(head.lastIndexOf('/') + 1);
        Set<Long> known = ids.get(collection);
        Set<Long> all = new TreeSet<>();
        ids.values().forEach(all::addAll);
        return (known != null ? known : all).stream().map(String::valueOf).toList();
    }

    private CurrentUser reader(String username, String orgCode, Role role) {
        return Fixtures.principal(fixtures.user(username, orgCode, EnumSet.of(role), Clearance.NONE));
    }

    /**
     * Documents no Bắc Ninh reader may see (docreg), created through the register as writers of their issuers: a
     * Thành ủy Hà Nội draft, a Tuyệt mật central document and a Mật document of Tỉnh ủy Bắc Ninh itself (the readers'
     * clearance is Thường), each related to an ordinary Bắc Ninh document in both directions, with canaries in
     * notation, title and summary (a marked document keeps no summary in an internet-facing deployment).
     */
    private void plantDocuments() {
        LocalDate date = LocalDate.of(2026, 2, 10);
        long plain = documents.document("T20-TU", "PARTY_KH", "Kế hoạch thử liên quan văn bản canary", 880, date,
                vn.phoihop.document.SecrecyMark.NONE);
        long draft = documents.document("T01-TU", "PARTY_KH", "Dự thảo CANARYDOCHNTITLE", null, null, date,
                vn.phoihop.document.SecrecyMark.NONE, "Tóm tắt CANARYDOCHNSUMMARY");
        long topSecret = documents.document("DUCA", "PARTY_KH", "Kế hoạch CANARYDOCTSTITLE", null,
                "881-KH/CANARYDOCTS", date, vn.phoihop.document.SecrecyMark.TOP_SECRET, null);
        long confidential = documents.document("T20-TU", "PARTY_NQ", "Nghị quyết CANARYDOCCFTITLE", null,
                "882-NQ/CANARYDOCCF", date, vn.phoihop.document.SecrecyMark.CONFIDENTIAL, null);
        documents.relate("T20-TU", plain, confidential, RelationKind.IMPLEMENTS);
        documents.relate("DUCA", topSecret, plain, RelationKind.CITES);
        documents.relate("T01-TU", draft, plain, RelationKind.CITES);
        canaries.addAll(List.of("CANARYDOCHNTITLE", "CANARYDOCHNSUMMARY", "CANARYDOCTS", "CANARYDOCCF"));
        ids.put("documents", new TreeSet<>(List.of(plain, draft, topSecret, confidential)));
    }

    /** The planted units, people and relations; every call goes through the services as the national admin. */
    private void plant() {
        long hnPolice = registry.id("T01-CA");
        long bnPolice = registry.id("T20-CA");
        // Hà Nội's lower units, with canaries everywhere.
        long hnDept = unit("CANARY-HNDEPT", "HNDEPT", "T01-CA");
        long moveIn = plain("SCOPE-MOVEIN", "Đội thử chuyển về Bắc Ninh", "CANARY-HNDEPT");
        long hnMerged = unit("CANARY-HNMERGED", "HNMERGED", "T01-CA");
        long hnAbsorb = unit("CANARY-HNABSORB", "HNABSORB", "T01-CA");
        long hnLeader = unit("CANARY-HNLEADER", "HNLEADER", "T01-CA");
        long hnLed = unit("CANARY-HNLED", "HNLED", "T01-CA");
        // Bắc Ninh's side, with ordinary names (a reader there may see them).
        long bnUnit = plain("SCOPE-BN-UNIT", "Phòng thử phạm vi Bắc Ninh", "T20-CA");
        long bnTarget = plain("SCOPE-BN-TARGET", "Phòng thử tiếp nhận Bắc Ninh", "T20-CA");
        long bnSplit = plain("SCOPE-BN-SPLIT", "Phòng thử chia tách Bắc Ninh", "T20-CA");
        long bnGone = plain("SCOPE-BN-GONE", "Đội thử nhập vào Hà Nội", "T20-CA");
        long moveOut = unit("CANARY-MOVEOUT", "MOVEOUT", "T20-CA");

        person("Người CANARYHNPERSON", "CANARY-HNDEPT");
        person("Người CANARYMERGEDPERSON", "CANARY-HNMERGED");
        person("Người CANARYMOVEOUTPERSON", "CANARY-MOVEOUT");
        long both = person("Người thử kiêm nhiệm hai tỉnh", "SCOPE-BN-UNIT");
        people.appoint(both, new Appoint(hnLeader, PositionTitle.DEPUTY_DIVISION_HEAD, true, START, null));
        person("Người thử ở đội chuyển về", "SCOPE-MOVEIN");
        person("Người thử ở đội nhập vào Hà Nội", "SCOPE-BN-GONE");

        // Links across provinces can no longer be made through the service (a sectoral line stays within a
        // province's police), but data from before that rule, or a unit moved away after its link was made, still
        // relates the two provinces: record them as such legacy rows.
        legacyLink(bnUnit, hnLeader);
        legacyLink(hnLed, bnUnit);

        // A rename inside Hà Nội (the old name must not leak through the parent history of the unit moved out).
        reorganizations.apply(new ReorganizationCommand(ReorganizationKind.RENAME, LocalDate.of(2026, 1, 1),
                "Quyết định CANARYBASIS", "CANARYBASIS", List.of(hnDept), null, null, "Đơn vị CANARYHNDEPTNEWN",
                "CANARYHNDEPTNEWS", "CANARYHNDEPTNEWA", null));
        reorganizations.apply(move(moveIn, bnPolice, LocalDate.of(2026, 2, 1)));
        reorganizations.apply(new ReorganizationCommand(ReorganizationKind.MERGE, LocalDate.of(2026, 3, 1),
                "Quyết định thử hợp nhất vào Bắc Ninh", null, List.of(hnMerged), bnTarget, null, null, null, null,
                null));
        reorganizations.apply(new ReorganizationCommand(ReorganizationKind.SPLIT, LocalDate.of(2026, 4, 1),
                "Quyết định thử chia tách", null, List.of(bnSplit), null, List.of(
                        new NewOrganization("SCOPE-BN-SPLITA", null, "Phòng thử phần ở Bắc Ninh", null, null,
                                bnPolice),
                        new NewOrganization("CANARY-SPLITB", null, "Phòng CANARYSPLITBN", "CANARYSPLITBS",
                                "CANARYSPLITBA", hnPolice)), null, null, null, null));
        reorganizations.apply(move(moveOut, hnPolice, LocalDate.of(2026, 5, 1)));
        reorganizations.apply(new ReorganizationCommand(ReorganizationKind.MERGE, LocalDate.of(2026, 6, 1),
                "Quyết định thử nhập vào Hà Nội", null, List.of(bnGone), hnAbsorb, null, null, null, null, null));
    }

    private static ReorganizationCommand move(long unit, long target, LocalDate date) {
        return new ReorganizationCommand(ReorganizationKind.MOVE, date, "Quyết định thử điều chuyển", null,
                List.of(unit), target, null, null, null, null, null);
    }

    private long unit(String code, String key, String parentCode) {
        return administration.create(new vn.phoihop.organization.registry.OrganizationCommands.CreateOrganization(code,
                OrganizationKind.POLICE_UNIT, "Phòng CANARY" + key + "N", "CANARY" + key + "S", "CANARY" + key + "A",
                registry.id(parentCode), START)).id();
    }

    private long plain(String code, String name, String parentCode) {
        return administration.create(new vn.phoihop.organization.registry.OrganizationCommands.CreateOrganization(code,
                OrganizationKind.POLICE_UNIT, name, null, null, registry.id(parentCode), START)).id();
    }

    private long person(String name, String orgCode) {
        return people.create(new vn.phoihop.organization.people.PeopleCommands.CreatePerson(name, Rank.CAPTAIN,
                registry.id(orgCode), PositionTitle.OFFICER, START)).id();
    }

    @Test
    void theCanariesAreRelatedToBacNinhAndANationalReaderSeesThem() throws Exception {
        CurrentUser national = fixtures.demoAdmin();
        String token = tokens.issue(national).accessToken();
        String history = body(api(token, "/api/v1/organizations/" + registry.id("SCOPE-BN-TARGET") + "/history"));
        assertThat(history).contains("CANARYHNMERGEDN");
        String moved = body(api(token, "/api/v1/organizations/" + registry.id("SCOPE-MOVEIN") + "/history"));
        assertThat(moved).contains("CANARY-HNDEPT", "CANARYHNDEPTN");
        String split = body(api(token, "/api/v1/organizations/" + registry.id("SCOPE-BN-SPLIT") + "/successors"));
        assertThat(split).contains("CANARYSPLITBN");
        String led = body(api(token, "/api/v1/organizations/" + registry.id("SCOPE-BN-UNIT") + "/leadership"));
        assertThat(led).contains("CANARYHNLEADERN", "CANARYHNLEDN");
        String person = body(api(token, "/api/v1/people/" + jdbc.sql("SELECT id FROM person WHERE full_name ="
                + " 'Người thử kiêm nhiệm hai tỉnh'").query(Long.class).single()));
        assertThat(person).contains("CANARYHNLEADERN");
        String export = body(api(token, "/api/v1/organizations/" + registry.id("T01") + "/export?asOf=" + PAST));
        assertThat(export.lines().filter(l -> l.startsWith("SCOPE-MOVEIN,"))).singleElement().asString()
                .contains(",CANARY-HNDEPT,");
    }

    @Test
    void noCanaryThroughAnyPathOfTheOpenApiDescription() throws Exception {
        String description = mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs").with(signedIn(
                fixtures.demoAdmin()))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Map<String, Map<String, Object>> paths = JsonPath.read(description, "$.paths");
        assertThat(paths).as("paths of the OpenAPI description").isNotEmpty();
        assertThat(paths.keySet()).as("every API GET mapping is in the OpenAPI description")
                .containsAll(mappedApiGets());
        List<String> leaks = new ArrayList<>();
        int calls = 0;
        for (Map.Entry<String, CurrentUser> reader : readers.entrySet()) {
            String token = tokens.issue(reader.getValue()).accessToken();
            for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> get = (Map<String, Object>) path.getValue().get("get");
                if (get == null) {
                    continue;
                }
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> parameters = (List<Map<String, Object>>) get.getOrDefault("parameters",
                        List.of());
                for (String uri : uris(path.getKey(), apiParameters(path.getKey(), parameters))) {
                    calls++;
                    check(reader.getKey(), uri, api(token, uri), leaks);
                }
            }
        }
        assertThat(calls).isGreaterThan(1000);
        assertThat(leaks).as("canaries or server errors in API responses").isEmpty();
    }

    @Test
    void noCanaryOnAnyPage() throws Exception {
        List<String> leaks = new ArrayList<>();
        Set<String> called = new TreeSet<>();
        int calls = 0;
        for (Map.Entry<String, CurrentUser> reader : readers.entrySet()) {
            for (Map.Entry<String, HandlerMethod> page : pages().entrySet()) {
                String pattern = page.getKey();
                List<Param> params = pageParameters(pattern, page.getValue());
                boolean htmx = page.getValue().getMethodParameters().length > 0 && java.util.Arrays.stream(page
                        .getValue().getMethodParameters()).anyMatch(p -> p.hasParameterAnnotation(RequestHeader.class));
                for (String uri : uris(pattern.replace("/**", "/ping"), params)) {
                    for (boolean fragment : htmx ? List.of(false, true) : List.of(false)) {
                        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(java.net.URI.create(uri))
                                .with(signedIn(reader.getValue()));
                        if (fragment) {
                            request.header("HX-Request", "true");
                        }
                        calls++;
                        called.add(pattern);
                        check(reader.getKey() + (fragment ? " (htmx)" : ""), uri,
                                mvc.perform(request).andReturn().getResponse(), leaks);
                    }
                }
            }
        }
        assertThat(called).contains("/organizations/{id}", "/organizations/{id}/units.{format}", "/people/{id}");
        assertThat(calls).isGreaterThan(1000);
        assertThat(leaks).as("canaries or server errors on pages").isEmpty();
    }

    /**
     * A parameter and the values to try; {@code combined} ones are tried with every other, the rest one at a time
     * (and also left out, except a date: today is given explicitly).
     */
    record Param(String name, boolean inPath, boolean combined, boolean date, List<String> values) {

        Param(String name, boolean inPath, boolean combined, List<String> values) {
            this(name, inPath, combined, false, values);
        }
    }

    private List<Param> apiParameters(String path, List<Map<String, Object>> parameters) {
        List<Param> params = new ArrayList<>();
        for (Map<String, Object> parameter : parameters) {
            String name = (String) parameter.get("name");
            String in = (String) parameter.get("in");
            @SuppressWarnings("unchecked")
            Map<String, Object> schema = (Map<String, Object>) parameter.getOrDefault("schema", Map.of());
            @SuppressWarnings("unchecked")
            List<String> enumeration = (List<String>) schema.get("enum");
            params.add(param(path, name, "path".equals(in), "date".equals(schema.get("format"))
                    ? DateTimeFormatter.ISO_LOCAL_DATE : null, enumeration));
        }
        return params;
    }

    private List<Param> pageParameters(String pattern, HandlerMethod handler) {
        List<Param> params = new ArrayList<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
            RequestParam query = parameter.getParameterAnnotation(RequestParam.class);
            DateTimeFormat format = parameter.getParameterAnnotation(DateTimeFormat.class);
            DateTimeFormatter formatter = format == null ? null : format.pattern().isEmpty()
                    ? DateTimeFormatter.ISO_LOCAL_DATE : DateTimeFormatter.ofPattern(format.pattern());
            Class<?> type = parameter.getParameterType();
            List<String> enumeration = type.isEnum() ? java.util.Arrays.stream(type.getEnumConstants())
                    .map(String::valueOf).toList() : null;
            if (path != null) {
                params.add(param(pattern, name(path.name(), path.value(), parameter), true, formatter, enumeration));
            }
            else if (query != null) {
                params.add(param(pattern, name(query.name(), query.value(), parameter), false, formatter,
                        enumeration));
            }
        }
        return params;
    }

    private static String name(String name, String value, MethodParameter parameter) {
        return !name.isEmpty() ? name : !value.isEmpty() ? value : parameter.getParameterName();
    }

    /** The values to try for a parameter; a parameter this test does not know fails it. */
    private Param param(String path, String name, boolean inPath, DateTimeFormatter date, List<String> enumeration) {
        if (date != null) {
            return new Param(name, inPath, true, true, List.of(
                    date.format(vn.phoihop.platform.VietnamTime.today()), date.format(PAST)));
        }
        if (enumeration != null) {
            return new Param(name, inPath, inPath, enumeration);
        }
        return switch (name) {
            case "id" -> new Param(name, inPath, true, idsFor(path));
            case "parentId", "subject" -> new Param(name, inPath, false, idsFor("/organizations/{}"));
            case "format" -> new Param(name, inPath, true, List.of("csv", "xlsx"));
            case "q", "target", "actor" -> new Param(name, inPath, "q".equals(name), List.of("canary", "hndept", "hnmerged",
                    "splitb", "moveout", "hnabsorb", "hnleader", "hnled", "hnperson", "hnuser", "bac ninh", "ha noi",
                    "thu", "phong", "pham vi", "chuyen ve", "tiep nhan", "chia tach"));
            case "page" -> new Param(name, inPath, false, List.of("0", "1"));
            case "attachmentId" -> new Param(name, inPath, true, ids.get("attachments").stream().map(String::valueOf)
                    .toList());
            case "version" -> new Param(name, inPath, false, List.of("1", "latest"));
            case "action" -> new Param(name, inPath, false, List.of("ORGANIZATION_CREATED", "PERSON_CREATED"));
            case "typeCode", "type" -> new Param(name, inPath, true, List.of("PARTY_KH", "PARTY_NQ", "STATE_CT"));
            case "issuerId" -> new Param(name, inPath, true, List.of(String.valueOf(registry.id("T20-TU")),
                    String.valueOf(registry.id("T01-TU")), String.valueOf(registry.id("DUCA"))));
            case "withPredecessors" -> new Param(name, inPath, false, List.of("true"));
            case "year" -> new Param(name, inPath, false, List.of("2022", "2026"));
            case "status" -> new Param(name, inPath, false, List.of("DRAFT", "ISSUED", "IN_FORCE"));
            case "secrecy" -> new Param(name, inPath, false, List.of("NONE", "CONFIDENTIAL", "SECRET", "TOP_SECRET"));
            case "urgency" -> new Param(name, inPath, false, List.of("NORMAL", "URGENT"));
            case "tag" -> new Param(name, inPath, false, List.of("canary"));
            case "size" -> new Param(name, inPath, false, List.of("100"));
            case "indicator" -> new Param(name, inPath, true, List.of(jdbc.sql("SELECT coalesce(min(code), 'PH_01')"
                    + " FROM report_indicator WHERE aggregation <> 'NONE'").query(String.class).single()));
            case "org" -> new Param(name, inPath, true, List.of(String.valueOf(registry.id("T20")),
                    String.valueOf(registry.id("P1997-24-CA")), String.valueOf(registry.id("T01-CA"))));
            // reporting months (roll-up and completeness): across the 2025 merger
            case "from" -> new Param(name, inPath, true, List.of("2024-01", "2024-07"));
            case "to" -> new Param(name, inPath, true, List.of("2025-08", "2025-12"));
            case "hierarchy" -> new Param(name, inPath, false, List.of("historical", "current"));
            case "periodId" -> new Param(name, inPath, true, jdbc.sql("SELECT p.id::text FROM report_period p"
                    + " JOIN report_template t ON t.id = p.template_id WHERE t.code IN ('PH_KQPH', 'CTD_TK')"
                    + " AND p.code IN ('2025-06', '2025-Q2') OR p.id IN (SELECT max(id) FROM report_period GROUP BY"
                    + " template_id)").query(String.class).list());
            // reporting (rwatch): every template's code, months and periods across the 2025 merger, two provinces
            case "template" -> new Param(name, inPath, true, jdbc
                    .sql("SELECT code FROM report_template ORDER BY id").query(String.class).list());
            case "period" -> new Param(name, inPath, false, List.of("2025-06", "2025-08"));
            case "code" -> new Param(name, inPath, false, List.of("24", "01"));
            case "frequency" -> new Param(name, inPath, false, List.of("MONTHLY", "QUARTERLY"));
            // tracking (tplan): a new plan from a document of the register
            case "document" -> new Param(name, inPath, false, ids.get("documents").stream().map(String::valueOf)
                    .toList());
            // tracking (tprogress): the newest evidence files, whoever's update they belong to
            case "evidenceId" -> new Param(name, inPath, true, jdbc.sql("SELECT id::text FROM tracking_evidence"
                    + " ORDER BY id DESC LIMIT 5").query(String.class).list());
            // tracking dashboard (treview): the plans, two provinces (Bắc Ninh's, Hà Nội's), the demo plan's groups
            case "plan" -> new Param(name, inPath, true, jdbc.sql("SELECT id::text FROM tracking_plan ORDER BY id"
                    + " LIMIT 3").query(String.class).list());
            case "province" -> new Param(name, inPath, true, List.of(String.valueOf(registry.id("T20")),
                    String.valueOf(registry.id("T01"))));
            // consultation drafts (cdraft): the first versions of every draft
            case "versionId" -> new Param(name, inPath, true, jdbc.sql("SELECT id::text FROM consultation_version"
                    + " ORDER BY id LIMIT 3").query(String.class).list());
            case "group" -> new Param(name, inPath, false, jdbc.sql("SELECT g.id::text FROM tracking_task_group g"
                    + " JOIN tracking_plan p ON p.id = g.plan_id WHERE p.title LIKE 'Thực hiện Kế hoạch số 118%'"
                    + " ORDER BY g.position LIMIT 2").query(String.class).list());
            // consultation: the comments planted here (cround), and the demo's canary comments and those carrying the
            // canary note (cdispo)
            case "commentId" -> new Param(name, inPath, true, java.util.stream.Stream.concat(
                    ids.get("comments").stream().map(String::valueOf), jdbc.sql("SELECT DISTINCT c.id::text FROM"
                    + " consultation_comment c LEFT JOIN consultation_internal_note n ON n.comment_id = c.id"
                    + " WHERE c.body LIKE '%CANARY%' OR n.body LIKE '%CANARY%'").query(String.class).list().stream())
                    .distinct().toList());
            case "draft" -> new Param(name, inPath, false, List.of("1"));
            // consultation (cdispo): the demo rounds
            case "roundId" -> new Param(name, inPath, true, ids.get("consultations").stream().map(String::valueOf)
                    .toList());
            case "provision", "organization" -> new Param(name, inPath, false, List.of("1"));
            case "disposition" -> new Param(name, inPath, false, List.of("ACCEPTED", "UNDECIDED"));
            case "mine" -> new Param(name, inPath, false, List.of("true"));
            // consultation: the round page's choice among held invitations; Hà Nội's must fall back to the reader's own
            case "invitation" -> new Param(name, inPath, false, jdbc.sql("SELECT i.id::text FROM consultation_invitation"
                    + " i JOIN consultation_comment c ON c.invitation_id = i.id WHERE c.body LIKE '%CANARY%'"
                    + " ORDER BY i.id").query(String.class).list());
            default -> throw new AssertionError("The canary test cannot fill parameter '" + name + "' of " + path
                    + ": give it values in CanaryTests.param");
        };
    }

    /** Every URI to call: path variables and combined parameters in every combination, the others one at a time. */
    private static List<String> uris(String pattern, List<Param> params) {
        List<String> bases = new ArrayList<>(List.of(pattern));
        List<String> queries = new ArrayList<>(List.of(""));
        for (Param p : params) {
            if (p.inPath()) {
                bases = bases.stream().flatMap(b -> p.values().stream().map(v -> b.replace("{" + p.name() + "}", v)))
                        .toList();
            }
            else if (p.combined()) {
                List<String> next = new ArrayList<>();
                for (String q : queries) {
                    if (!p.date()) {
                        next.add(q);
                    }
                    p.values().forEach(v -> next.add(q + "&" + p.name() + "=" + encode(v)));
                }
                queries = next;
            }
        }
        List<String> alone = new ArrayList<>();
        for (Param p : params) {
            if (!p.inPath() && !p.combined()) {
                p.values().forEach(v -> alone.add("&" + p.name() + "=" + encode(v)));
            }
        }
        List<String> uris = new ArrayList<>();
        for (String base : bases) {
            assertThat(base).as("every path variable of " + pattern + " is filled").doesNotContain("{");
            for (String q : queries) {
                uris.add(base + (q.isEmpty() ? "" : "?" + q.substring(1)));
            }
            for (String a : alone) {
                uris.add(base + "?" + a.substring(1));
            }
        }
        return uris;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** GET (or any-method) page mappings, outside /api, less those deliberately not called. */
    private Map<String, HandlerMethod> pages() {
        Map<String, HandlerMethod> pages = new LinkedHashMap<>();
        mappings().forEach((pattern, handler) -> {
            if (!pattern.startsWith("/api/") && !NOT_CALLED.containsKey(pattern)) {
                pages.put(pattern, handler);
            }
        });
        return pages;
    }

    private Set<String> mappedApiGets() {
        Set<String> api = new TreeSet<>();
        mappings().keySet().stream().filter(p -> p.startsWith("/api/")).forEach(api::add);
        return api;
    }

    private Map<String, HandlerMethod> mappings() {
        Map<String, HandlerMethod> mappings = new LinkedHashMap<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
                .values()) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
                var methods = entry.getKey().getMethodsCondition().getMethods();
                if (methods.isEmpty() || methods.stream().anyMatch(m -> m.name().equals("GET"))) {
                    entry.getKey().getPatternValues().forEach(p -> mappings.put(p, entry.getValue()));
                }
            }
        }
        return mappings;
    }

    private MockHttpServletResponse api(String token, String uri) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(java.net.URI.create(uri))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).andReturn().getResponse();
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor signedIn(CurrentUser user) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** Records a canary in the body (XLSX unzipped) or a header, and any server error. */
    private void check(String reader, String uri, MockHttpServletResponse response, List<String> leaks)
            throws IOException {
        String raw = body(response) + "\n" + String.join("\n", response.getHeaderNames().stream()
                .map(h -> h + ": " + String.join(",", response.getHeaders(h))).toList());
        String text = raw.toUpperCase(Locale.ROOT);
        for (String canary : canaries) {
            if (text.contains(canary.toUpperCase(Locale.ROOT))) {
                leaks.add(reader + " GET " + uri + " → " + response.getStatus() + " shows " + canary);
            }
        }
        String path = uri.replaceAll("[?].*", "");
        Matcher id = ORGANIZATION_ID.matcher(raw.replace(path + "\"", "").replace(path + "?", ""));
        while (id.find()) {
            String found = id.group(1) != null ? id.group(1) : id.group(2) != null ? id.group(2) : id.group(3);
            if (hidden.contains(Long.parseLong(found))) {
                leaks.add(reader + " GET " + uri + " → " + response.getStatus() + " names hidden id " + found + " ("
                        + id.group() + ")");
            }
        }
        if (response.getStatus() >= 500 && !uri.startsWith("/error")) {
            leaks.add(reader + " GET " + uri + " → " + response.getStatus());
        }
    }

    private static String body(MockHttpServletResponse response) throws IOException {
        byte[] bytes = response.getContentAsByteArray();
        if (bytes.length > 1 && bytes[0] == 'P' && bytes[1] == 'K') {
            StringBuilder xml = new StringBuilder();
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    xml.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
                }
            }
            assertThat(xml).as("an XLSX export unzips").isNotEmpty();
            return xml.toString();
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private void legacyLink(long led, long leader) {
        jdbc.sql("INSERT INTO leadership_link (organization_id, leader_id, kind, valid_from) VALUES (:o, :l,"
                + " 'SECTORAL', :from)").param("o", led).param("l", leader).param("from", START).update();
    }
}
