package vn.phoihop.reporting.completeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.reporting.ReportingFixtures;
import vn.phoihop.reporting.ReportingFixtures.TestTemplate;
import vn.phoihop.support.Fixtures;

/**
 * Completeness and timeliness against fixtures across the 2025-07-01 merger: the former Bắc Ninh and Bắc Giang
 * police forces report until June 2025, today's Bắc Ninh from July; Hà Nội, unchanged by the reform, throughout. Counts per period, the rows per
 * reporter, the tiles under today's provinces, and the scope (Bắc Ninh sees no Hà Nội row).
 */
@SpringBootTest
@AutoConfigureMockMvc
class CompletenessTests {

    static final String CODE = "RW-MERGE";

    @Autowired ReportingFixtures reporting;
    @Autowired WatchFixtures watch;
    @Autowired Fixtures fixtures;
    @Autowired Completeness completeness;

    static TestTemplate template;
    static Map<String, Long> periods;

    @BeforeEach
    void data() {
        synchronized (CompletenessTests.class) {
            if (template != null) {
                return;
            }
            TestTemplate created = reporting.monthlyTemplate(CODE, LocalDate.of(2025, 1, 1), 1);
            List<Long> ids = reporting.monthlyPeriods(created.id(), YearMonth.of(2025, 5), YearMonth.of(2025, 8));
            ids = new java.util.ArrayList<>(ids);
            ids.addAll(reporting.monthlyPeriods(created.id(), YearMonth.of(2030, 1), YearMonth.of(2030, 1)));
            Map<String, Long> periods = Map.of("2025-05", ids.get(0), "2025-06", ids.get(1), "2025-07", ids.get(2), "2025-08", ids.get(3),
                    "2030-01", ids.get(4));
            // Hà Nội is one of the provinces the reform left unchanged: the same T01-CA before and after
            for (String org : List.of("P1997-27-CA", "P1997-24-CA", "T01-CA")) {
                reporting.assign(created.id(), org, LocalDate.of(2025, 1, 1));
            }
            reporting.assign(created.id(), "T20-CA", LocalDate.of(2025, 7, 1));
            long v = created.versionId();
            watch.submission(periods.get("2025-05"), v, "P1997-27-CA", "ACCEPTED", false, LocalDate.of(2025, 5, 20));
            watch.submission(periods.get("2025-05"), v, "P1997-24-CA", "SUBMITTED", true, LocalDate.of(2025, 5, 28));
            watch.submission(periods.get("2025-06"), v, "P1997-27-CA", "RETURNED", false, LocalDate.of(2025, 6, 20));
            watch.submission(periods.get("2025-06"), v, "T01-CA", "ACCEPTED", false, LocalDate.of(2025, 6, 24));
            watch.submission(periods.get("2025-07"), v, "T20-CA", "ACCEPTED", true, LocalDate.of(2025, 7, 30));
            watch.submission(periods.get("2025-07"), v, "T01-CA", "DRAFT", false, null);
            CompletenessTests.periods = periods;
            template = created;
        }
    }

    private CurrentUser central() {
        return Fixtures.principal(fixtures.user("rw.central", "CTDCT", Role.CENTRAL_STAFF));
    }

    private CurrentUser bacNinh() {
        return Fixtures.principal(fixtures.user("rw.bacninh", "T20-CA", Role.PROVINCE_POLICE_STAFF));
    }

    private Map<String, Counts> byPeriod(CurrentUser user) {
        return Fixtures.as(user, () -> completeness.byPeriod(template.id(), LocalDate.of(2025, 1, 1),
                LocalDate.of(2030, 12, 31))).stream().collect(Collectors.toMap(PeriodRow::code, PeriodRow::counts));
    }

    @Test
    void countsPerPeriodAcrossTheMerger() {
        Map<String, Counts> counts = byPeriod(central());
        // expected, submitted, on time, late, missing, not due, accepted, returned
        assertThat(counts.get("2025-05")).isEqualTo(new Counts(3, 2, 1, 1, 1, 0, 1, 0));
        assertThat(counts.get("2025-06")).isEqualTo(new Counts(3, 2, 2, 0, 1, 0, 1, 1));
        assertThat(counts.get("2025-07")).as("a draft is missing").isEqualTo(new Counts(2, 1, 0, 1, 1, 0, 1, 0));
        assertThat(counts.get("2025-08")).isEqualTo(new Counts(2, 0, 0, 0, 2, 0, 0, 0));
        assertThat(counts.get("2030-01")).isEqualTo(new Counts(2, 0, 0, 0, 0, 2, 0, 0));
        assertThat(counts.get("2025-05").rate()).isEqualTo(66);
    }

