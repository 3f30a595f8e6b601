package vn.phoihop.consultation.disposition;

/**
 * What the drafting body did with a comment: ACCEPTED (tiếp thu), PARTLY_ACCEPTED (tiếp thu một phần), EXPLAINED
 * (giải trình). The last two need a reason.
 */
public enum Disposition {
    ACCEPTED, PARTLY_ACCEPTED, EXPLAINED;

    /** Whether a reason is required. */
    public boolean needsReason() {
        return this != ACCEPTED;
    }

    /** The message key of its Vietnamese name. */
    public String messageKey() {
        return "consultation.disposition.kind." + name();
    }
}
