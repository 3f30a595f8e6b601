package vn.phoihop.organization.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.platform.VietnameseOrder;
import vn.phoihop.support.ApiCalls;
import vn.phoihop.support.Fixtures;
import vn.phoihop.organization.OrganizationSummary;
import vn.phoihop.organization.Organizations;

/**
 * The reference data through the API: 61 provinces in 1997, 64 from 2004, 63 from 2008-08-01, 34 from 2025-07-01;
 * each of the 63 with exactly the successor that provinces-2025.csv names, and the history of the reform seen from
 * both sides; official codes and their order; Vietnamese name order; the legal bases and names checked against
 * public sources (shared/reference/province-events.csv).
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProvinceReferenceTests {

    @Autowired MockMvc mvc;
    @Autowired ApiCalls api;
    @Autowired Fixtures fixtures;
    @Autowired Organizations organizations;
    @Autowired JdbcClient jdbc;

    private CurrentUser viewer() {
        return Fixtures.principal(fixtures.user("ref.viewer.hanoi", "T01-TU", Role.VIEWER));
    }

    @Test
    void sixtyThreeProvincesBeforeTheReformAndThirtyFourAfter() throws Exception {
        CurrentUser viewer = viewer();
        assertThat(reference(api.get(mvc, viewer, "/api/v1/organizations?asOf=2025-06-30&kind=PROVINCE"))).hasSize(63);
        assertThat(reference(api.get(mvc, viewer, "/api/v1/organizations?asOf=2025-07-01&kind=PROVINCE"))).hasSize(34);
        String body = api.get(mvc, viewer, "/api/v1/organizations?asOf=2025-07-01&kind=PROVINCE").getContentAsString();
        List<Map<String, Object>> provinces = JsonPath.read(body, "$");
        assertThat(provinces.get(0)).containsKeys("id", "code", "name", "kind");
    }

    @Test
    void eachOfTheSixtyThreeHasExactlyTheSuccessorTheReferenceNames() throws Exception {
        CurrentUser viewer = viewer();
        Map<String, String> expected = successorByPredecessorCode();
        Map<String, String> namesBefore = new HashMap<>();
        for (String[] row : csv("provinces-1997-2025.csv")) {
            namesBefore.put(row[1], row[0]);
        }
        String body = api.get(mvc, viewer, "/api/v1/organizations?asOf=2025-06-30&kind=PROVINCE").getContentAsString();
        List<Map<String, Object>> provinces = JsonPath.read(body, "$");
        assertThat(provinces).hasSize(63);
        List<String> checked = new ArrayList<>();
        for (Map<String, Object> province : provinces) {
            String oldCode = namesBefore.get(shortNameOn(viewer, province, "2024-12-31"));
            assertThat(oldCode).as("pre-2025 code of %s", province.get("name")).isNotNull();
            MockHttpServletResponse response = api.get(mvc, viewer,
                    "/api/v1/organizations/" + province.get("id") + "/successors?asOf=2025-07-01");
            List<Map<String, Object>> successors = JsonPath.read(response.getContentAsString(), "$");
            assertThat(successors).as("successors of %s", province.get("name")).hasSize(1);
            assertThat(JsonPath.<String>read(successors.get(0), "$.organization.shortName"))
                    .as("successor of %s", province.get("name")).isEqualTo(expected.get(oldCode));
            checked.add(oldCode);
        }
        assertThat(checked).containsExactlyInAnyOrderElementsOf(expected.keySet());
    }

    @Test
    void bacNinhAsOf2026ShowsItsPredecessorsWithTheMergerDate() throws Exception {
        String body = api.get(mvc, viewer(), "/api/v1/organizations/search?q=bac%20ninh&asOf=2026-01-01")
                .getContentAsString();
        List<Map<String, Object>> hits = JsonPath.read(body, "$[?(@.organization.kind == 'PROVINCE')]");
        assertThat(hits).hasSize(1);
        List<String> predecessors = JsonPath.read(hits.get(0), "$.predecessors[*].organization.shortName");
        List<String> dates = JsonPath.read(hits.get(0), "$.predecessors[*].date");
        assertThat(predecessors).containsExactlyInAnyOrder("Bắc Ninh", "Bắc Giang");
        assertThat(dates).containsOnly("2025-07-01");
        String former = api.get(mvc, viewer(), "/api/v1/organizations/search?q=BAC%20GIANG&asOf=2026-01-01")
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(former, "$[?(@.organization.kind == 'PROVINCE')].organization.code"))
                .containsExactly("T20");
    }

    @Test
    void theMergerAppearsInTheHistoryOfPredecessorAndSuccessor() throws Exception {
        CurrentUser viewer = viewer();
        String bacGiang = api.get(mvc, viewer, "/api/v1/organizations/" + id(viewer, "P1997-24") + "/history")
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(bacGiang, "$.events[*].kind")).containsExactly("MERGE");
        assertThat(JsonPath.<String>read(bacGiang, "$.events[0].effectiveDate")).isEqualTo("2025-07-01");
        String bacNinh = api.get(mvc, viewer, "/api/v1/organizations/" + id(viewer, "T20") + "/history")
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(bacNinh, "$.events[0].transitions[*].predecessorName"))
                .contains("Tỉnh Bắc Ninh", "Tỉnh Bắc Giang");
        String hue = api.get(mvc, viewer, "/api/v1/organizations/" + id(viewer, "T02") + "/history")
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(hue, "$.names[*].name"))
                .containsExactly("Tỉnh Thừa Thiên Huế", "Thành phố Huế");
    }

    /**
     * The copies in db/reference are the shared ones. Without ../shared beside the clone (CI puts it there) the test
     * reports itself skipped with the reason, never passed.
     */
    @Test
    void bundledReferenceFilesAreTheSharedOnes() throws IOException {
        Path sharedReference = Path.of("..", "shared", "reference");
        for (var file : SHARED_SHA256.entrySet()) {
            assertThat(sha256(read(file.getKey()))).as("bundled %s as last taken from shared/reference", file.getKey())
                    .isEqualTo(file.getValue());
            Path shared = sharedReference.resolve(file.getKey());
            if (Files.isDirectory(sharedReference)) {
                assertThat(read(file.getKey())).as("bundled %s is the shared one", file.getKey())
                        .isEqualTo(Files.readString(shared));
            }
        }
    }

    /** What V6 read when it was written: a frozen migration's input never changes (its checksum covers them). */
    @Test
    void frozenMigrationInputsNeverChange() throws IOException {
        assertThat(sha256(read("v6/provinces-1997-2025.csv")))
                .isEqualTo("4c69bbf70a7021d3d5fc266265a472f64d8c872ae7c902035b6f9977a275a527");
        assertThat(sha256(read("v6/provinces-2025.csv")))
                .isEqualTo("0cd38f7f53e76a4d0b12f99324bb4cb269aa587c8d8083b4aa66da8612555cd7");
    }

    /** SHA-256 of the shared reference files as bundled; update together with the files. */
    private static final Map<String, String> SHARED_SHA256 = Map.of(
            "provinces-1997-2025.csv", "4c69bbf70a7021d3d5fc266265a472f64d8c872ae7c902035b6f9977a275a527",
            "provinces-2025.csv", "8ab85cd9f9cbdb1509bf71c3f374cf662611e52dd6fa0218f04c65f1b78994d9",
            "province-events.csv", "b34cf7cdd1fd6638c2695c5763e70e32b8bdab4b082c449e2dda63a46bd9124a");

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void provincialUnitsFrom1997On() throws Exception {
        CurrentUser viewer = viewer();
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("1997-01-01", 61);
        expected.put("2003-12-31", 61);
        expected.put("2004-01-01", 64);
        expected.put("2008-07-31", 64);
        expected.put("2008-08-01", 63);
        expected.put("2025-06-30", 63);
        expected.put("2025-07-01", 34);
        expected.put("2026-11-30", 34);
        Map<String, Integer> counted = new LinkedHashMap<>();
        for (String date : expected.keySet()) {
            counted.put(date, reference(api.get(mvc, viewer, "/api/v1/organizations?asOf=" + date + "&kind=PROVINCE"))
                    .size());
        }
        assertThat(counted).containsExactlyEntriesOf(expected);
    }

    @Test
    void theThirtyFourCarryTheirOfficialCodesAndAreListedInThatOrder() throws Exception {
        List<String[]> reference = csv("provinces-2025.csv");
        List<Map<String, Object>> provinces = reference(api.get(mvc, viewer(),
                "/api/v1/organizations?asOf=2026-01-01&kind=PROVINCE"));
        assertThat(provinces).extracting(p -> p.get("officialCode"))
                .containsExactlyElementsOf(reference.stream().map(row -> row[0]).toList());
        assertThat(provinces).extracting(p -> (String) p.get("shortName"))
                .containsExactlyElementsOf(reference.stream().map(row -> row[1]).toList())
                .startsWith("Hà Nội", "Cao Bằng", "Tuyên Quang");
        List<Map<String, Object>> before = reference(api.get(mvc, viewer(),
                "/api/v1/organizations?asOf=2025-06-30&kind=PROVINCE"));
        assertThat(before).extracting(p -> p.get("officialCode")).containsExactlyElementsOf(
                csv("provinces-1997-2025.csv").stream().map(row -> row[0]).toList());
    }

    @Test
    void bacGiangsSuccessorIsBacNinhWithOfficialCode24() throws Exception {
        OrganizationSummary bacGiang = organizations.findByCode("P1997-24").orElseThrow();
        assertThat(bacGiang.officialCode()).isEqualTo("24");
        assertThat(organizations.findByCode("P1997-27").orElseThrow().officialCode()).isEqualTo("27");
        String body = api.get(mvc, viewer(), "/api/v1/organizations/" + bacGiang.id() + "/successors?asOf=2025-07-01")
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(body, "$[*].organization.shortName")).containsExactly("Bắc Ninh");
        assertThat(JsonPath.<List<String>>read(body, "$[*].organization.officialCode")).containsExactly("24");
    }

    @Test
    void theDatabaseSortsNamesInTheSameVietnameseOrderAsJava() {
        List<String> names = jdbc.sql("SELECT DISTINCT n.name FROM organization_name n"
                + " JOIN organization o ON o.id = n.organization_id WHERE o.kind = 'PROVINCE'").query(String.class)
                .list();
        List<String> sql = jdbc.sql("SELECT name FROM unnest(CAST(:names AS text[])) AS t (name) ORDER BY "
                + VietnameseOrder.collate("name")).param("names", names.toArray(String[]::new))
                .query(String.class).list();
        List<String> java = new ArrayList<>(names);
        java.sort(VietnameseOrder.NAMES);
        assertThat(names).hasSizeGreaterThan(60);
        assertThat(sql).containsExactlyElementsOf(java);
        assertThat(sql.indexOf("Thành phố Hà Nội")).isLessThan(sql.indexOf("Thành phố Hải Phòng"));
    }

    @Test
    void theDivisionsOf2004AndHaTaysMergerAreReorganisations() throws Exception {
        CurrentUser viewer = viewer();
        String dienBien = api.get(mvc, viewer, "/api/v1/organizations/" + code("T04") + "/predecessors")
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(dienBien, "$[*].organization.code")).containsExactly("P1997-LC");
        assertThat(JsonPath.<List<String>>read(dienBien, "$[*].via")).containsExactly("SPLIT");
        assertThat(JsonPath.<List<String>>read(dienBien, "$[*].date")).containsExactly("2004-01-01");
        String hauGiang = api.get(mvc, viewer, "/api/v1/organizations/" + code("P1997-93") + "/history")
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(hauGiang, "$.events[0].transitions[*].successorName"))
                .contains("Thành phố Cần Thơ", "Tỉnh Hậu Giang");
        String haTay = api.get(mvc, viewer, "/api/v1/organizations/" + code("P1997-28") + "/successors?asOf=2008-08-01")
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(haTay, "$[*].organization.code")).containsExactly("T01");
        assertThat(JsonPath.<List<String>>read(haTay, "$[*].legalBasis").get(0)).contains("15/2008/QH12");
        assertThat(verified("MERGE", "2008-08-01", "15/2008/QH12")).containsOnly(false);
        assertThat(verified("SPLIT", "2004-01-01", "22/2003/QH11")).hasSize(3).containsOnly(true);
        String haNoiHistory = api.get(mvc, viewer, "/api/v1/organizations/" + code("T01") + "/history")
                .getContentAsString();
        assertThat(JsonPath.<List<Boolean>>read(haNoiHistory, "$.events[?(@.effectiveDate == '2008-08-01')].verified"))
                .as("the history says the 2008 basis is not verified").containsOnly(false).isNotEmpty();
        String haNoi = api.get(mvc, viewer, "/api/v1/organizations/" + code("T01") + "?asOf=2003-06-30")
                .getContentAsString();
        assertThat(JsonPath.<String>read(haNoi, "$.officialCode")).isEqualTo("01");
    }

    @Test
    void aDivisionGivesNeitherSuccessorTheOthersUnits() {
        long dienBienPolice = code("T04-CA");
        long laiChauPolice = code("T03-CA");
        assertThat(organizations.inScope(dienBienPolice, laiChauPolice)).isFalse();
        assertThat(organizations.inScope(laiChauPolice, dienBienPolice)).isFalse();
        assertThat(organizations.inScope(dienBienPolice, code("P1997-LC-CA"))).isTrue();
        assertThat(organizations.inScope(laiChauPolice, code("P1997-LC-CA"))).isTrue();
    }

    @Test
    void legalBasesPerKindAndTheNamesCheckedAgainstPublicSources() throws Exception {
        CurrentUser viewer = viewer();
        String hue = api.get(mvc, viewer, "/api/v1/organizations/" + code("T02") + "/history").getContentAsString();
        assertThat(JsonPath.<List<String>>read(hue, "$.events[?(@.kind == 'RENAME')].legalBasis"))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING).contains("175/2024/QH15");
        assertThat(basisOfMergerInto("T14")).contains("202/2025/QH15");
        assertThat(basisOfMergerInto("T14-TU")).contains("321-QĐ/TW");
        assertThat(basisOfMergerInto("T20-TU")).isEqualTo("Quyết định của Bộ Chính trị");
        assertThat(basisOfMergerInto("T20-CA")).doesNotContain("202/2025/QH15");
        assertThat(jdbc.sql("""
                SELECT r.verified FROM reorganization r JOIN reorganization_transition t ON t.reorganization_id = r.id
                JOIN organization s ON s.id = t.successor_id WHERE s.code = 'T20-TU' AND r.kind = 'MERGE'
                """).query(Boolean.class).list()).containsOnly(false);
        assertThat(organizations.findByCode("T14-TU").orElseThrow().name()).isEqualTo("Thành ủy Thành phố Hồ Chí Minh");
        assertThat(organizations.findByCode("T14-CA").orElseThrow().name()).isEqualTo("Công an Thành phố Hồ Chí Minh");
        assertThat(organizations.findByCode("T14-DUCA").orElseThrow().name())
                .isEqualTo("Đảng ủy Công an Thành phố Hồ Chí Minh");
    }

    @Test
    void dongNaiBecomesACityOn30April2026MarkedNotVerified() throws Exception {
        CurrentUser viewer = viewer();
        Map<String, String> before = new LinkedHashMap<>();
        Map<String, String> after = new LinkedHashMap<>();
        for (String suffix : List.of("", "-TU", "-CA", "-DUCA")) {
            String path = "/api/v1/organizations/" + code("T29" + suffix) + "?asOf=";
            before.put(suffix, JsonPath.read(api.get(mvc, viewer, path + "2026-04-29").getContentAsString(), "$.name"));
            after.put(suffix, JsonPath.read(api.get(mvc, viewer, path + "2026-04-30").getContentAsString(), "$.name"));
        }
        assertThat(before.values()).containsExactly("Tỉnh Đồng Nai", "Tỉnh ủy Đồng Nai", "Công an tỉnh Đồng Nai",
                "Đảng ủy Công an tỉnh Đồng Nai");
        assertThat(after.values()).containsExactly("Thành phố Đồng Nai", "Thành ủy Đồng Nai",
                "Công an thành phố Đồng Nai", "Đảng ủy Công an thành phố Đồng Nai");
        assertThat(verified("RENAME", "2026-04-30", "30/2026/QH16")).containsExactly(false);
    }

    private String basisOfMergerInto(String code) {
        return jdbc.sql("""
                SELECT DISTINCT r.legal_basis FROM reorganization r
                JOIN reorganization_transition t ON t.reorganization_id = r.id
                JOIN organization s ON s.id = t.successor_id
                WHERE s.code = :code AND r.kind = 'MERGE' AND r.effective_date = DATE '2025-07-01'
                """).param("code", code).query(String.class).single();
    }

    private List<Boolean> verified(String kind, String date, String basis) {
        return jdbc.sql("SELECT verified FROM reorganization WHERE kind = :kind AND effective_date = CAST(:date AS date)"
                + " AND legal_basis LIKE :basis").param("kind", kind).param("date", date)
                .param("basis", "%" + basis + "%").query(Boolean.class).list();
    }

    private long code(String code) {
        return organizations.findByCode(code).orElseThrow().id();
    }

    private String shortNameOn(CurrentUser viewer, Map<String, Object> province, String date) throws Exception {
        return JsonPath.read(api.get(mvc, viewer, "/api/v1/organizations/" + province.get("id") + "?asOf=" + date)
                .getContentAsString(), "$.shortName");
    }

    private long id(CurrentUser viewer, String code) throws Exception {
        String body = api.get(mvc, viewer, "/api/v1/organizations/search?q=" + code + "&asOf=" + (code.startsWith("P") ? "2025-01-01" : "2026-01-01"))
                .getContentAsString();
        List<Object> ids = JsonPath.read(body, "$[?(@.organization.code == '" + code + "')].organization.id");
        assertThat(ids).as("search by code %s", code).hasSize(1);
        return ((Number) ids.get(0)).longValue();
    }

    /**
     * The reference provinces in a listing (PhoiHop's codes T01–T34 and P1997-…), in the listed order: other tests
     * add provinces of their own to the shared database, so exact counts look only at the reference data.
     */
    private static List<Map<String, Object>> reference(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).isEqualTo(200);
        List<Map<String, Object>> all = JsonPath.read(response.getContentAsString(), "$[*]");
        return all.stream().filter(p -> ((String) p.get("code")).matches("T\\d{2}|P1997-.+")).toList();
    }

    static Map<String, String> successorByPredecessorCode() throws IOException {
        Map<String, String> successor = new HashMap<>();
        for (String[] row : csv("provinces-2025.csv")) {
            for (String code : row[3].split(";")) {
                successor.put(code, row[1]);
            }
        }
        return successor;
    }

    static List<String[]> csv(String file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        String[] lines = read(file).split("\\R");
        for (int i = 1; i < lines.length; i++) {
            rows.add(lines[i].split(",", -1));
        }
        return rows;
    }

    private static String read(String file) throws IOException {
        try (InputStream in = ProvinceReferenceTests.class.getResourceAsStream("/db/reference/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
