package vn.phoihop.organization.unitfile;

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

import vn.phoihop.account.security.ApiTokens;
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
                .contains("import.code.taken").doesNotContain("import.kind.unknown", "import.parent.unavailable");
    }

    @Test
    void invalidUtf8IsRefusedWithItsLineAndNothingIsImported() throws Exception {
        String prefix = "UTF" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        byte[] good = ("code,name,kind,parent_code,valid_from\n" + prefix + "-1,Phòng Một,POLICE_UNIT,T05-CA,2025-07-01\n"
                + prefix + "-2,Phòng Hai,POLICE_UNIT,T05-CA,2025-07-01\n" + prefix + "-3,Ph").getBytes(StandardCharsets.UTF_8);
        byte[] file = java.util.Arrays.copyOf(good, good.length + 40);
        byte[] tail = new byte[] { (byte) 0xC3, (byte) 0x28 };
        System.arraycopy(tail, 0, file, good.length, 2);
        byte[] rest = "ng Ba,POLICE_UNIT,T05-CA,2025-07-01\n".getBytes(StandardCharsets.UTF_8);
        file = java.util.Arrays.copyOf(file, good.length + 2 + rest.length);
        System.arraycopy(rest, 0, file, good.length + 2, rest.length);
        for (boolean dryRun : new boolean[] { true, false }) {
            MockHttpServletResponse response = upload(fixtures.demoAdmin(), file, "text/csv", dryRun);
            assertThat(response.getStatus()).isEqualTo(400);
            assertThat(JsonPath.<String>read(response.getContentAsString(), "$.detail")).startsWith("Dòng 4:")
                    .contains("UTF-8");
        }
        assertThat(count(prefix)).isZero();
    }

    @Test
    void controlCharactersAndAbsurdDatesAreRefusedByRow() throws Exception {
        String prefix = "CTL" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        String csv = "code,name,kind,parent_code,valid_from\n" + prefix + "-1,Phòng Một,POLICE_UNIT,T05-CA,2025-07-01\n"
                + prefix + "-2,Phòng\u0000Hai,POLICE_UNIT,T05-CA,2025-07-01\n"
                + prefix + "-3,Phòng Ba\u0085,POLICE_UNIT,T05-CA,2025-07-01\n"
                + prefix + "-4,Phòng Bốn,POLICE_UNIT,T05-CA,+99999-01-01\n"
                + prefix + "-5,Phòng Năm,POLICE_UNIT,T05-CA,01/01/1900\n";
        MockHttpServletResponse dryRun = upload(fixtures.demoAdmin(), csv.getBytes(StandardCharsets.UTF_8), "text/csv",
                true);
        assertThat(dryRun.getStatus()).isEqualTo(200);
        String body = dryRun.getContentAsString();
        assertThat(JsonPath.<List<Integer>>read(body, "$.problems[*].row")).containsExactly(3, 4, 5, 6);
        assertThat(JsonPath.<List<String>>read(body, "$.problems[*].messageKey")).containsExactly("import.cell.control",
                "import.cell.control", "import.validFrom.outOfRange", "import.validFrom.outOfRange");
        assertThat(JsonPath.<String>read(body, "$.problems[0].message")).startsWith("Dòng 3:")
                .contains("ký tự điều khiển");
        assertThat(JsonPath.<String>read(body, "$.problems[2].message")).contains("02/09/1945").contains("31/12/2100");
        MockHttpServletResponse imported = upload(fixtures.demoAdmin(), csv.getBytes(StandardCharsets.UTF_8),
                "text/csv", false);
        assertThat(imported.getStatus()).isEqualTo(400);
        assertThat(count(prefix)).isZero();
    }

    /** A file is held to the limits the form's and the API's command declares, at the limit and one beyond. */
    @Test
    void rowsAreHeldToTheLimitsOfTheCreationCommand() throws Exception {
        String prefix = "LIM" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        String csv = "code,name,short_name,abbreviation,kind,parent_code,valid_from\n"
                + prefix + "-1," + "N".repeat(300) + "," + "S".repeat(120) + "," + "A".repeat(40)
                + ",POLICE_UNIT,T05-CA,2025-07-01\n"
                + prefix + "-2," + "N".repeat(301) + ",,,POLICE_UNIT,T05-CA,2025-07-01\n"
                + prefix + "-3,Phòng Ba," + "S".repeat(121) + "," + "A".repeat(41) + ",POLICE_UNIT,T05-CA,2025-07-01\n"
                + prefix + "/4,Phòng Bốn,,,POLICE_UNIT,T05-CA,2025-07-01\n";
        MockHttpServletResponse dryRun = upload(fixtures.demoAdmin(), csv.getBytes(StandardCharsets.UTF_8), "text/csv",
                true);
        assertThat(dryRun.getStatus()).isEqualTo(200);
        String body = dryRun.getContentAsString();
        assertThat(JsonPath.<List<Integer>>read(body, "$.problems[*].row")).containsExactly(3, 4, 4, 5);
        assertThat(JsonPath.<List<String>>read(body, "$.problems[*].messageKey")).containsExactly("import.name.size",
                "import.shortName.size", "import.abbreviation.size", "import.code.pattern");
    }

    @Test
    void rowsAreCountedWhileParsingAndTheFileIsRefusedAtTheCap() throws Exception {
        StringBuilder csv = new StringBuilder("code,name,kind,parent_code,valid_from\n");
        for (int i = 0; i <= UnitFiles.MAX_ROWS; i++) {
            csv.append("R").append(i).append(",x,,,\n");
        }
        csv.append("\"never closed,x,,,\n");
        MockHttpServletResponse response = upload(fixtures.demoAdmin(), csv.toString().getBytes(StandardCharsets.UTF_8),
                "text/csv", true);
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(JsonPath.<String>read(response.getContentAsString(), "$.detail"))
                .as("stopped at the cap, before the broken line at the end").contains("quá nhiều dòng");
    }

    @Test
    void csvExportNeutralisesFormulasAndImportsThemBack() throws Exception {
        CurrentUser admin = fixtures.demoAdmin();
        String prefix = "FML" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        String csv = "code,name,kind,parent_code,valid_from\n" + prefix + "-1,=1+1,POLICE_UNIT,T05-CA,2025-07-01\n"
                + prefix + "-2,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",POLICE_UNIT,T05-CA,2025-07-01\n"
                + prefix + "-3,@SUM(1),POLICE_UNIT,T05-CA,2025-07-01\n";
        assertThat(upload(admin, csv.getBytes(StandardCharsets.UTF_8), "text/csv", false).getStatus()).isEqualTo(200);
        long t05 = jdbc.sql("SELECT id FROM organization WHERE code = 'T05-CA'").query(Long.class).single();
        MockHttpServletResponse export = mvc.perform(MockMvcRequestBuilders
                .get("/api/v1/organizations/" + t05 + "/export?format=csv&asOf=2025-07-02")
                .header(HttpHeaders.AUTHORIZATION, bearer(admin))).andReturn().getResponse();
        String exported = new String(export.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(exported).contains(prefix + "-1,'=1+1,").contains(prefix + "-3,'@SUM(1),")
                .contains("\"'=HYPERLINK(").doesNotContain(",=1+1,", ",@SUM(1),");

        UnitFiles.Table back = UnitFiles.read(export.getContentAsByteArray(), FileFormat.CSV);
        assertThat(back.rows()).filteredOn(r -> r.get("code").startsWith(prefix)).extracting(r -> r.get("name"))
                .containsExactlyInAnyOrder("=1+1", "=HYPERLINK(\"http://x\",\"y\")", "@SUM(1)");
    }

    @Test
    void aProvincialAdministratorLearnsNothingAboutAnotherProvincesUnits() throws Exception {
        CurrentUser admin = fixtures.demoAdmin();
        String hanoi = "HNX" + UUID.randomUUID().toString().substring(0, 4).toUpperCase() + "-1";
        String planted = "code,name,kind,parent_code,valid_from\n" + hanoi + ",Phòng Bí mật,POLICE_UNIT,T01-CA,2025-07-01\n";
        assertThat(upload(admin, planted.getBytes(StandardCharsets.UTF_8), "text/csv", false).getStatus()).isEqualTo(200);
        CurrentUser bacNinh = Fixtures.principal(fixtures.user("import.admin.scope", "T20-CA",
                java.util.EnumSet.of(Role.SYSTEM_ADMIN), Clearance.NONE));
        String missing = "NOPE" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        String own = "BNX" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        String csv = "code,name,kind,parent_code,valid_from\n"
                + own + "-1,Đội Một,POLICE_UNIT," + hanoi + ",2000-01-01\n"
                + own + "-2,Đội Hai,POLICE_UNIT," + missing + ",2000-01-01\n"
                + hanoi + ",Đội Ba,POLICE_UNIT,T20-CA,2025-07-01\n"
                + missing + ",Đội Bốn,POLICE_UNIT,T20-CA,2025-07-01\n";
        MockHttpServletResponse report = upload(bacNinh, csv.getBytes(StandardCharsets.UTF_8), "text/csv", true);
        String body = report.getContentAsString();
        assertThat(JsonPath.<List<Integer>>read(body, "$.problems[*].row")).containsExactly(2, 3, 4);
        assertThat(JsonPath.<List<String>>read(body, "$.problems[*].messageKey")).containsExactly(
                "import.parent.unavailable", "import.parent.unavailable", "import.code.unusable");
        String existingParent = JsonPath.read(body, "$.problems[0].message");
        String unknownParent = JsonPath.read(body, "$.problems[1].message");
        assertThat(existingParent.replace(hanoi, "?").replace("Dòng 2", "Dòng ?"))
                .isEqualTo(unknownParent.replace(missing, "?").replace("Dòng 3", "Dòng ?"));
        assertThat(body).doesNotContain("Phòng Bí mật").doesNotContain("đã có").doesNotContain("hiệu lực");
    }

    @Test
    void theImportPageShowsAnUnreadableFileOnTheSamePage() throws Exception {
        CurrentUser admin = fixtures.demoAdmin();
        byte[] file = new byte[] { 'c', 'o', 'd', 'e', '\n', (byte) 0xFF, '\n' };
        MockHttpServletResponse page = mvc.perform(MockMvcRequestBuilders.multipart("/organizations/import")
                .file(new org.springframework.mock.web.MockMultipartFile("file", "don-vi.csv", "text/csv", file))
                .param("action", "check")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .authentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                                .authenticated(admin, null, admin.getAuthorities()))))
                .andReturn().getResponse();
        page.setCharacterEncoding("UTF-8");
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("data-testid=\"problem\"").contains("Dòng 2:")
                .contains("UTF-8").contains("Tệp tối đa 10 MB");
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