    @Test
    void rowsNameTheReportersOfThePeriodsHierarchy() {
        Map<String, ReporterRow> may = rows(central(), "2025-05");
        assertThat(may.keySet()).containsExactlyInAnyOrder("P1997-27-CA", "P1997-24-CA", "T01-CA");
        assertThat(may.get("P1997-24-CA").standing()).isEqualTo(Standing.LATE);
        assertThat(may.get("P1997-24-CA").firstSubmitted()).isEqualTo(LocalDate.of(2025, 5, 28));
        assertThat(may.get("P1997-24-CA").name()).contains("Bắc Giang");
        assertThat(may.get("T01-CA").standing()).isEqualTo(Standing.MISSING);
        assertThat(may.get("T01-CA").status()).isNull();
        assertThat(rows(central(), "2025-07").keySet()).containsExactlyInAnyOrder("T20-CA", "T01-CA");
    }

    @Test
    void tilesShowTodaysProvincesWithFormerOnesUnderTheirSuccessor() {
        CurrentUser central = central();
        Map<String, ProvinceTile> tiles = tiles(central, "2025-05");
        assertThat(tiles).hasSize(34);
        assertThat(tiles.get("24").counts()).as("former Bắc Ninh and Bắc Giang under today's Bắc Ninh")
                .isEqualTo(new Counts(2, 2, 1, 1, 0, 0, 1, 0));
        assertThat(tiles.get("24").counts().rate()).isEqualTo(100);
        assertThat(tiles.get("01").counts().expected()).isEqualTo(1);
        assertThat(tiles.get("01").counts().rate()).isZero();
        assertThat(tiles.get("96").counts().expected()).isZero();
        assertThat(tiles.values()).allMatch(ProvinceTile::inScope);
        assertThat(tiles.get("24").band()).isEqualTo(5);
        assertThat(tiles.get("01").band()).isEqualTo(1);
        assertThat(tiles.get("96").band()).isZero();
    }

    @Test
    void bacNinhSeesItselfAndItsPredecessorsButNoHanoiRow() {
        CurrentUser bacNinh = bacNinh();
        assertThat(rows(bacNinh, "2025-05").keySet()).containsExactlyInAnyOrder("P1997-27-CA", "P1997-24-CA");
        assertThat(rows(bacNinh, "2025-07").keySet()).containsExactly("T20-CA");
        Map<String, Counts> counts = byPeriod(bacNinh);
        assertThat(counts.get("2025-05").expected()).isEqualTo(2);
        assertThat(counts.get("2025-06")).isEqualTo(new Counts(2, 1, 1, 0, 1, 0, 0, 1));
        Map<String, ProvinceTile> tiles = tiles(bacNinh, "2025-05");
        assertThat(tiles.get("24").inScope()).isTrue();
        assertThat(tiles.get("01").inScope()).isFalse();
        assertThat(tiles.get("01").counts()).isEqualTo(Counts.NONE);
        assertThat(Fixtures.as(bacNinh, () -> completeness.reaches("01"))).isFalse();
        assertThat(Fixtures.as(bacNinh, () -> completeness.reaches("24"))).isTrue();
    }

    @Test
    void provinceDetailHoldsTheSuccessorAndItsPredecessors() {
        CurrentUser central = central();
        List<ReporterRow> rows = Fixtures.as(central, () -> completeness.ofProvince(completeness.byReporter(
                template.id(), LocalDate.of(2025, 5, 1), LocalDate.of(2025, 8, 31)), "24"));
        assertThat(rows).extracting(ReporterRow::code).containsExactly("P1997-24-CA", "P1997-27-CA", "P1997-24-CA",
                "P1997-27-CA", "T20-CA", "T20-CA");
    }

    @Test
    void unknownCodesAndBadRangesAreRefusedInVietnamese() {
        CurrentUser central = central();
        assertThatThrownBy(() -> Fixtures.as(central, () -> completeness.template("KHONG-CO")))
                .isInstanceOf(UserFacingException.class).extracting(e -> ((UserFacingException) e).status())
                .isEqualTo(400);
        assertThatThrownBy(() -> MonthRange.parse("2025-13", null, YearMonth.of(2025, 1)))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> MonthRange.parse("2025-06", "2025-01", YearMonth.of(2025, 1)))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> MonthRange.parse("2015-01", "2025-01", YearMonth.of(2025, 1)))
                .isInstanceOf(UserFacingException.class);
        assertThat(MonthRange.parse(null, null, YearMonth.of(2025, 8)))
                .isEqualTo(new MonthRange(YearMonth.of(2024, 9), YearMonth.of(2025, 8)));
    }

    private Map<String, ReporterRow> rows(CurrentUser user, String period) {
        return Fixtures.as(user, () -> completeness.byReporter(template.id(), YearMonth.parse(period).atDay(1),
                YearMonth.parse(period).atEndOfMonth())).stream()
                .collect(Collectors.toMap(ReporterRow::code, Function.identity()));
    }

    private Map<String, ProvinceTile> tiles(CurrentUser user, String period) {
        return Fixtures.as(user, () -> completeness.tiles(completeness.byReporter(template.id(),
                YearMonth.parse(period).atDay(1), YearMonth.parse(period).atEndOfMonth()))).stream()
                .collect(Collectors.toMap(ProvinceTile::officialCode, Function.identity()));
    }
}
