package vn.phoihop.reporting.period;

import java.time.LocalDate;

/**
 * A reporting period of a template (report_period).
 *
 * @param startsOn first day of the calendar period (roll-up ranges)
 * @param endsOn last day of the calendar period: the day whose hierarchy the period's reports count in
 * @param dataFrom first day of the data's cut-off window
 * @param dataTo last day of the data's cut-off window
 * @param dueOn the report is late after this day
 * @param lockedOn from this day on submitting needs an exception; {@code null}: never locked
 */
public record Period(long id, long templateId, String code, String name, LocalDate startsOn, LocalDate endsOn,
        LocalDate dataFrom, LocalDate dataTo, LocalDate dueOn, LocalDate lockedOn) {

    /** Whether a report submitted on {@code day} is late. */
    public boolean lateOn(LocalDate day) {
        return day.isAfter(dueOn);
    }

    /** Whether submitting on {@code day} needs an exception. */
    public boolean lockedAt(LocalDate day) {
        return lockedOn != null && !day.isBefore(lockedOn);
    }

    /** Where the period stands on {@code day}. */
    public PeriodPhase phaseOn(LocalDate day) {
        if (lockedAt(day)) {
            return PeriodPhase.LOCKED;
        }
        if (lateOn(day)) {
            return PeriodPhase.OVERDUE;
        }
        if (day.isAfter(endsOn)) {
            return PeriodPhase.REPORTING;
        }
        return day.isBefore(startsOn) ? PeriodPhase.UPCOMING : PeriodPhase.RUNNING;
    }
}
