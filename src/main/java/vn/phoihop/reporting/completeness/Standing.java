package vn.phoihop.reporting.completeness;

/**
 * Where an expected reporter stands for one period: submitted on time, submitted late, missing (no submission beyond a
 * draft once the due date has passed), or not yet due (nothing submitted, the due date still ahead). A returned
 * report counts as submitted: it was received and is waiting to be corrected.
 */
public enum Standing {
    ON_TIME, LATE, MISSING, NOT_DUE;

    public String messageKey() {
        return "reporting.completeness.standing." + name();
    }

    /** The SQL expression of a reporter's standing over a period {@code p} and its submission {@code s}. */
    static final String SQL = """
            CASE WHEN s.status IN ('SUBMITTED', 'ACCEPTED', 'RETURNED')
                 THEN CASE WHEN s.late THEN 'LATE' ELSE 'ON_TIME' END
                 WHEN p.due_on < :today THEN 'MISSING' ELSE 'NOT_DUE' END""";
}
