package vn.phoihop.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import vn.phoihop.account.ApiTokens;
import vn.phoihop.account.Clearance;
import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.support.Fixtures;

/**
 * Import of units: a generated file of 3,321 commune police units under the 34 provincial police forces imports
 * in one go; the same kind of file with one bad row imports nothing and names that row in Vietnamese; a
 * provincial administrator cannot import into another province; export gives back an importable file.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OrganizationImportTests {

    static final int COMMUNE_POLICE_UNITS = 3321;

    @Autowired MockMvc mvc;
    @Autowired ApiTokens tokens;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    /** A CSV of {@code count} commune police units spread over the 34 provincial police forces. */
    static String communePolice(String prefix, int count) {
        StringBuilder csv = new StringBuilder("\uFEFFcode,name,short_name,abbreviation,kind,parent_code,valid_from\n");
        for (int i = 0; i < count; i++) {
            String province = "T%02d".formatted(i % 34 + 1);
            csv.append("%s-%s-%04d,Công an xã Số %d %s,Công an xã %d,,COMMUNE_POLICE,%s-CA,2025-07-01\n"
                    .formatted(prefix, province, i, i, prefix, i, province));
        }
        return csv.toString();
    }

    @Test
    void importsThreeThousandThreeHundredTwentyOneCommunePoliceUnits() throws Exception {
        String prefix = "CAX" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        byte[] file = communePolice(prefix, COMMUNE_POLICE_UNITS).getBytes(StandardCharsets.UTF_8);
        CurrentUser admin = fixtures.demoAdmin();
        MockHttpServletResponse dryRun = upload(admin, file, "text/csv", true);
        assertThat(dryRun.getStatus()).isEqualTo(200);
        assertThat(JsonPath.<Integer>read(dryRun.getContentAsString(), "$.rows")).isEqualTo(COMMUNE_POLICE_UNITS);
        assertThat(JsonPath.<List<Object>>read(dryRun.getContentAsString(), "$.problems")).isEmpty();
        assertThat(count(prefix)).isZero();

        MockHttpServletResponse imported = upload(admin, file, "text/csv", false);
        assertThat(imported.getStatus()).as(imported.getContentAsString()).isEqualTo(200);
        assertThat(JsonPath.<Integer>read(imported.getContentAsString(), "$.imported")).isEqualTo(COMMUNE_POLICE_UNITS);
        assertThat(count(prefix)).isEqualTo(COMMUNE_POLICE_UNITS);
        long closureRows = jdbc.sql("SELECT count(*) FROM organization_closure c JOIN organization o"
                + " ON o.id = c.descendant_id WHERE o.code LIKE :p AND c.depth = 2").param("p", prefix + "-%")
                .query(Long.class).single();
        assertThat(closureRows).as("each unit is a grandchild of its province").isEqualTo(COMMUNE_POLICE_UNITS);
    }

    @Test
    void oneBadRowImportsNothingAndNamesTheRow() throws Exception {
        String prefix = "CAY" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        String[] lines = communePolice(prefix, COMMUNE_POLICE_UNITS).split("\n");
        lines[1235] = lines[1235].replace("COMMUNE_POLICE", "CONG_AN_XA");
        byte[] file = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        MockHttpServletResponse response = upload(fixtures.demoAdmin(), file, "text/csv", false);
        assertThat(response.getStatus()).isEqualTo(400);
        String body = response.getContentAsString();
        assertThat(JsonPath.<List<Integer>>read(body, "$.problems[*].row")).containsExactly(1236);
        assertThat(JsonPath.<String>read(body, "$.problems[0].message")).startsWith("Dòng 1236:")
                .contains("CONG_AN_XA");
        assertThat(JsonPath.<String>read(body, "$.detail")).contains("không đơn vị nào được nhập");
        assertThat(count(prefix)).isZero();
    }

    @Test
    void aProvincialAdministratorCannotImportIntoAnotherProvince() throws Exception {
        CurrentUser provincial = Fixtures.principal(fixtures.user("import.admin.bacninh", "T20-CA",
                java.util.EnumSet.of(Role.SYSTEM_ADMIN), Clearance.NONE));
        String csv = "code,name,kind,parent_code,valid_from\nIMP-HN-1,Công an phường Thử,COMMUNE_POLICE,T01-CA,"
                + "01/07/2025\nIMP-BN-1,Công an xã Thử,COMMUNE_POLICE,T20-CA,2025-07-01\n";
        MockHttpServletResponse report = upload(provincial, csv.getBytes(StandardCharsets.UTF_8), "text/csv", true);
        assertThat(JsonPath.<List<Integer>>read(report.getContentAsString(), "$.problems[*].row")).containsExactly(2);
        assertThat(JsonPath.<List<String>>read(report.getContentAsString(), "$.problems[*].column"))
                .containsExactly("parent_code");
        MockHttpServletResponse viewer = upload(Fixtures.principal(fixtures.user("import.viewer", "T20-CA",
                Role.VIEWER)), csv.getBytes(StandardCharsets.UTF_8), "text/csv", true);
        assertThat(viewer.getStatus()).isEqualTo(403);
    }

    @Test
    void exportGivesAnXlsxThatImportsCleanlyElsewhere() throws Exception {
        CurrentUser admin = fixtures.demoAdmin();
        String prefix = "EXP" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        String csv = "code,name,kind,parent_code,valid_from\n" + prefix + "-1,Phòng Tham mưu,POLICE_UNIT,T05-CA,"
                + "2025-07-01\n" + prefix + "-2,Chi bộ Phòng Tham mưu,PARTY_CELL," + prefix + "-1,2025-07-01\n";
        assertThat(upload(admin, csv.getBytes(StandardCharsets.UTF_8), "text/csv", false).getStatus()).isEqualTo(200);
        long t05 = jdbc.sql("SELECT id FROM organization WHERE code = 'T05-CA'").query(Long.class).single();
        MockHttpServletResponse export = mvc.perform(MockMvcRequestBuilders
                .get("/api/v1/organizations/" + t05 + "/export?format=xlsx&asOf=2025-07-01")
                .header(HttpHeaders.AUTHORIZATION, bearer(admin))).andReturn().getResponse();
        assertThat(export.getStatus()).isEqualTo(200);
        byte[] xlsx = export.getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("code");
        }
        MockHttpServletResponse again = mvc.perform(MockMvcRequestBuilders.post(
                "/api/v1/organizations/import?dryRun=true&format=xlsx").content(xlsx)
                .header(HttpHeaders.AUTHORIZATION, bearer(admin))).andReturn().getResponse();
        again.setCharacterEncoding("UTF-8");
        assertThat(JsonPath.<List<String>>read(again.getContentAsString(), "$.problems[*].messageKey"))
                .contains("import.code.taken").doesNotContain("import.kind.unknown", "import.parent.unknown");
    }

    private MockHttpServletResponse upload(CurrentUser user, byte[] file, String type, boolean dryRun)
            throws Exception {
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders
                .post("/api/v1/organizations/import?dryRun=" + dryRun).contentType(type).content(file)
                .header(HttpHeaders.AUTHORIZATION, bearer(user))).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }

    private String bearer(CurrentUser user) {
        return "Bearer " + tokens.issue(user).accessToken();
    }

    private long count(String prefix) {
        return jdbc.sql("SELECT count(*) FROM organization WHERE code LIKE :p").param("p", prefix + "-%")
                .query(Long.class).single();
    }
}
