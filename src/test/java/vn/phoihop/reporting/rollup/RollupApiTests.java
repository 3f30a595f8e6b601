package vn.phoihop.reporting.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.reporting.ReportingFixtures;
import vn.phoihop.reporting.ReportingFixtures.TestTemplate;
import vn.phoihop.support.ApiCalls;
import vn.phoihop.support.Fixtures;
import vn.phoihop.support.RegistryFixtures;

/**
 * {@code GET /api/v1/reporting/rollup} (+ {@code .csv}, {@code .xlsx}) and the page {@code /reporting/rollup}: the
 * JSON shape, averages, scope (a province reads its own lineage, never another province or the nation; the nation
 * only for central readers), unaccepted numbers never counted, Vietnamese 400s for bad input, and exports that a
 * spreadsheet opens without running a formula (re-read with POI).
 */
@SpringBootTest
@AutoConfigureMockMvc
class RollupApiTests {

    static final String CODE = "RRAPI";

    @Autowired MockMvc mvc;
    @Autowired ApiCalls api;
    @Autowired Fixtures fixtures;
    @Autowired ReportingFixtures reporting;
    @Autowired RegistryFixtures registry;
    @Autowired RollupFixtures rollup;
    @Autowired RollupFiles files;
    @Autowired JdbcClient jdbc;

    static TestTemplate template;
    CurrentUser central;
    CurrentUser bacNinh;

    @BeforeEach
    void data() {
        central = Fixtures.principal(fixtures.user("rr.central", "CTDCT", Role.CENTRAL_STAFF));
        bacNinh = Fixtures.principal(fixtures.user("rr.bacninh", "T20-CA", Role.PROVINCE_POLICE_STAFF));
        if (template != null) {
            return;
        }
        TestTemplate created = reporting.monthlyTemplate(CODE, LocalDate.of(2025, 1, 1), 2);
        jdbc.sql("UPDATE report_indicator SET aggregation = 'AVERAGE', value_type = 'PERCENTAGE' WHERE code = :c")
                .param("c", CODE + "_2").update();
        List<Long> periods = reporting.monthlyPeriods(created.id(), YearMonth.of(2025, 8), YearMonth.of(2025, 10));
        long bn = registry.id("T20-CA");
        long hn = registry.id("T01-CA");
        for (int m = 0; m < periods.size(); m++) {
            rollup.accept(rollup.submitted(periods.get(m), created.versionId(), bn, Map.of(CODE + "_1",
                    BigDecimal.valueOf(10 + m), CODE + "_2", BigDecimal.valueOf(50 + 10 * m))));
            rollup.accept(rollup.submitted(periods.get(m), created.versionId(), hn, Map.of(CODE + "_1",
                    BigDecimal.valueOf(100), CODE + "_2", BigDecimal.valueOf(90))));
        }
        long returned = rollup.submitted(periods.get(0), created.versionId(), registry.id("T02-CA"),
                Map.of(CODE + "_1", BigDecimal.valueOf(5000)));
        rollup.accept(returned);
        rollup.giveBack(returned);
        rollup.submitted(periods.get(1), created.versionId(), registry.id("T02-CA"),
                Map.of(CODE + "_1", BigDecimal.valueOf(7000)));
        template = created;
    }

