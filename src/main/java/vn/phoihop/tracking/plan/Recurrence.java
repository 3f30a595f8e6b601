package vn.phoihop.tracking.plan;

/** How often a task is reported: once, or on every month, quarter, half year or year. */
public enum Recurrence {
    NONE, MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY;

    /** The message key of this recurrence's name. */
    public String messageKey() {
        return "tracking.recurrence." + name();
    }
}
