package vn.phoihop.reporting.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.phoihop.reporting.period.PeriodRules.Settings;
import vn.phoihop.reporting.template.Frequency;

/**
 * The calendar rules: the Nghị định 09/2019 examples, then properties over seeded random settings and dates (the
 * seed is printed on failure): for each frequency the calendar periods and the data windows tile the time line
 * without gap or overlap, each period contains the day it was asked for, codes are unique, the due date is clamped
 * into its month and falls on or after the window's end when the due day is not before the cut-off day (or the due
 * month is a later one), and the lock
 * date is the due date plus the delay.
 */
class PeriodRulesTests {

    private static final List<Frequency> PERIODIC = List.of(Frequency.MONTHLY, Frequency.QUARTERLY,
            Frequency.HALF_YEARLY, Frequency.YEARLY);

    @Test
    void decree09Examples() {
        Settings s = Settings.DECREE_09;
        PeriodPlan january = PeriodRules.containing(Frequency.MONTHLY, LocalDate.of(2024, 1, 20), s);
        assertThat(january).isEqualTo(new PeriodPlan("2024-01", "Tháng 01/2024", LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 1, 31), LocalDate.of(2023, 12, 15), LocalDate.of(2024, 1, 14),
                LocalDate.of(2024, 1, 25), null));
        PeriodPlan q1 = PeriodRules.containing(Frequency.QUARTERLY, LocalDate.of(2024, 2, 29), s);
        assertThat(q1.code()).isEqualTo("2024-Q1");
        assertThat(q1.name()).isEqualTo("Quý I/2024");
        assertThat(q1.dataFrom()).isEqualTo(LocalDate.of(2023, 12, 15));
        assertThat(q1.dataTo()).isEqualTo(LocalDate.of(2024, 3, 14));
        assertThat(PeriodRules.containing(Frequency.QUARTERLY, LocalDate.of(2024, 12, 31), s).name())
                .isEqualTo("Quý IV/2024");
        PeriodPlan h1 = PeriodRules.containing(Frequency.HALF_YEARLY, LocalDate.of(2024, 6, 30), s);
        assertThat(h1).extracting(PeriodPlan::code, PeriodPlan::name, PeriodPlan::dataFrom, PeriodPlan::dataTo)
                .containsExactly("2024-H1", "6 tháng đầu năm 2024", LocalDate.of(2023, 12, 15),
                        LocalDate.of(2024, 6, 14));
        PeriodPlan h2 = PeriodRules.containing(Frequency.HALF_YEARLY, LocalDate.of(2024, 7, 1), s);
        assertThat(h2).extracting(PeriodPlan::code, PeriodPlan::name, PeriodPlan::dataFrom, PeriodPlan::dataTo)
                .containsExactly("2024-H2", "6 tháng cuối năm 2024", LocalDate.of(2024, 6, 15),
                        LocalDate.of(2024, 12, 14));
        PeriodPlan year = PeriodRules.containing(Frequency.YEARLY, LocalDate.of(2024, 3, 3), s);
        assertThat(year).extracting(PeriodPlan::code, PeriodPlan::name, PeriodPlan::dataFrom, PeriodPlan::dataTo,
                PeriodPlan::dueOn).containsExactly("2024", "Năm 2024", LocalDate.of(2023, 12, 15),
                        LocalDate.of(2024, 12, 14), LocalDate.of(2024, 12, 25));
    }

    @Test
    void withoutCutoffTheWindowIsTheCalendarPeriodAndDueDatesAreClamped() {
        Settings s = new Settings(null, 31, 1, 10);
        PeriodPlan january = PeriodRules.containing(Frequency.MONTHLY, LocalDate.of(2024, 1, 5), s);
        assertThat(january.dataFrom()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(january.dataTo()).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(january.dueOn()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(january.lockedOn()).isEqualTo(LocalDate.of(2024, 3, 10));
        assertThat(PeriodRules.containing(Frequency.MONTHLY, LocalDate.of(2025, 1, 5), s).dueOn())
                .isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void settingsOutsideTheSchemaRangesAndOccasionalFrequenciesAreRefused() {
        assertThatThrownBy(() -> new Settings(29, 25, 0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Settings(14, 32, 0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Settings(14, 25, 13, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Settings(14, 25, 0, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PeriodRules.months(Frequency.AD_HOC)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void windowsAndPeriodsTileTheTimeLineForRandomSettings() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        for (int round = 0; round < 300; round++) {
            Frequency frequency = PERIODIC.get(random.nextInt(PERIODIC.size()));
            Settings s = randomSettings(random);
            YearMonth from = YearMonth.of(1950 + random.nextInt(140), 1 + random.nextInt(12));
            YearMonth to = from.plusMonths(random.nextInt(48));
            List<PeriodPlan> plans = PeriodRules.between(frequency, from, to, s);
            String context = "seed " + seed + ", round " + round + ", " + frequency + " " + s + " " + from + ".." + to;
            assertThat(plans).as(context).isNotEmpty();
            assertThat(plans.get(0).startsOn()).as(context).isBeforeOrEqualTo(from.atDay(1));
            assertThat(plans.get(plans.size() - 1).endsOn()).as(context).isAfterOrEqualTo(to.atEndOfMonth());
            Set<String> codes = new HashSet<>();
            for (int i = 0; i < plans.size(); i++) {
                PeriodPlan p = plans.get(i);
                assertThat(codes.add(p.code())).as(context + " unique code " + p.code()).isTrue();
                assertThat(p.startsOn()).as(context).isBefore(p.endsOn());
                assertThat(p.dataFrom()).as(context).isBefore(p.dataTo());
                assertThat(p.startsOn().getMonthValue() - 1).as(context).isEqualTo(
                        (p.startsOn().getMonthValue() - 1) / PeriodRules.months(frequency) * PeriodRules.months(frequency));
                assertThat(p.dueOn().getDayOfMonth()).as(context).isEqualTo(Math.min(s.dueDay(),
                        YearMonth.from(p.dueOn()).lengthOfMonth()));
                assertThat(YearMonth.from(p.dueOn())).as(context)
                        .isEqualTo(YearMonth.from(p.endsOn()).plusMonths(s.dueOffsetMonths()));
                if (s.dueOffsetMonths() > 0 || (s.cutoffDay() != null && s.dueDay() >= s.cutoffDay())) {
                    assertThat(p.dueOn()).as(context + " due on or after the window").isAfterOrEqualTo(p.dataTo());
                }
                assertThat(p.lockedOn()).as(context).isEqualTo(s.lockAfterDays() == null ? null
                        : p.dueOn().plusDays(s.lockAfterDays()));
                if (i > 0) {
                    PeriodPlan previous = plans.get(i - 1);
                    assertThat(p.startsOn()).as(context + " no gap, no overlap").isEqualTo(
                            previous.endsOn().plusDays(1));
                    assertThat(p.dataFrom()).as(context + " windows tile").isEqualTo(previous.dataTo().plusDays(1));
                }
            }
            LocalDate day = from.atDay(1).plusDays(random.nextInt(28 * 12));
            PeriodPlan containing = PeriodRules.containing(frequency, day, s);
            assertThat(day).as(context + " " + day).isBetween(containing.startsOn(), containing.endsOn());
        }
    }

    @Test
    void theWindowsOfAYearCoverItsDaysOnceForEveryFrequency() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        for (int round = 0; round < 40; round++) {
            int year = 1950 + random.nextInt(140);
            Settings s = randomSettings(random);
            for (Frequency frequency : PERIODIC) {
                List<PeriodPlan> plans = PeriodRules.between(frequency, YearMonth.of(year, 1), YearMonth.of(year, 12), s);
                long windowDays = plans.stream().mapToLong(p -> p.dataTo().toEpochDay() - p.dataFrom().toEpochDay() + 1)
                        .sum();
                assertThat(plans).as("seed %d %s %d", seed, frequency, year).hasSize(12 / PeriodRules.months(frequency));
                assertThat(windowDays).as("seed %d %s %d %s", seed, frequency, year, s)
                        .isEqualTo(plans.get(plans.size() - 1).dataTo().toEpochDay() - plans.get(0).dataFrom().toEpochDay() + 1);
                assertThat(plans.get(plans.size() - 1).dataTo().plusDays(1)).as("seed %d", seed).isEqualTo(
                        PeriodRules.containing(frequency, LocalDate.of(year + 1, 1, 1), s).dataFrom());
            }
        }
    }

    private static Settings randomSettings(Random random) {
        Integer cutoff = random.nextInt(4) == 0 ? null : 1 + random.nextInt(28);
        Integer lock = random.nextBoolean() ? null : random.nextInt(40);
        return new Settings(cutoff, 1 + random.nextInt(31), random.nextInt(13), lock);
    }
}