    @Test
    void theNationalRollUpHasTheIssuesShapeAndCountsAcceptedNumbersOnly() throws Exception {
        long nation = registry.id("VN");
        MockHttpServletResponse response = api.get(mvc, central, "/api/v1/reporting/rollup?indicator=" + CODE
                + "_1&org=" + nation + "&from=2025-08&to=2025-10&hierarchy=historical");
        assertThat(response.getStatus()).isEqualTo(200);
        String json = response.getContentAsString();
        assertThat(JsonPath.<String>read(json, "$.indicator")).isEqualTo(CODE + "_1");
        assertThat(JsonPath.<Number>read(json, "$.organizationId").longValue()).isEqualTo(nation);
        assertThat(JsonPath.<String>read(json, "$.from")).isEqualTo("2025-08");
        assertThat(JsonPath.<String>read(json, "$.to")).isEqualTo("2025-10");
        assertThat(JsonPath.<String>read(json, "$.hierarchy")).isEqualTo("historical");
        assertThat(JsonPath.<String>read(json, "$.aggregation")).isEqualTo("SUM");
        assertThat(JsonPath.<Number>read(json, "$.total").intValue()).isEqualTo(10 + 11 + 12 + 300);
        assertThat(JsonPath.<List<String>>read(json, "$.periods[*].code")).containsExactly("2025-08", "2025-09",
                "2025-10");
        assertThat(JsonPath.<Number>read(json, "$.periods[0].value").intValue()).isEqualTo(110);
        List<Map<String, Object>> rows = JsonPath.read(json, "$.rows");
        assertThat(rows).extracting(r -> ((Number) r.get("organizationId")).longValue())
                .contains(registry.id("T20"), registry.id("T01")).doesNotContain(registry.id("T02"));
        assertThat(rows).allSatisfy(r -> assertThat(r).containsKeys("organizationId", "name", "value"));
        String average = api.get(mvc, central, "/api/v1/reporting/rollup?indicator=" + CODE + "_2&org=" + nation
                + "&from=2025-08&to=2025-10&hierarchy=current").getContentAsString();
        assertThat(JsonPath.<String>read(average, "$.aggregation")).isEqualTo("AVERAGE");
        assertThat(new BigDecimal(JsonPath.read(average, "$.total").toString()))
                .isEqualByComparingTo(BigDecimal.valueOf(50 + 60 + 70 + 270).divide(BigDecimal.valueOf(6)));
    }

    @Test
    void aProvinceRollsUpItsOwnLineageOnlyAndTheNationOnlyForCentralReaders() throws Exception {
        String query = "&indicator=" + CODE + "_1&from=2025-08&to=2025-10";
        assertThat(api.get(mvc, bacNinh, "/api/v1/reporting/rollup?org=" + registry.id("T20-CA") + query)
                .getStatus()).isEqualTo(200);
        assertThat(api.get(mvc, bacNinh, "/api/v1/reporting/rollup?org=" + registry.id("P1997-24-CA") + query
                + "&hierarchy=historical").getStatus()).isEqualTo(200);
        for (String other : List.of("T01-CA", "T01", "VN", "T02-CA")) {
            MockHttpServletResponse refused = api.get(mvc, bacNinh, "/api/v1/reporting/rollup?org="
                    + registry.id(other) + query);
            assertThat(refused.getStatus()).as(other).isEqualTo(404);
            assertThat(refused.getContentAsString()).doesNotContain("Hà Nội");
            assertThat(api.get(mvc, bacNinh, "/api/v1/reporting/rollup.csv?org=" + registry.id(other) + query)
                    .getStatus()).as(other).isEqualTo(404);
        }
        String own = api.get(mvc, bacNinh, "/api/v1/reporting/rollup?org=" + registry.id("T20") + query)
                .getContentAsString();
        assertThat(JsonPath.<Number>read(own, "$.total").intValue()).isEqualTo(33);
    }

    @Test
    void badInputGetsAVietnameseProblemAndNeverA500() throws Exception {
        long org = registry.id("T20-CA");
        Map<String, String> refused = Map.ofEntries(
                Map.entry("indicator=" + CODE + "_1&org=" + org + "&from=2025-13&to=2025-10", "Tháng không hợp lệ"),
                Map.entry("indicator=" + CODE + "_1&org=" + org + "&from=abc&to=2025-10", "Tháng không hợp lệ"),
                Map.entry("indicator=" + CODE + "_1&org=" + org + "&to=2025-10", "Tháng không hợp lệ"),
                Map.entry("indicator=" + CODE + "_1&org=" + org + "&from=2025-10&to=2025-08", "không sau"),
                Map.entry("indicator=" + CODE + "_1&org=" + org + "&from=2010-01&to=2025-08", "10 năm"),
                Map.entry("indicator=" + CODE + "_1&org=" + org + "&from=2025-08&to=2025-10&hierarchy=x",
                        "Hệ thống tổ chức"),
                Map.entry("indicator=NOPE_1&org=" + org + "&from=2025-08&to=2025-10", "Không có chỉ tiêu"),
                Map.entry("indicator=" + encode("';DROP") + "&org=" + org + "&from=2025-08&to=2025-10", "Mã chỉ tiêu"),
                Map.entry("indicator=" + CODE + "_1&org=x&from=2025-08&to=2025-10", "Mã số tổ chức"));
        for (var entry : refused.entrySet()) {
            for (String path : List.of("/api/v1/reporting/rollup?", "/api/v1/reporting/rollup.xlsx?")) {
                MockHttpServletResponse response = api.get(mvc, bacNinh, path + entry.getKey());
                assertThat(response.getStatus()).as(path + entry.getKey()).isEqualTo(400);
                assertThat(JsonPath.<String>read(response.getContentAsString(), "$.detail")).as(entry.getKey())
                        .contains(entry.getValue());
            }
        }
        assertThat(api.get(mvc, bacNinh, "/api/v1/reporting/rollup?indicator=" + CODE + "_1&org=" + org
                + "&from=2015-09&to=2025-08").getStatus()).as("exactly ten years").isEqualTo(200);
    }

