package vn.phoihop.reporting.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import vn.phoihop.reporting.template.Frequency;
import vn.phoihop.reporting.template.TemplateHeader;

/**
 * The calendar of periodic templates, pure and without state (Nghị định 09/2019/NĐ-CP as the default):
 * <ul>
 * <li><b>Calendar period</b>: a month, a quarter, a half-year or a year; code {@code 2024-01}, {@code 2024-Q1},
 * {@code 2024-H1}, {@code 2024}; name "Tháng 01/2024", "Quý I/2024", "6 tháng đầu năm 2024", "Năm 2024".</li>
 * <li><b>Data window</b> with cut-off day {@code c}: from the day after day {@code c} of the month before the
 * period's first month to day {@code c} of its last month (c = 14: monthly 15th of the previous month to the 14th; H1 15/12 of the
 * previous year to 14/6; yearly 15/12 to 14/12); without a cut-off day, the calendar period. The windows of one
 * frequency tile the time line: each starts the day after the previous one ends.</li>
 * <li><b>Due date</b>: {@code dueDay} of the month {@code dueOffsetMonths} after the period's last month, clamped
 * to that month's length (31 in February is the 28th or 29th). <b>Lock date</b>: {@code lockAfterDays} after the
 * due date, or never.</li>
 * </ul>
 * The due date falls on or after the window's end whenever the offset is at least one month or the window has a
 * cut-off day not after {@code dueDay} (Điều 13: the 25th, after the 14th); without a cut-off day and without an
 * offset, a due day before the month's end comes before the window closes (the settings allow it; the designer
 * decides).
 */
public final class PeriodRules {

    private static final String[] QUARTERS = { "I", "II", "III", "IV" };

    private PeriodRules() {
    }

    /**
     * A template's deadline settings (report_template), checked against the schema's ranges.
     *
     * @param cutoffDay 1..28, or {@code null} for the calendar period
     * @param dueDay 1..31
     * @param dueOffsetMonths 0..12
     * @param lockAfterDays 0 or more, or {@code null}: never locked
     */
    public record Settings(Integer cutoffDay, int dueDay, int dueOffsetMonths, Integer lockAfterDays) {

        /** Nghị định 09/2019: data to the 14th, due on the 25th of the last month, never locked. */
        public static final Settings DECREE_09 = new Settings(14, 25, 0, null);

        public Settings {
            if (cutoffDay != null && (cutoffDay < 1 || cutoffDay > 28)) {
                throw new IllegalArgumentException("cut-off day out of 1..28: " + cutoffDay);
            }
            if (dueDay < 1 || dueDay > 31 || dueOffsetMonths < 0 || dueOffsetMonths > 12) {
                throw new IllegalArgumentException("due day or offset out of range");
            }
            if (lockAfterDays != null && lockAfterDays < 0) {
                throw new IllegalArgumentException("negative lock delay: " + lockAfterDays);
            }
        }

        public static Settings of(TemplateHeader template) {
            return new Settings(template.cutoffDay(), template.dueDay(), template.dueOffsetMonths(),
                    template.lockAfterDays());
        }
    }

    /** How many months a period of {@code frequency} spans; refuses ad hoc and thematic templates. */
    public static int months(Frequency frequency) {
        return switch (frequency) {
            case MONTHLY -> 1;
            case QUARTERLY -> 3;
            case HALF_YEARLY -> 6;
            case YEARLY -> 12;
            case AD_HOC, THEMATIC -> throw new IllegalArgumentException(frequency + " has no calendar");
        };
    }

    /** The period of {@code frequency} whose calendar days contain {@code day}. */
    public static PeriodPlan containing(Frequency frequency, LocalDate day, Settings settings) {
        int span = months(frequency);
        int firstMonth = (day.getMonthValue() - 1) / span * span + 1;
        return starting(frequency, YearMonth.of(day.getYear(), firstMonth), settings);
    }

    /**
     * The periods of {@code frequency} whose calendar months meet [{@code from}, {@code to}], oldest first (empty
     * when {@code to} is before {@code from}).
     */
    public static List<PeriodPlan> between(Frequency frequency, YearMonth from, YearMonth to, Settings settings) {
        List<PeriodPlan> plans = new ArrayList<>();
        int span = months(frequency);
        for (PeriodPlan p = containing(frequency, from.atDay(1), settings); !YearMonth.from(p.startsOn()).isAfter(to);
                p = starting(frequency, YearMonth.from(p.startsOn()).plusMonths(span), settings)) {
            plans.add(p);
        }
        return plans;
    }

    private static PeriodPlan starting(Frequency frequency, YearMonth first, Settings settings) {
        YearMonth last = first.plusMonths(months(frequency) - 1L);
        LocalDate dataFrom;
        LocalDate dataTo;
        if (settings.cutoffDay() == null) {
            dataFrom = first.atDay(1);
            dataTo = last.atEndOfMonth();
        }
        else {
            dataFrom = first.minusMonths(1).atDay(settings.cutoffDay()).plusDays(1);
            dataTo = last.atDay(settings.cutoffDay());
        }
        LocalDate due = dueDate(last, settings);
        LocalDate locked = settings.lockAfterDays() == null ? null : due.plusDays(settings.lockAfterDays());
        return new PeriodPlan(code(frequency, first), name(frequency, first), first.atDay(1), last.atEndOfMonth(),
                dataFrom, dataTo, due, locked);
    }

    /** {@code dueDay} of the month {@code dueOffsetMonths} after {@code lastMonth}, clamped to its length. */
    public static LocalDate dueDate(YearMonth lastMonth, Settings settings) {
        YearMonth month = lastMonth.plusMonths(settings.dueOffsetMonths());
        return month.atDay(Math.min(settings.dueDay(), month.lengthOfMonth()));
    }

    static String code(Frequency frequency, YearMonth first) {
        int year = first.getYear();
        return switch (frequency) {
            case MONTHLY -> first.toString();
            case QUARTERLY -> year + "-Q" + ((first.getMonthValue() - 1) / 3 + 1);
            case HALF_YEARLY -> year + "-H" + (first.getMonthValue() <= 6 ? 1 : 2);
            default -> String.valueOf(year);
        };
    }

    static String name(Frequency frequency, YearMonth first) {
        int year = first.getYear();
        return switch (frequency) {
            case MONTHLY -> "Tháng %02d/%d".formatted(first.getMonthValue(), year);
            case QUARTERLY -> "Quý " + QUARTERS[(first.getMonthValue() - 1) / 3] + "/" + year;
            case HALF_YEARLY -> (first.getMonthValue() <= 6 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
            default -> "Năm " + year;
        };
    }
}
