package vn.phoihop.tracking;

/**
 * Where a plan comes from: a directive document of the register ({@link Kind#DOCUMENT}, {@code documentId}), or a
 * generic link that another module feeds (a conference conclusion, a consultation follow-up): its kind, its own
 * reference ({@code ref}, e.g. the conclusion's id) and the label shown for it.
 */
public record PlanSource(Kind kind, Long documentId, String ref, String label) {

    /** The kinds of source. */
    public enum Kind {
        DOCUMENT, CONFERENCE_CONCLUSION, CONSULTATION, OTHER;

        /** The message key of this kind's name. */
        public String messageKey() {
            return "tracking.plan.source." + name();
        }
    }

    /** A directive document of the register. */
    public static PlanSource document(long documentId) {
        return new PlanSource(Kind.DOCUMENT, documentId, null, null);
    }

    /** A generic source: {@code kind} other than {@link Kind#DOCUMENT}, with its reference and label. */
    public static PlanSource generic(Kind kind, String ref, String label) {
        return new PlanSource(kind, null, ref, label);
    }
}
