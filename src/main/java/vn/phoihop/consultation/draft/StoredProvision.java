package vn.phoihop.consultation.draft;

/**
 * A provision of the previous version as the matching of the next one sees it: its id, kind, parent's id (or
 * {@code null}), label, heading and body; lists of them are in document order.
 */
public record StoredProvision(long id, String kind, Long parentId, String label, String heading, String body) {

    /** Heading and body as one text (for comparisons). */
    public String text() {
        return (heading == null ? "" : heading + "\n") + (body == null ? "" : body);
    }
}
