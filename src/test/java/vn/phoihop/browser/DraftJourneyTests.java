package vn.phoihop.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.options.FilePayload;

import org.junit.jupiter.api.Test;

import vn.phoihop.consultation.draft.DraftImportTests;

/**
 * Drafts in the browser: the central staff member creates a draft, imports Dự thảo 1 from a DOCX, imports Dự thảo 2
 * with one article edited and one added, and opens the redline, which shows the edited words and the added article.
 */
class DraftJourneyTests extends BrowserTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Test
    void aDraftIsImportedTwiceAndTheRedlineShowsTheChanges() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        signIn(page, "canbo.tw", DEMO_PASSWORD);
        page.navigate("/consultations/drafts");
        page.getByTestId("new-draft").click();
        page.locator("#title").fill("Quy chế phối hợp thử " + tag);
        page.locator("#addressee").fill("Ban Bí thư");
        page.getByTestId("draft-submit").click();
        assertThat(page.getByTestId("draft-title")).hasText("Quy chế phối hợp thử " + tag);

        page.getByTestId("import-form").locator("#file").setInputFiles(new FilePayload("du-thao-1.docx", DOCX,
                DraftImportTests.docx("Chương I", "QUY ĐỊNH CHUNG", "Điều 1. Phạm vi điều chỉnh",
                        "Quy chế này quy định việc phối hợp.", "Điều 2. Chế độ báo cáo",
                        "Cơ quan chủ trì báo cáo Ban Bí thư hằng năm.")));
        page.getByTestId("import-submit").click();
        assertThat(page.getByTestId("version-title")).hasText("Dự thảo 1");
        assertThat(page.getByTestId("provision")).hasCount(3);
        screenshot("draft-version-1");

        page.navigate(page.url().replaceAll("/versions/\\d+$", ""));
        page.getByTestId("import-form").locator("#file").setInputFiles(new FilePayload("du-thao-2.docx", DOCX,
                DraftImportTests.docx("Chương I", "QUY ĐỊNH CHUNG", "Điều 1. Phạm vi điều chỉnh",
                        "Quy chế này quy định việc phối hợp.", "Điều 2. Chế độ báo cáo",
                        "Cơ quan chủ trì báo cáo Ban Bí thư sáu tháng một lần.", "Điều 3. Hiệu lực",
                        "Quy chế có hiệu lực từ ngày ký.")));
        page.getByTestId("import-submit").click();
        assertThat(page.getByTestId("version-title")).hasText("Dự thảo 2");

        page.navigate(page.url().replaceAll("/versions/\\d+$", ""));
        assertThat(page.getByTestId("version-row")).hasCount(2);
        page.getByTestId("redline-link").click();
        assertThat(page.getByTestId("redline-title")).hasText("So sánh Dự thảo 1 với Dự thảo 2");
        assertThat(page.getByTestId("redline-kind")).hasText(new String[] {"Giữ nguyên", "Sửa đổi", "Bổ sung"});
        assertThat(page.locator("[data-testid=redline-row] del")).hasText("hằng năm.");
        assertThat(page.locator("[data-testid=redline-row] ins").first()).hasText("sáu tháng một lần.");
        screenshot("draft-redline");
    }
}
