package vn.phoihop.reporting.exchange;


import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.jayway.jsonpath.JsonPath;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.account.security.ApiTokens;
import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.support.Fixtures;
import vn.phoihop.support.RegistryFixtures;

/**
 * The offline XLSX form end to end through the API and the page: download, fill with POI, upload, values stored as
 * the draft; an upload with errors is refused as a whole with every cell named in Vietnamese; wrong bytes, broken
 * files, archive bombs, oversized files and other organisations' forms are refused and change nothing. Each test
 * reports for a police unit of its own under Công an tỉnh Bắc Ninh, assigned the demo templates.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ExchangeTests {

    private static final AtomicInteger UNITS = new AtomicInteger();

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired RegistryFixtures registry;
    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;

    /** A reporting unit of a test, its staff member and the latest period of a demo template. */
    record Reporter(long organizationId, CurrentUser user, String token, long periodId) {
    }

    private Reporter reporter(String template) {
        String code = "XCH-" + template + "-" + UNITS.incrementAndGet() + "-" + System.nanoTime() % 100_000;
        long unit = registry.unit(code, OrganizationKind.POLICE_UNIT, "Phòng thử biểu mẫu " + code, "T20-CA",
                LocalDate.of(2025, 7, 1));
        jdbc.sql("INSERT INTO report_assignment (template_id, organization_id, valid_from, created_by)"
                + " SELECT id, :o, DATE '2025-07-01', 'test' FROM report_template WHERE code = :t")
                .param("o", unit).param("t", template).update();
        CurrentUser user = Fixtures.principal(fixtures.user(code.toLowerCase(), code, Role.PROVINCE_POLICE_STAFF));
        long period = jdbc.sql("SELECT p.id FROM report_period p JOIN report_template t ON t.id = p.template_id"
                + " WHERE t.code = :t ORDER BY p.ends_on DESC LIMIT 1").param("t", template).query(Long.class).single();
        return new Reporter(unit, user, tokens.issue(user).accessToken(), period);
    }

    private byte[] download(Reporter reporter) throws Exception {
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get("/api/v1/reporting/exchange/"
                + reporter.periodId() + ".xlsx").header(HttpHeaders.AUTHORIZATION, "Bearer " + reporter.token()))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains(".xlsx");
        return response.getContentAsByteArray();
    }

    private MockHttpServletResponse upload(Reporter reporter, byte[] content) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/reporting/exchange/" + reporter.periodId())
                .file(new MockMultipartFile("file", "bieu-mau.xlsx", XLSX, content))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + reporter.token())).andReturn().getResponse();
    }

    /** Fills the value cells of the rows whose hidden code is a key of {@code values} (a String starting "=" is a formula). */
    private static byte[] fill(byte[] form, Map<String, Object> values) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(form));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheet(FormLayout.SHEET);
            for (Row row : sheet) {
                Cell code = row.getCell(FormLayout.CODE);
                if (row.getRowNum() <= FormLayout.HEADER_ROW || code == null || !values.containsKey(code.getStringCellValue())) {
                    continue;
                }
                Cell cell = row.getCell(FormLayout.VALUE) != null ? row.getCell(FormLayout.VALUE)
                        : row.createCell(FormLayout.VALUE);
                Object value = values.get(code.getStringCellValue());
                if (value instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                }
                else if (value instanceof LocalDate d) {
                    cell.setCellValue(d);
                }
                else if (value instanceof String s && s.startsWith("=")) {
                    cell.setCellFormula(s.substring(1));
                }
                else {
                    cell.setCellValue((String) value);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** The value cell of the row coded {@code code} ("C9"). */
    private static String cellOf(byte[] form, String code) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(form))) {
            for (Row row : workbook.getSheet(FormLayout.SHEET)) {
                Cell c = row.getCell(FormLayout.CODE);
                if (c != null && code.equals(c.getStringCellValue())) {
                    return "C" + (row.getRowNum() + 1);
                }
            }
        }
        throw new AssertionError("no row " + code);
    }

    private static final Map<String, Object> GOOD = Map.of("PH_HOP_GIAO_BAN", 2, "PH_VAN_BAN", 12, "PH_VU_VIEC", 7,
            "PH_KIEM_TRA", "1", "PH_NGAY_GIAO_BAN", LocalDate.of(2026, 10, 3), "PH_TY_LE_HOAN_THANH", 92.5,
            "PH_DANH_GIA", "Khá", "PH_NHAN_XET", "Phối hợp tốt trong tháng.");

    @Test
    void aFormFilledOfflineIsStoredAsTheDraftAndComesBackFilled() throws Exception {
        Reporter reporter = reporter("PH_KQPH");
        byte[] form = download(reporter);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(form))) {
            XSSFSheet sheet = workbook.getSheet(FormLayout.SHEET);
            assertThat(sheet.getRow(FormLayout.HEADER_ROW).getCell(FormLayout.VALUE).getStringCellValue())
                    .isEqualTo("Giá trị");
            assertThat(sheet.isColumnHidden(FormLayout.CODE)).isTrue();
            assertThat(sheet.getProtect()).isTrue();
            assertThat(workbook.isSheetVeryHidden(workbook.getSheetIndex(FormLayout.META_SHEET))).isTrue();
            assertThat(sheet.getDataValidations()).anySatisfy(v -> assertThat(v.getValidationConstraint()
                    .getExplicitListValues()).containsExactly("Tốt", "Khá", "Trung bình", "Yếu"));
            Row first = sheet.getRow(FormLayout.HEADER_ROW + 2);
            assertThat(first.getCell(FormLayout.CODE).getStringCellValue()).isEqualTo("PH_HOP_GIAO_BAN");
            assertThat(first.getCell(FormLayout.CODE).getCellStyle().getLocked()).isTrue();
            assertThat(first.getCell(FormLayout.VALUE).getCellStyle().getLocked()).isFalse();
            assertThat(first.getCell(FormLayout.REQUIRED).getStringCellValue()).isEqualTo("*");
        }
        MockHttpServletResponse stored = upload(reporter, fill(form, GOOD));
        assertThat(stored.getStatus()).as(stored.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
        long submission = ((Number) JsonPath.read(stored.getContentAsString(), "$.submissionId")).longValue();
        assertThat((Integer) JsonPath.read(stored.getContentAsString(), "$.values")).isEqualTo(8);
        Map<String, Object> values = new java.util.HashMap<>();
        jdbc.sql("SELECT indicator_code, coalesce(trim_scale(number_value)::text, text_value, date_value::text)"
                + " FROM report_value WHERE submission_id = :s").param("s", submission)
                .query(rs -> {
                    values.put(rs.getString(1), rs.getString(2));
                });
        assertThat(values).containsEntry("PH_VAN_BAN", "12").containsEntry("PH_KIEM_TRA", "1")
                .containsEntry("PH_TY_LE_HOAN_THANH", "92.5").containsEntry("PH_DANH_GIA", "Khá")
                .containsEntry("PH_NGAY_GIAO_BAN", "2026-10-03").containsEntry("PH_NHAN_XET", "Phối hợp tốt trong tháng.")
                .hasSize(8);
        assertThat(jdbc.sql("SELECT status || ' ' || organization_id FROM report_submission WHERE id = :s")
                .param("s", submission).query(String.class).single()).isEqualTo("DRAFT " + reporter.organizationId());
        assertThat(jdbc.sql("SELECT count(*) FROM report_value_change WHERE submission_id = :s AND old_value IS NULL")
                .param("s", submission).query(Integer.class).single()).isEqualTo(8);

        byte[] again = download(reporter);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(again))) {
            Sheet sheet = workbook.getSheet(FormLayout.SHEET);
            int row = Integer.parseInt(cellOf(again, "PH_VAN_BAN").substring(1)) - 1;
            assertThat(sheet.getRow(row).getCell(FormLayout.VALUE).getNumericCellValue()).isEqualTo(12.0);
        }
        MockHttpServletResponse changed = upload(reporter, fill(again, Map.of("PH_VAN_BAN", 13)));
        assertThat((Integer) JsonPath.read(changed.getContentAsString(), "$.changed")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT old_value || '→' || new_value FROM report_value_change WHERE submission_id = :s"
                + " AND old_value IS NOT NULL").param("s", submission).query(String.class).list())
                .containsExactly("12→13");
    }

    @Test
    void anUploadWithErrorsIsRefusedAsAWholeWithEveryCellNamed() throws Exception {
        Reporter reporter = reporter("PH_KQPH");
        byte[] form = download(reporter);
        Map<String, Object> bad = new java.util.HashMap<>(GOOD);
        bad.put("PH_VAN_BAN", -3);
        bad.put("PH_TY_LE_HOAN_THANH", 150);
        bad.put("PH_DANH_GIA", "Xuất sắc");
        bad.put("PH_NGAY_GIAO_BAN", "31/02/2026");
        bad.put("PH_HOP_GIAO_BAN", "=1+1");
        bad.put("PH_VU_VIEC", "mười");
        MockHttpServletResponse refused = upload(reporter, fill(form, bad));
        String body = refused.getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused.getStatus()).isEqualTo(400);
        List<String> messages = JsonPath.read(body, "$.errors[*].message");
        // the same checks and wording as the form page and the API (SubmissionValues), each prefixed with its cell
        assertThat(messages).hasSize(6).anySatisfy(m -> assertThat(m)
                .startsWith("Ô " + cellOf(form, "PH_VAN_BAN") + ": ").contains("không được nhỏ hơn 0"))
                .anySatisfy(m -> assertThat(m).startsWith("Ô " + cellOf(form, "PH_TY_LE_HOAN_THANH") + ": ")
                        .contains("từ 0 đến 100"))
                .anySatisfy(m -> assertThat(m).startsWith("Ô " + cellOf(form, "PH_DANH_GIA") + ": ")
                        .contains("Tốt; Khá; Trung bình; Yếu"))
                .anySatisfy(m -> assertThat(m).startsWith("Ô " + cellOf(form, "PH_NGAY_GIAO_BAN") + ": ")
                        .contains("không phải là ngày có thật"))
                .anySatisfy(m -> assertThat(m).isEqualTo("Ô " + cellOf(form, "PH_HOP_GIAO_BAN")
                        + ": không chấp nhận công thức; hãy nhập trực tiếp giá trị."))
                .anySatisfy(m -> assertThat(m).startsWith("Ô " + cellOf(form, "PH_VU_VIEC") + ": ")
                        .contains("không phải là một số"));
        assertThat((String) JsonPath.read(body, "$.detail")).contains("6 lỗi").contains("chưa lưu");
        assertThat(submissions(reporter)).isZero();
    }

    @Test
    void disaggregatedValuesAreStoredAndTheCrossFieldRuleIsCheckedOnTheLeftCell() throws Exception {
        Reporter reporter = reporter("CTD_TK");
        byte[] form = download(reporter);
        Map<String, Object> values = Map.of("CTD_DANG_VIEN|NAM", 120, "CTD_DANG_VIEN|NU", 30, "CTD_QUAN_CHUNG", 5,
                "CTD_KET_NAP", 9, "CTD_CHI_BO", 8);
        MockHttpServletResponse refused = upload(reporter, fill(form, values));
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat((List<String>) JsonPath.read(refused.getContentAsString(StandardCharsets.UTF_8),
                "$.errors[*].message")).containsExactly("Ô " + cellOf(form, "CTD_KET_NAP") + ": Chưa thỏa điều kiện:"
                        + " Số đảng viên mới kết nạp không được lớn hơn số quần chúng ưu tú được xem xét kết nạp.");
        Map<String, Object> fixed = new java.util.HashMap<>(values);
        fixed.put("CTD_KET_NAP", 4);
        MockHttpServletResponse stored = upload(reporter, fill(form, fixed));
        assertThat(stored.getStatus()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT number_value FROM report_value WHERE submission_id = :s AND indicator_code ="
                + " 'CTD_DANG_VIEN' AND option_code = 'NU'").param("s", ((Number) JsonPath.read(
                        stored.getContentAsString(), "$.submissionId")).longValue()).query(BigDecimal.class).single())
                .isEqualByComparingTo("30");
    }

    @Test
    void badFilesAreRefusedInVietnameseAndChangeNothing() throws Exception {
        Reporter reporter = reporter("PH_KQPH");
        assertRefused(upload(reporter, "%PDF-1.7 not a spreadsheet".getBytes(StandardCharsets.US_ASCII)), 400,
                "không phải tệp Excel");
        assertRefused(upload(reporter, zip("hello.txt", "xin chào".getBytes(StandardCharsets.UTF_8))), 400,
                "bị hỏng");
        assertRefused(upload(reporter, zip("xl/bomb.xml", new byte[30 * 1024 * 1024])), 400, "cấu trúc bất thường");
        byte[] tooBig = new byte[(int) Exchanges.MAX_BYTES + 1];
        tooBig[0] = 'P';
        tooBig[1] = 'K';
        assertRefused(upload(reporter, tooBig), 413, "quá lớn");
        assertRefused(upload(reporter, new byte[0]), 400, "Chưa chọn tệp");
        try (XSSFWorkbook plain = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            plain.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("số liệu");
            plain.write(out);
            assertRefused(upload(reporter, out.toByteArray()), 400, "không phải biểu mẫu báo cáo");
        }
        Reporter other = reporter("PH_KQPH");
        assertRefused(upload(reporter, fill(download(other), GOOD)), 400, "cho đơn vị khác");
        assertThat(submissions(reporter)).isZero();
        assertThat(submissions(other)).isZero();
    }

    @Test
    void aSubmittedReportIsNotChangedByAnUpload() throws Exception {
        Reporter reporter = reporter("PH_KQPH");
        byte[] form = download(reporter);
        assertThat(upload(reporter, fill(form, GOOD)).getStatus()).isEqualTo(200);
        jdbc.sql("UPDATE report_submission SET status = 'SUBMITTED' WHERE organization_id = :o")
                .param("o", reporter.organizationId()).update();
        assertRefused(upload(reporter, fill(form, Map.of("PH_VAN_BAN", 99))), 409, "đã gửi");
        assertThat(jdbc.sql("SELECT count(*) FROM report_value v JOIN report_submission s ON s.id = v.submission_id"
                + " WHERE s.organization_id = :o AND v.indicator_code = 'PH_VAN_BAN' AND v.number_value = 12")
                .param("o", reporter.organizationId()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void thePageDownloadsAndUploadsWithTheOutcomeShown() throws Exception {
        Reporter reporter = reporter("PH_KQPH");
        var signedIn = authentication(UsernamePasswordAuthenticationToken.authenticated(reporter.user(), null,
                reporter.user().getAuthorities()));
        String page = mvc.perform(MockMvcRequestBuilders.get("/reporting/exchange/" + reporter.periodId())
                .with(signedIn)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Đánh giá kết quả phối hợp").contains("Phòng thử biểu mẫu")
                .contains("Chưa nhập số liệu");
        MockHttpServletResponse file = mvc.perform(MockMvcRequestBuilders.get("/reporting/exchange/"
                + reporter.periodId() + ".xlsx").with(signedIn)).andReturn().getResponse();
        assertThat(file.getContentAsByteArray()).startsWith('P', 'K');
        MvcResult refused = mvc.perform(MockMvcRequestBuilders.multipart("/reporting/exchange/" + reporter.periodId())
                .file(new MockMultipartFile("file", "f.xlsx", XLSX,
                        fill(file.getContentAsByteArray(), Map.of("PH_VAN_BAN", -1))))
                .with(signedIn).with(csrf())).andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/reporting/exchange/" + reporter.periodId());
        assertThat((List<String>) refused.getFlashMap().get("cellErrors")).singleElement().asString()
                .startsWith("Ô " + cellOf(file.getContentAsByteArray(), "PH_VAN_BAN") + ": ")
                .contains("không được nhỏ hơn 0");
        MvcResult stored = mvc.perform(MockMvcRequestBuilders.multipart("/reporting/exchange/" + reporter.periodId())
                .file(new MockMultipartFile("file", "f.xlsx", XLSX,
                        fill(file.getContentAsByteArray(), GOOD)))
                .with(signedIn).with(csrf())).andReturn();
        assertThat(stored.getFlashMap().containsKey("notice")).isTrue();
        assertThat(submissions(reporter)).isEqualTo(1);
    }

    private int submissions(Reporter reporter) {
        return jdbc.sql("SELECT count(*) FROM report_submission WHERE organization_id = :o")
                .param("o", reporter.organizationId()).query(Integer.class).single();
    }

    private static void assertRefused(MockHttpServletResponse response, int status, String message)
            throws Exception {
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains(message);
    }

    private static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
