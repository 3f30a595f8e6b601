package vn.phoihop.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.phoihop.document.attachment.AttachmentFixtures;
import vn.phoihop.tracking.progress.ProgressFixtures;

/**
 * Progress in a real browser (issue 10): Công an tỉnh Bắc Ninh's staff report progress with a PDF, the central staff
 * agency returns it with a reason, Bắc Ninh reports again, the centre accepts, and the assignment shows the status.
 */
class ProgressJourneyTests extends BrowserTest {

    @Autowired ProgressFixtures tracking;

    @Test
    void bacNinhReportsTheCentreReturnsThenAccepts() {
        long assignment = tracking.assignment("TPJ", "T20-CA", LocalDate.of(2031, 12, 31));
        String path = "/tracking/assignments/" + assignment;

        signIn(page, "congan.bacninh", DEMO_PASSWORD);
        page.navigate(path);
        report(page, "IN_PROGRESS", "40", "Đã phổ biến kế hoạch tới các đơn vị", true);
        assertThat(page.getByTestId("evidence")).hasText("bien-ban.pdf");

        BrowserContext central = newContext();
        Page reviewer = central.newPage();
        watch(reviewer);
        signIn(reviewer, "canbo.tw", DEMO_PASSWORD);
        reviewer.navigate(path);
        reviewer.getByTestId("reason").fill("Đề nghị bổ sung số liệu");
        reviewer.getByTestId("return").click();
        assertThat(reviewer.locator(".alert-success")).hasText("Đã trả lại báo cáo tiến độ.");
        assertThat(reviewer.getByTestId("return-reason")).containsText("Đề nghị bổ sung số liệu");

        page.navigate(path);
        assertThat(page.getByTestId("return-reason")).containsText("Đề nghị bổ sung số liệu");
        report(page, "DONE", "100", "Đã hoàn thành, kèm số liệu", false);
        assertThat(page.getByTestId("update")).hasCount(2);

        reviewer.navigate(path);
        reviewer.getByTestId("accept").click();
        assertThat(reviewer.locator(".alert-success")).hasText("Đã chấp nhận báo cáo tiến độ.");
        assertThat(reviewer.getByTestId("assignment-status").getByTestId("status-badge")).hasText("Hoàn thành");
        assertThat(reviewer.getByTestId("assignment-percent")).hasText("100 %");
        central.close();

        page.navigate(path);
        assertThat(page.getByTestId("assignment-status").getByTestId("status-badge")).hasText("Hoàn thành");
    }

    private void report(Page p, String status, String percent, String narrative, boolean withPdf) {
        p.locator("#status").selectOption(status);
        p.locator("#percent").fill(percent);
        p.locator("#narrative").fill(narrative);
        if (withPdf) {
            p.locator("#files").setInputFiles(new FilePayload("bien-ban.pdf", "application/pdf",
                    AttachmentFixtures.pdf("Bien ban")));
        }
        p.getByTestId("progress-submit").click();
        assertThat(p.locator(".alert-success")).hasText("Đã gửi báo cáo tiến độ.");
    }
}
