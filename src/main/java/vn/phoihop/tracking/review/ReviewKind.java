package vn.phoihop.tracking.review;

/** The kind of a review: sơ kết (interim) or tổng kết (final). */
public enum ReviewKind {
    INTERIM, FINAL;

    /** The message key of its name. */
    public String messageKey() {
        return "tracking.review.kind." + name();
    }
}