    @Test
    void exportsOpenAsSpreadsheetsWithTheSameNumbers() throws Exception {
        String query = "?indicator=" + CODE + "_1&org=" + registry.id("T20-CA") + "&from=2025-08&to=2025-10";
        MockHttpServletResponse csv = api.get(mvc, bacNinh, "/api/v1/reporting/rollup.csv" + query);
        assertThat(csv.getStatus()).isEqualTo(200);
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getHeader("Content-Disposition")).contains("attachment").contains(".csv");
        String text = new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF").contains("Tổng hợp,33").contains("2025-09,Tháng 09/2025,11");
        MockHttpServletResponse xlsx = api.get(mvc, bacNinh, "/api/v1/reporting/rollup.xlsx" + query);
        assertThat(xlsx.getStatus()).isEqualTo(200);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            Row total = workbook.getSheetAt(0).getRow(6);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Tổng hợp");
            assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(33.0);
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("Công an tỉnh Bắc Ninh");
        }
    }

    @Test
    void aCellThatWouldRunAsAFormulaIsWrittenAsText() throws Exception {
        Rollup hostile = new Rollup("X_1", "=cmd|' /C calc'!A0", 1, "+SUM(A1:A2)", "2025-01", "2025-02", "current",
                "SUM", BigDecimal.TEN, List.of(new Rollup.PeriodValue("2025-01", "@now", BigDecimal.ONE)),
                List.of(new Rollup.Row(2, "=HYPERLINK(\"http://x\")", BigDecimal.valueOf(2))));
        String csv = new String(files.write(hostile, RollupFiles.Format.CSV), StandardCharsets.UTF_8);
        assertThat(csv).contains("'=HYPERLINK").contains("'+SUM(A1:A2)").contains("'@now")
                .doesNotContain(",=HYPERLINK").doesNotContain(",+SUM").doesNotContain(",@now");
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(files.write(hostile,
                RollupFiles.Format.XLSX)))) {
            int cells = 0;
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    cells++;
                }
            }
            assertThat(cells).isGreaterThan(10);
        }
    }

    @Test
    void thePageShowsTheRollUpAndAnswersHtmxWithTheResultOnly() throws Exception {
        String query = "?indicator=" + CODE + "_1&org=" + registry.id("T20-CA") + "&from=2025-08&to=2025-10";
        String full = page("/reporting/rollup" + query, false);
        assertThat(full).contains("<html").contains("data-testid=\"rollup-form\"").contains(">33<")
                .contains("/reporting/rollup.xlsx?indicator=" + CODE + "_1");
        String fragment = page("/reporting/rollup" + query + "&hierarchy=historical", true);
        assertThat(fragment).doesNotContain("<html").contains("rollup-result").contains(">33<");
        assertThat(page("/reporting/rollup" + query.replace("2025-08", "2025-99"), false))
                .contains("Tháng không hợp lệ");
        assertThat(page("/reporting/rollup", false)).contains("data-testid=\"rollup-form\"");
        var export = mvc.perform(MockMvcRequestBuilders.get(java.net.URI.create("/reporting/rollup.csv" + query))
                .with(authentication(UsernamePasswordAuthenticationToken.authenticated(bacNinh, null,
                        bacNinh.getAuthorities())))).andReturn().getResponse();
        assertThat(export.getStatus()).isEqualTo(200);
        assertThat(new String(export.getContentAsByteArray(), StandardCharsets.UTF_8)).contains("Tổng hợp,33");
    }

    private String page(String path, boolean htmx) throws Exception {
        var request = MockMvcRequestBuilders.get(java.net.URI.create(path)).with(authentication(
                UsernamePasswordAuthenticationToken.authenticated(bacNinh, null, bacNinh.getAuthorities())));
        if (htmx) {
            request.header("HX-Request", "true");
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
