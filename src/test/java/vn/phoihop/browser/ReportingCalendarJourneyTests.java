package vn.phoihop.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.phoihop.reporting.period.PeriodFixtures;

/**
 * The reporting calendar in a real browser (issue 9, point 2): the central staff's officer opens the calendar,
 * creates an ad hoc period of an ad hoc template, assigns the template to every provincial police force in force on
 * 01/07/2025, and sees the 34 forces expected to report the new period.
 */
class ReportingCalendarJourneyTests extends BrowserTest {

    @Autowired PeriodFixtures periods;

    @Test
    void centralStaffCreateAnAdHocPeriodAndAssignItToAllProvinces() {
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        long template = periods.template("RPJ" + tag, "AD_HOC");
        signIn(page, "canbo.tw", DEMO_PASSWORD);
        page.navigate("/reporting/periods?year=2025");
        assertThat(page.locator("h1")).hasText("Lịch kỳ báo cáo");
        page.locator("#templateId").selectOption(String.valueOf(template));
        page.locator("#code").fill("DX-" + tag);
        page.locator("#name").fill("Báo cáo đột xuất tình hình mưa lũ " + tag);
        page.locator("#startsOn").fill("2025-09-01");
        page.locator("#endsOn").fill("2025-09-10");
        page.locator("#dueOn").fill("2025-09-15");
        page.locator("#lockedOn").fill("2025-09-30");
        screenshot("reporting-period-new");
        page.getByTestId("period-create").click();

        assertThat(page.getByTestId("period-name")).containsText("Báo cáo đột xuất tình hình mưa lũ " + tag);
        assertThat(page.getByTestId("period-phase")).hasText("Đã khóa");
        page.navigate("/reporting/periods?year=2025");
        page.locator("[data-template=RPJ" + tag + "]").getByTestId("assignments-link").click();
        assertThat(page.getByTestId("assignment-count")).containsText("0 đơn vị");
        page.getByTestId("all-provinces").check();
        page.locator("#validFrom").fill("2025-07-01");
        page.getByTestId("assignment-submit").click();
        assertThat(page.getByText("Đã giao cho 34 đơn vị")).isVisible();
        assertThat(page.getByTestId("assignment-row")).hasCount(34);
        assertThat(page.locator("[data-testid=assignment-row][data-code=T20-CA]")).containsText("Công an tỉnh Bắc Ninh");
        screenshot("reporting-assignments");

        page.navigate("/reporting/periods?year=2025");
        page.locator("[data-template=RPJ" + tag + "]").getByText("Báo cáo đột xuất tình hình mưa lũ " + tag).click();
        assertThat(page.getByTestId("expected-reporters").locator("li")).hasCount(34);
        screenshot("reporting-period-expected");
    }
}
