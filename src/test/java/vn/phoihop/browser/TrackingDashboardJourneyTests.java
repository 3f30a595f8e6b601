package vn.phoihop.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.options.SelectOption;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;


/**
 * canbo.tw opens “Theo dõi thực hiện” from the menu, chooses the demo plan of 118-KH/ĐUCA and the overdue filter,
 * sees the matrix and its ECharts bar under the strict CSP, drills down into a cell (htmx) to its assignments, then
 * creates an interim review and downloads its DOCX report.
 */
class TrackingDashboardJourneyTests extends BrowserTest {

    @Autowired JdbcClient jdbc;

    @Test
    void centralStaffFilterDrillDownCreateAReviewAndDownloadIt() throws Exception {
        long plan = jdbc.sql("SELECT min(id) FROM tracking_plan WHERE title LIKE 'Thực hiện Kế hoạch số 118%'")
                .query(Long.class).single();
        signIn(page, "canbo.tw", DEMO_PASSWORD);
        page.getByTestId("nav-tracking").click();
        assertThat(page.getByTestId("dashboard-filter")).isVisible();
        page.locator("#plan").selectOption(String.valueOf(plan));
        page.locator("#status").selectOption("OVERDUE");
        page.getByTestId("dashboard-show").click();
        page.waitForLoadState();
        assertThat(page.getByTestId("matrix")).isVisible();
        assertThat(page.getByTestId("tracking-chart")).hasAttribute("data-rendered", "true");
        assertThat(page.getByTestId("legend")).containsText("Quá hạn");
        page.locator("[data-testid=matrix] tbody a").first().click();
        assertThat(page.getByTestId("cell-list")).isVisible();
        assertThat(page.locator("[data-testid=cell-table] tbody tr").first()).containsText("Quá hạn");
        assertThat(page.getByTestId("assignment-link").first()).hasAttribute("href",
                java.util.regex.Pattern.compile("/tracking/assignments/\\d+"));

        page.getByTestId("reviews-link").click();
        page.getByTestId("new-review").click();
        page.locator("#plan").selectOption(new SelectOption().setValue(String.valueOf(plan)));
        page.locator("#kind").selectOption("INTERIM");
        page.locator("#title").fill("Báo cáo sơ kết thử trên trình duyệt");
        page.locator("#periodFrom").fill("2023-03-01");
        page.locator("#periodTo").fill("2025-12-31");
        page.getByTestId("review-create").click();
        page.waitForLoadState();
        assertThat(page.getByTestId("review-title")).hasText("Báo cáo sơ kết thử trên trình duyệt");
        assertThat(page.getByTestId("matrix")).isVisible();
        Download download = page.waitForDownload(() -> page.getByTestId("review-download").click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).endsWith(".docx");
        byte[] docx = Files.readAllBytes(download.path());
        org.assertj.core.api.Assertions.assertThat(docx).startsWith('P', 'K');
    }
}
