package vn.phoihop.reporting.completeness;

/**
 * Completeness and timeliness of a set of expected reports.
 *
 * @param expected reports expected (reporter × period)
 * @param submitted received: submitted, accepted or returned ({@code onTime + late})
 * @param missing not received although the due date has passed
 * @param notDue not received, the due date still ahead
 * @param accepted of the received, accepted
 * @param returned of the received, returned with a reason and not yet resubmitted
 */
public record Counts(long expected, long submitted, long onTime, long late, long missing, long notDue, long accepted,
        long returned) {

    public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0);

    /** The share of expected reports received, in whole percent; {@code null} when nothing is expected. */
    public Integer rate() {
        return expected == 0 ? null : (int) Math.floor(submitted * 100.0 / expected);
    }

    /** The share received on time, in whole percent; {@code null} when nothing is expected. */
    public Integer onTimeRate() {
        return expected == 0 ? null : (int) Math.floor(onTime * 100.0 / expected);
    }

    public Counts plus(Counts other) {
        return new Counts(expected + other.expected, submitted + other.submitted, onTime + other.onTime,
                late + other.late, missing + other.missing, notDue + other.notDue, accepted + other.accepted,
                returned + other.returned);
    }

    /** The counts of one reporter's report. */
    static Counts of(Standing standing, String status) {
        return new Counts(1, standing == Standing.ON_TIME || standing == Standing.LATE ? 1 : 0,
                standing == Standing.ON_TIME ? 1 : 0, standing == Standing.LATE ? 1 : 0,
                standing == Standing.MISSING ? 1 : 0, standing == Standing.NOT_DUE ? 1 : 0,
                "ACCEPTED".equals(status) ? 1 : 0, "RETURNED".equals(status) ? 1 : 0);
    }
}
