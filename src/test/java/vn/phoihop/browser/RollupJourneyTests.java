package vn.phoihop.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.phoihop.reporting.ReportingFixtures;
import vn.phoihop.reporting.ReportingFixtures.TestTemplate;
import vn.phoihop.reporting.rollup.RollupFixtures;
import vn.phoihop.support.RegistryFixtures;

/**
 * The roll-up page in a real browser (issue 9, point 6): Bắc Ninh's police officer opens the roll-up of an
 * indicator for Công an tỉnh Bắc Ninh, sees the total, the rows and the chart, switches the hierarchy and narrows
 * the months (htmx updates the result in place), and finds the export links for the same query.
 */
class RollupJourneyTests extends BrowserTest {

    @Autowired ReportingFixtures reporting;
    @Autowired RegistryFixtures registry;
    @Autowired RollupFixtures rollup;

    @Test
    void aProvincialOfficerRollsUpTheirProvinceAndNarrowsTheMonths() {
        TestTemplate template = reporting.monthlyTemplate("RRJOURNEY", LocalDate.of(2025, 1, 1), 1);
        List<Long> periods = reporting.monthlyPeriods(template.id(), YearMonth.of(2025, 8), YearMonth.of(2025, 10));
        long bacNinh = registry.id("T20-CA");
        for (int m = 0; m < periods.size(); m++) {
            rollup.accept(rollup.submitted(periods.get(m), template.versionId(), bacNinh,
                    Map.of("RRJOURNEY_1", BigDecimal.valueOf(5 + m))));
        }
        rollup.submitted(periods.get(0), template.versionId(), registry.id("T01-CA"),
                Map.of("RRJOURNEY_1", BigDecimal.valueOf(1000)));

        signIn(page, "congan.bacninh", DEMO_PASSWORD);
        page.navigate("/reporting/rollup?indicator=RRJOURNEY_1&org=" + registry.id("T20") + "&from=2025-08&to=2025-10");
        assertThat(page.getByTestId("rollup-total")).hasText("18");
        assertThat(page.getByTestId("rollup-row")).hasCount(1);
        assertThat(page.getByTestId("rollup-row").first()).containsText("Công an tỉnh Bắc Ninh");
        assertThat(page.locator("#rollup-chart canvas").first()).isVisible();

        page.getByTestId("rollup-hierarchy-historical").check();
        assertThat(page.getByTestId("rollup-xlsx")).hasAttribute("href",
                java.util.regex.Pattern.compile("hierarchy=historical"));
        assertThat(page.getByTestId("rollup-total")).hasText("18");

        page.getByTestId("rollup-from").fill("2025-09");
        assertThat(page.getByTestId("rollup-total")).hasText("13");
        assertThat(page.getByTestId("rollup-csv")).hasAttribute("href",
                java.util.regex.Pattern.compile("/reporting/rollup\\.csv\\?indicator=RRJOURNEY_1.*from=2025-09"));
        assertThat(page.locator("#rollup-chart canvas").first()).isVisible();
        screenshot("reporting-rollup");

        page.getByTestId("rollup-to").fill("2025-07");
        assertThat(page.getByTestId("rollup-problem")).containsText("không sau");
    }
}
