package vn.phoihop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BindingResult;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import vn.phoihop.account.security.ApiTokens;
import vn.phoihop.account.Clearance;
import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.account.user.UserView;
import vn.phoihop.document.attachment.AttachmentFixtures;
import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.organization.people.PositionTitle;
import vn.phoihop.organization.people.Rank;
import vn.phoihop.platform.web.Notice;
import vn.phoihop.support.Fixtures;
import vn.phoihop.support.RegistryFixtures;

/**
 * Mirrors ACCESS.md: every request mapping of the application × every actor × a target in the actor's own
 * organisation and in another province → the expected status, from {@code access-matrix.csv}. A mapping without a
 * row fails {@link #everyRequestMappingHasARow()}, so no new endpoint escapes the matrix. Placeholders: {user} (an
 * account), and registry objects in Bắc Ninh (own) or Hà Nội (other): {org} (a police unit), {person}, {position}
 * (a position in that unit), {reorg} (an applied, unconfirmed renaming of that unit).
 * <p>
 * A status alone cannot tell a refused browser POST from an accepted one (both may answer 302), so every request
 * other than GET is also judged by its {@link Outcome}, and one that was not accepted must leave the registry's and
 * the accounts' tables exactly as they were ({@link #tableDigests()}, compared before and after the request).
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccessMatrixTests {

    enum Actor { ANON, ADMIN_C, ADMIN_P, CENTRAL, PARTY, POLICE, LEADER, VIEWER }

    /**
     * What became of a request that may change something: REFUSED (an error status, the sign-in page, a problem
     * notice, or the form shown again with errors), ACCEPTED (a confirmation notice, or a 2xx API answer) or
     * UNANNOUNCED (neither: a redirect or page without a notice, allowed only for {@link #QUIET_REQUESTS}).
     */
    enum Outcome { REFUSED, ACCEPTED, UNANNOUNCED }

    /**
     * Tables a request may legitimately change even when it is refused or changes nothing: the audit trail (a
     * refusal is audited), sessions, the sign-in throttle, API tokens (issued for the request), the event
     * publication registry, scheduled tasks and Flyway's own history.
     */
    private static final Set<String> VOLATILE_TABLES = Set.of("audit_event", "spring_session",
            "spring_session_attributes", "login_throttle", "api_token", "event_publication",
            "event_publication_archive", "scheduled_tasks", "flyway_schema_history");

    /**
     * The requests that answer without a notice, with the tables each may change: the language switch and the start
     * of a two-factor setup (it stores the pending secret) change only the acting user's own account; the audit
     * trail's check changes nothing. Every other request must either announce its acceptance or, refused, change
     * nothing.
     */
    private static final Map<String, Set<String>> QUIET_REQUESTS = Map.of(
            "POST /preferences/locale", Set.of("user_account"),
            "POST /account/security/totp/setup", Set.of("user_account"),
            "POST /admin/audit/verify", Set.of());

    /** One query for the digests of every table but the volatile ones (the schema does not change during a run). */
    private static volatile String digestQuery;

    record Row(String method, String path, Map<Actor, String[]> expected) {
    }

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired Fixtures fixtures;
    @Autowired ApiTokens tokens;
    @Autowired RegistryFixtures registry;
    @Autowired AttachmentFixtures attachments;
    @Autowired vn.phoihop.document.DocumentFixtures documents;
    @Autowired vn.phoihop.reporting.template.TemplateFixtures reportTemplates;
    @Autowired vn.phoihop.reporting.period.PeriodFixtures periods;
    @Autowired vn.phoihop.reporting.submission.SubmissionFixtures submissions;
    @Autowired vn.phoihop.tracking.progress.ProgressFixtures progressFixtures;
    @Autowired vn.phoihop.tracking.review.ReviewFixtures trackingReviews;
    @Autowired JdbcClient jdbc;
    @Autowired vn.phoihop.tracking.plan.TrackingPlanFixtures trackingPlans;
    @Autowired vn.phoihop.consultation.ConsultationFixtures consultation;
    @Autowired vn.phoihop.consultation.round.RoundFixtures consultationRounds;
    @Autowired vn.phoihop.consultation.disposition.DispositionFixtures dispositionFixtures;
    @PersistenceContext EntityManager entityManager;
    @Autowired PlatformTransactionManager transactionManager;

    private final Map<Actor, CurrentUser> actors = new LinkedHashMap<>();
    private final Map<Actor, UserView[]> targets = new LinkedHashMap<>();
    private final Map<String, long[]> registryTargets = new LinkedHashMap<>();

    @BeforeEach
    void actorsAndTargets() {
        UserView hanoi = committed(() -> fixtures.user("matrix.target.hanoi", "T01-CA", Role.VIEWER));
        define(Actor.ADMIN_C, "CTDCT", EnumSet.of(Role.SYSTEM_ADMIN), hanoi);
        define(Actor.ADMIN_P, "T20-CA", EnumSet.of(Role.SYSTEM_ADMIN), hanoi);
        define(Actor.CENTRAL, "CTDCT", EnumSet.of(Role.CENTRAL_STAFF), hanoi);
        define(Actor.PARTY, "T20-TU", EnumSet.of(Role.PROVINCE_PARTY_STAFF), hanoi);
        define(Actor.POLICE, "T20-CA", EnumSet.of(Role.PROVINCE_POLICE_STAFF), hanoi);
        define(Actor.LEADER, "T20-CA", EnumSet.of(Role.LEADER), hanoi);
        define(Actor.VIEWER, "T20-DUCA", EnumSet.of(Role.VIEWER), hanoi);
        targets.put(Actor.ANON, new UserView[] { hanoi, hanoi });
        long[] units = new long[2];
        long[] persons = new long[2];
        long[] positions = new long[2];
        long[] renames = new long[2];
        String[] provinces = { "T20", "T01" };
        for (int i = 0; i < 2; i++) {
            String code = "MX-" + provinces[i];
            units[i] = registry.unit(code, OrganizationKind.POLICE_UNIT, "Phòng thử " + code, provinces[i] + "-CA",
                    LocalDate.of(2025, 7, 1));
            persons[i] = registry.person("Người thử " + code, Rank.CAPTAIN, code, PositionTitle.OFFICER,
                    LocalDate.of(2025, 7, 1));
            positions[i] = registry.positionOf(persons[i]);
            renames[i] = registry.pendingRename(code, LocalDate.of(2026, 1, 1));
        }
        registryTargets.put("{org}", units);
        registryTargets.put("{person}", persons);
        registryTargets.put("{position}", positions);
        registryTargets.put("{reorg}", renames);
        long[][] documentTargets = documents.matrixTargets();
        registryTargets.put("{doc}", documentTargets[0]);
        registryTargets.put("{rel}", documentTargets[1]);
        long[] documents = registryTargets.get("{doc}");
        registryTargets.put("{attachment}", new long[] { attachments.attachment(documents[0], "matrix.pdf"),
                attachments.attachment(documents[1], "matrix.pdf") });
        registryTargets.put("{version}", new long[] { 1, 1 });
        long template = reportTemplates.published("MATRIX_TPL");
        registryTargets.put("{template}", new long[] { template, template });
        registryTargets.putAll(periods.matrixTargets());
        registryTargets.put("{submission}", submissions.matrixTargets());
        long exchangePeriod = jdbc.sql("SELECT p.id FROM report_period p JOIN report_template t ON t.id = p.template_id"
                + " WHERE t.code = 'PH_KQPH' ORDER BY p.ends_on DESC LIMIT 1").query(Long.class).single();
        registryTargets.put("{exchangePeriod}", new long[] { exchangePeriod, exchangePeriod });
        registryTargets.putAll(trackingPlans.matrixTargets());
        registryTargets.putAll(progressFixtures.matrixTargets());
        registryTargets.put("{review}", trackingReviews.matrixTargets());
        registryTargets.putAll(consultation.draftMatrixTargets());
        registryTargets.putAll(consultationRounds.matrixTargets());
        registryTargets.putAll(dispositionFixtures.matrixTargets());
    }

    private void define(Actor actor, String orgCode, Set<Role> roles, UserView other) {
        String name = "matrix." + actor.name().toLowerCase().replace('_', '-');
        actors.put(actor, Fixtures.principal(committed(() -> fixtures.user(name, orgCode, roles, Clearance.NONE))));
        UserView own = committed(() -> fixtures.user(name + ".target", orgCode, Role.VIEWER));
        targets.put(actor, new UserView[] { own, other });
    }

    /**
     * Creates an account fixture in a transaction of its own, committed before the test's transaction goes on: its
     * audit row would otherwise hold the audit trail's lock in the test's transaction, and the registry fixtures,
     * which commit on their own, would wait for it forever.
     */
    private UserView committed(Supplier<UserView> fixture) {
        TransactionTemplate own = new TransactionTemplate(transactionManager);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return own.execute(status -> fixture.get());
    }

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        for (Row row : rows()) {
            for (Actor actor : Actor.values()) {
                String[] expected = row.expected().get(actor);
                cases.add(Arguments.of(row.method(), row.path(), actor, "own", Integer.parseInt(expected[0])));
                if (row.path().contains("{")) {
                    cases.add(Arguments.of(row.method(), row.path(), actor, "other", Integer.parseInt(expected[1])));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} as {2} ({3}) → {4}")
    @MethodSource("cases")
    @Transactional
    void actorGetsExpectedStatus(String method, String path, Actor actor, String target, int expected)
            throws Exception {
        UserView targetUser = targets.get(actor)["own".equals(target) ? 0 : 1];
        String uri = path.replace("{user}", String.valueOf(targetUser.id())).replace("/**", "/ping")
                .replace("{format}", "csv");
        for (Map.Entry<String, long[]> placeholder : registryTargets.entrySet()) {
            uri = uri.replace(placeholder.getKey(), String.valueOf(placeholder.getValue()["own".equals(target) ? 0 : 1]));
        }
        HttpMethod httpMethod = "*".equals(method) ? HttpMethod.GET : HttpMethod.valueOf(method);
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(httpMethod, uri);
        if (uri.startsWith("/api/")) {
            request.contentType(MediaType.APPLICATION_JSON).content("{}");
            if (actor != Actor.ANON) {
                request.header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.issue(actors.get(actor)).accessToken());
            }
        }
        else {
            if (actor != Actor.ANON) {
                CurrentUser user = actors.get(actor);
                request.with(authentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                        user.getAuthorities())));
            }
            if (httpMethod == HttpMethod.POST) {
                request.with(csrf());
            }
        }
        boolean changing = httpMethod != HttpMethod.GET;
        Map<String, String> before = changing ? tableDigests() : Map.of();
        MvcResult result = mvc.perform(request).andReturn();
        int status = result.getResponse().getStatus();
        assertThat(status).as("%s %s as %s (%s target)", method, uri, actor, target).isEqualTo(expected);
        if (changing) {
            Outcome outcome = outcome(uri, result);
            if (outcome == Outcome.UNANNOUNCED) {
                assertThat(method + " " + path).as("%s %s as %s (%s target) answered %d without a notice", method,
                        uri, actor, target, status).isIn(QUIET_REQUESTS.keySet());
                before.keySet().removeAll(QUIET_REQUESTS.get(method + " " + path));
            }
            if (outcome != Outcome.ACCEPTED) {
                Map<String, String> after = tableDigests();
                after.keySet().retainAll(before.keySet());
                assertThat(after).as("%s %s as %s (%s target) was %s (%d) but changed these tables", method, uri,
                        actor, target, outcome, status).isEqualTo(before);
            }
        }
    }

    /** How the application answered a request that may change something (see {@link Outcome}). */
    private static Outcome outcome(String uri, MvcResult result) {
        int status = result.getResponse().getStatus();
        String redirect = result.getResponse().getRedirectedUrl();
        if (status >= 400 || (redirect != null && redirect.contains("/login"))
                || result.getFlashMap().containsKey(Notice.PROBLEM) || formShownWithErrors(result.getModelAndView())) {
            return Outcome.REFUSED;
        }
        if (result.getFlashMap().containsKey(Notice.ATTRIBUTE) || (uri.startsWith("/api/") && status < 300)) {
            return Outcome.ACCEPTED;
        }
        return Outcome.UNANNOUNCED;
    }

    private static boolean formShownWithErrors(ModelAndView page) {
        return page != null && page.getModel().values().stream()
                .anyMatch(value -> value instanceof BindingResult errors && errors.hasErrors());
    }

    /**
     * Per table of the schema (except {@link #VOLATILE_TABLES}): its row count and an order-independent sum of its
     * rows' hashes, read in the test's transaction after flushing what the request left in the persistence context.
     */
    private Map<String, String> tableDigests() {
        entityManager.flush();
        if (digestQuery == null) {
            List<String> tables = jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema ="
                    + " current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name").query(String.class)
                    .list();
            digestQuery = String.join(" UNION ALL ", tables.stream()
                    .filter(t -> !VOLATILE_TABLES.contains(t.toLowerCase(Locale.ROOT)))
                    .map(t -> "SELECT '" + t + "' AS t, count(*) || ':' || coalesce(sum(hashtextextended(r::text, 0)),"
                            + " 0) AS d FROM \"" + t + "\" r")
                    .toList());
        }
        return jdbc.sql(digestQuery).query((rs, n) -> Map.entry(rs.getString("t"), rs.getString("d"))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a,
                        TreeMap::new));
    }

    /** The digests are not blind: an accepted change (disabling an account) shows in them. */
    @Test
    @Transactional
    void theTableDigestsSeeAnAcceptedChange() throws Exception {
        CurrentUser admin = actors.get(Actor.ADMIN_C);
        String uri = "/admin/users/" + targets.get(Actor.ADMIN_C)[0].id() + "/disable";
        Map<String, String> before = tableDigests();

        MvcResult result = mvc.perform(MockMvcRequestBuilders.post(uri).with(csrf()).with(authentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities())))).andReturn();

        assertThat(outcome(uri, result)).isEqualTo(Outcome.ACCEPTED);
        Map<String, String> after = tableDigests();
        assertThat(after.get("user_account")).isNotEqualTo(before.get("user_account"));
        after.remove("user_account");
        before.remove("user_account");
        assertThat(after).isEqualTo(before);
    }

    @Test
    void everyRequestMappingHasARow() throws IOException {
        Set<String> inMatrix = new TreeSet<>();
        for (Row row : rows()) {
            inMatrix.add(row.method() + " " + row.path().replaceAll("\\{[^}]+}", "{}"));
        }
        Set<String> mapped = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
                .values()) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
                RequestMappingInfo info = entry.getKey();
                Set<String> methods = new TreeSet<>();
                info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
                if (methods.isEmpty()) {
                    methods.add("*");
                }
                for (String pattern : info.getPatternValues()) {
                    for (String m : methods) {
                        mapped.add(m + " " + pattern.replaceAll("\\{[^}]+}", "{}"));
                    }
                }
            }
        }
        assertThat(inMatrix).as("request mappings without a row in access-matrix.csv").containsAll(mapped);
        assertThat(mapped).as("rows in access-matrix.csv for which no request mapping exists").containsAll(inMatrix);
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                AccessMatrixTests.class.getResourceAsStream("/access-matrix.csv"), StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split(",");
                Map<Actor, String[]> expected = new LinkedHashMap<>();
                for (Actor actor : Actor.values()) {
                    String cell = cells[2 + actor.ordinal()].strip();
                    expected.put(actor, cell.contains("|") ? cell.split("\\|") : new String[] { cell, cell });
                }
                rows.add(new Row(cells[0].strip(), cells[1].strip(), expected));
            }
        }
        return rows;
    }
}
