package vn.phoihop.reporting.period;

/** Where a period stands on a given day (the calendar's "today" column). */
public enum PeriodPhase {
    /** Before its first calendar day. */
    UPCOMING,
    /** Within its calendar days. */
    RUNNING,
    /** Ended, reports due and not yet late. */
    REPORTING,
    /** Past the due date: a report now is late. */
    OVERDUE,
    /** From the lock date on: submitting needs an exception. */
    LOCKED;

    public String messageKey() {
        return "reporting.period.phase." + name();
    }
}
