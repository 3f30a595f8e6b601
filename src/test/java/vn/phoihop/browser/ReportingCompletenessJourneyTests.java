package vn.phoihop.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.phoihop.platform.VietnamTime;
import vn.phoihop.reporting.ReportingFixtures;
import vn.phoihop.reporting.ReportingFixtures.TestTemplate;
import vn.phoihop.reporting.completeness.WatchFixtures;

/**
 * Central staff open "Báo cáo định kỳ" from the menu, see the 34 provinces' tiles, click Bắc Ninh and land on its
 * detail; the dashboard draws its ECharts chart under the strict CSP (issue 9, points 5 and 7).
 */
class ReportingCompletenessJourneyTests extends BrowserTest {

    @Autowired ReportingFixtures reporting;
    @Autowired WatchFixtures watch;

    @Test
    void centralStaffSeeTheTilesAndOpenAProvince() {
        YearMonth lastMonth = YearMonth.now(VietnamTime.ZONE).minusMonths(1);
        TestTemplate template = reporting.monthlyTemplate("RW-JOURNEY", LocalDate.of(2025, 1, 1), 1);
        List<Long> periods = reporting.monthlyPeriods(template.id(), lastMonth.minusMonths(2), lastMonth);
        reporting.assign(template.id(), "T20-CA", LocalDate.of(2025, 7, 1));
        reporting.assign(template.id(), "T01-CA", LocalDate.of(2025, 7, 1));
        watch.submission(periods.get(2), template.versionId(), "T20-CA", "ACCEPTED", false, lastMonth.atDay(20));

        signIn(page, "canbo.tw", DEMO_PASSWORD);
        page.getByTestId("nav-reporting").click();
        assertThat(page.getByTestId("national-tiles")).isVisible();
        assertThat(page.locator("[data-testid=tile-map] [data-testid^=tile-]")).hasCount(34);
        page.locator("a[data-testid=tile-24]").first().click();
        assertThat(page.getByTestId("province-heading")).containsText("Bắc Ninh");
        screenshot("reporting-province");

        page.navigate("/reporting/completeness?template=RW-JOURNEY&period=" + lastMonth);
        assertThat(page.getByTestId("row-T20-CA")).containsText("Đúng hạn");
        assertThat(page.getByTestId("row-T01-CA")).containsText("Chưa nộp");
        assertThat(page.getByTestId("completeness-chart")).hasAttribute("data-rendered", "true");
        assertThat(page.getByTestId("period-table")).containsText("Tháng");
        screenshot("reporting-completeness");
    }
}
