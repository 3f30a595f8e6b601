package vn.phoihop.reporting.submission;

/** A submission's state: draft, submitted, accepted, or returned with a reason (then resubmitted). */
public enum SubmissionStatus {
    DRAFT, SUBMITTED, ACCEPTED, RETURNED;

    /** Whether the organisation may still change the values. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    public String messageKey() {
        return "reporting.status." + name();
    }
}
