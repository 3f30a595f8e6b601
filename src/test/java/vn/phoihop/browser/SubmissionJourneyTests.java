package vn.phoihop.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.phoihop.reporting.submission.SubmissionFixtures;

/**
 * The periodic report's journey (issue 9) in a real browser: Công an tỉnh Bắc Ninh's staff open the period's
 * report, see a refused number explained beside its field as they type, correct it, see the rule beside the field,
 * and submit; the central staff agency then accepts it from the review queue. (A browser double click stores once too,
 * but its second request currently ends in a 500 from Spring Session JDBC writing the flash map of one session twice
 * at once; SubmissionApiTests.aDoubleClickedFormSubmitsOnce covers the form token on the server.)
 */
class SubmissionJourneyTests extends BrowserTest {

    @Autowired SubmissionFixtures fixtures;
    @Autowired JdbcClient jdbc;

    @Test
    void bacNinhFillsAndSubmitsOnceAndTheCentreAcceptsIt() {
        long template = fixtures.template("RSJ");
        fixtures.assign(template, "T20-CA");
        long period = fixtures.openPeriod(template, "journey");

        signIn(page, "congan.bacninh", DEMO_PASSWORD);
        page.navigate("/reporting/submissions");
        page.locator("tr[data-period='" + period + "']").getByTestId("start-report").click();
        assertThat(page.getByTestId("submission-status")).hasText("Bản nháp");

        Locator admitted = page.locator("[data-indicator='RSJ_N']");
        admitted.fill("1.234");
        admitted.dispatchEvent("change");
        assertThat(page.getByTestId("autosave-status")).containsText("chưa hợp lệ");
        assertThat(page.locator("[data-field='v:RSJ_N:']")).containsText("có thể hiểu hai cách");
        screenshot("submission-refused-number");

        admitted.fill("12");
        page.locator("[data-indicator='RSJ_C']").fill("15");
        page.locator("[data-indicator='RSJ_S']").nth(0).fill("3");
        page.locator("[data-indicator='RSJ_S']").nth(1).fill("4");
        page.locator("[data-indicator='RSJ_K']").selectOption("Khá");
        page.locator("[data-indicator='RSJ_D']").fill("05/01/2026");
        page.locator("[data-indicator='RSJ_D']").dispatchEvent("change");
        assertThat(page.getByTestId("autosave-status")).hasText("Đã lưu");
        assertThat(page.getByTestId("rules")).containsText("Đạt");
        screenshot("submission-draft");

        page.getByTestId("submit-report").click();
        assertThat(page.getByTestId("submission-status")).hasText("Đã gửi, chờ tiếp nhận");
        long id = jdbc.sql("SELECT id FROM report_submission WHERE period_id = :p").param("p", period)
                .query(Long.class).single();
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT count(*) FROM report_submission_event"
                + " WHERE submission_id = :s AND action = 'SUBMITTED'").param("s", id).query(Long.class).single())
                .as("submitted once").isEqualTo(1);
        assertThat(page.getByTestId("events")).containsText("Gửi báo cáo");

        BrowserContext central = newContext();
        Page reviewer = central.newPage();
        watch(reviewer);
        signIn(reviewer, "canbo.tw", DEMO_PASSWORD);
        reviewer.navigate("/reporting/review");
        reviewer.locator("tr[data-submission='" + id + "']").getByTestId("accept").click();
        assertThat(reviewer.locator(".alert-success")).hasText("Đã tiếp nhận báo cáo.");
        reviewer.navigate("/reporting/submissions/" + id);
        assertThat(reviewer.getByTestId("submission-status")).hasText("Đã tiếp nhận");
        central.close();
    }
}
