package vn.phoihop.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Map;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.options.FilePayload;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.phoihop.account.Role;
import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.support.Fixtures;
import vn.phoihop.support.RegistryFixtures;

/**
 * The offline form in the browser: a unit's staff member opens the period's form page, downloads the XLSX, fills it
 * offline, uploads it with a mistake and reads the cell named in Vietnamese, corrects it and sees the draft saved.
 */
class ExchangeJourneyTests extends BrowserTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired Fixtures fixtures;
    @Autowired RegistryFixtures registry;
    @Autowired JdbcClient jdbc;

    @Test
    void aFormIsDownloadedFilledOfflineAndUploadedAsTheDraft() throws Exception {
        long unit = registry.unit("XCH-JOURNEY", OrganizationKind.POLICE_UNIT, "Phòng thử biểu mẫu trình duyệt",
                "T20-CA", LocalDate.of(2025, 7, 1));
        if (jdbc.sql("SELECT count(*) FROM report_assignment WHERE organization_id = :o").param("o", unit)
                .query(Integer.class).single() == 0) {
            jdbc.sql("INSERT INTO report_assignment (template_id, organization_id, valid_from, created_by)"
                    + " SELECT id, :o, DATE '2025-07-01', 'test' FROM report_template WHERE code = 'PH_KQPH'")
                    .param("o", unit).update();
        }
        fixtures.user("xch.journey", "XCH-JOURNEY", Role.PROVINCE_POLICE_STAFF);
        long period = jdbc.sql("SELECT p.id FROM report_period p JOIN report_template t ON t.id = p.template_id"
                + " WHERE t.code = 'PH_KQPH' ORDER BY p.ends_on DESC LIMIT 1").query(Long.class).single();
        signIn(page, "xch.journey", Fixtures.PASSWORD);
        page.navigate("/reporting/exchange/" + period);
        assertThat(page.getByTestId("exchange-template")).hasText("Đánh giá kết quả phối hợp");
        Download download = page.waitForDownload(() -> page.getByTestId("exchange-download").click());
        byte[] form = Files.readAllBytes(download.path());

        page.getByTestId("exchange-file").setInputFiles(new FilePayload("bieu-mau.xlsx", XLSX,
                fill(form, Map.of("PH_HOP_GIAO_BAN", -2, "PH_VAN_BAN", 10, "PH_DANH_GIA", "Tốt"))));
        page.getByTestId("exchange-submit").click();
        page.waitForLoadState();
        assertThat(page.getByTestId("exchange-errors")).containsText("không được nhỏ hơn 0");
        assertThat(page.getByTestId("exchange-status")).hasText("Chưa nhập số liệu");
        screenshot("exchange-refused");

        page.getByTestId("exchange-file").setInputFiles(new FilePayload("bieu-mau.xlsx", XLSX,
                fill(form, Map.of("PH_HOP_GIAO_BAN", 2, "PH_VAN_BAN", 10, "PH_DANH_GIA", "Tốt"))));
        page.getByTestId("exchange-submit").click();
        page.waitForLoadState();
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS)).containsText("Đã lưu bản nháp");
        assertThat(page.getByTestId("exchange-status")).hasText("Bản nháp");
        assertThat(jdbc.sql("SELECT count(*) FROM report_value v JOIN report_submission s ON s.id = v.submission_id"
                + " WHERE s.organization_id = :o AND s.period_id = :p").param("o", unit).param("p", period)
                .query(Integer.class).single()).isEqualTo(3);
        screenshot("exchange-stored");
    }

    private static byte[] fill(byte[] form, Map<String, Object> values) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(form));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Row row : workbook.getSheetAt(0)) {
                Cell code = row.getCell(0);
                if (row.getRowNum() > 5 && code != null && values.containsKey(code.getStringCellValue())) {
                    Object value = values.get(code.getStringCellValue());
                    Cell cell = row.getCell(2) != null ? row.getCell(2) : row.createCell(2);
                    if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    }
                    else {
                        cell.setCellValue((String) value);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
