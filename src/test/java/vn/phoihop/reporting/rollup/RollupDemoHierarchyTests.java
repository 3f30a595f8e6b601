package vn.phoihop.reporting.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.phoihop.reporting.ReportingFixtures;
import vn.phoihop.reporting.ReportingFixtures.TestTemplate;
import vn.phoihop.support.Fixtures;
import vn.phoihop.support.RegistryFixtures;

/**
 * The "done when" on the registry's real 2025 merger: former Bắc Ninh and Bắc Giang police (P1997-27-CA,
 * P1997-24-CA) report 2024 and the first half of 2025, today's Công an tỉnh Bắc Ninh (T20-CA) from July 2025, with
 * other provinces beside them. The national 2024 roll-up is the same in both hierarchies; today's Bắc Ninh (current)
 * equals the former Bắc Ninh plus the former Bắc Giang (historical); unaccepted numbers count nowhere; every roll-up
 * equals the brute force.
 */
@SpringBootTest
class RollupDemoHierarchyTests {

    static final String CODE = "RRDEMO";
    static final long SEED = 20_251_130L;

    @Autowired ReportingFixtures reporting;
    @Autowired RegistryFixtures registry;
    @Autowired RollupFixtures rollup;
    @Autowired Fixtures fixtures;
    @Autowired Rollups rollups;

    static TestTemplate template;
    static List<Long> periods;

    @BeforeEach
    void data() {
        if (template != null) {
            return;
        }
        TestTemplate created = reporting.monthlyTemplate(CODE, LocalDate.of(2024, 1, 1), 2);
        periods = reporting.monthlyPeriods(created.id(), YearMonth.of(2024, 1), YearMonth.of(2025, 12));
        Random random = new Random(SEED);
        List<String> former = List.of("P1997-27-CA", "P1997-24-CA", "P1997-79-CA", "T01-CA", "T02-CA");
        List<String> today = List.of("T20-CA", "T01-CA", "T02-CA");
        for (int m = 0; m < periods.size(); m++) {
            for (String org : m < 18 ? former : today) {
                if (random.nextInt(10) == 0) {
                    continue;
                }
                long id = rollup.submitted(periods.get(m), created.versionId(), registry.id(org), Map.of(
                        CODE + "_1", BigDecimal.valueOf(random.nextInt(500)),
                        CODE + "_2", BigDecimal.valueOf(random.nextInt(10_000), 2)));
                if (random.nextInt(8) != 0) {
                    rollup.accept(id);
                }
            }
        }
        template = created;
    }

    @Test
    void nationalTotalOfAYearIsTheSameInBothHierarchies() {
        Fixtures.as(fixtures.demoAdmin(), () -> {
            long nation = registry.id("VN");
            for (String indicator : template.indicatorCodes()) {
                Rollup current = rollups.rollup(new RollupQuery(indicator, nation, YearMonth.of(2024, 1),
                        YearMonth.of(2024, 12), Hierarchy.CURRENT));
                Rollup historical = rollups.rollup(new RollupQuery(indicator, nation, YearMonth.of(2024, 1),
                        YearMonth.of(2024, 12), Hierarchy.HISTORICAL));
                assertThat(current.total()).isPositive().isEqualByComparingTo(historical.total());
                assertThat(current.periods()).hasSize(12);
                for (Hierarchy h : Hierarchy.values()) {
                    rollup.assertMatches(rollups, indicator, nation, YearMonth.of(2024, 1), YearMonth.of(2025, 12), h,
                            "demo");
                }
            }
            return null;
        });
    }

    @Test
    void todaysBacNinhEqualsTheFormerBacNinhAndBacGiang() {
        Fixtures.as(fixtures.demoAdmin(), () -> {
            String indicator = CODE + "_1";
            YearMonth from = YearMonth.of(2024, 1);
            YearMonth to = YearMonth.of(2024, 12);
            BigDecimal today = rollups.rollup(new RollupQuery(indicator, registry.id("T20-CA"), from, to,
                    Hierarchy.CURRENT)).total();
            BigDecimal bacNinh = rollups.rollup(new RollupQuery(indicator, registry.id("P1997-27-CA"), from, to,
                    Hierarchy.HISTORICAL)).total();
            BigDecimal bacGiang = rollups.rollup(new RollupQuery(indicator, registry.id("P1997-24-CA"), from, to,
                    Hierarchy.HISTORICAL)).total();
            assertThat(bacNinh).isPositive();
            assertThat(bacGiang).isPositive();
            assertThat(today).isEqualByComparingTo(bacNinh.add(bacGiang));
            List<String> checked = new ArrayList<>();
            for (String org : List.of("T20-CA", "T20", "P1997-27-CA", "P1997-24-CA", "P1997-24")) {
                for (Hierarchy h : Hierarchy.values()) {
                    rollup.assertMatches(rollups, indicator, registry.id(org), from, YearMonth.of(2025, 12), h, org);
                    checked.add(org + h);
                }
            }
            assertThat(checked).hasSize(10);
            return null;
        });
    }

    @Test
    void theNationsRowsAreItsChildrenInEachHierarchy() {
        Fixtures.as(fixtures.demoAdmin(), () -> {
            Rollup historical = rollups.rollup(new RollupQuery(CODE + "_1", registry.id("VN"), YearMonth.of(2024, 1),
                    YearMonth.of(2024, 12), Hierarchy.HISTORICAL));
            Rollup current = rollups.rollup(new RollupQuery(CODE + "_1", registry.id("VN"), YearMonth.of(2024, 1),
                    YearMonth.of(2024, 12), Hierarchy.CURRENT));
            assertThat(historical.rows()).extracting(Rollup.Row::organizationId)
                    .contains(registry.id("P1997-24"), registry.id("P1997-27"))
                    .doesNotContain(registry.id("T20"));
            assertThat(current.rows()).extracting(Rollup.Row::organizationId).contains(registry.id("T20"))
                    .doesNotContain(registry.id("P1997-24"), registry.id("P1997-27"));
            assertThat(historical.rows()).filteredOn(r -> r.organizationId() == registry.id("P1997-24"))
                    .extracting(Rollup.Row::name).singleElement().asString().contains("Bắc Giang");
            return null;
        });
    }
}
