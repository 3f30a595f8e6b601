package vn.phoihop.consultation.draft;

/**
 * A provision of a version before it is stored: kind ({@code CHAPTER}, {@code SECTION}, {@code ARTICLE},
 * {@code CLAUSE}, {@code POINT}), label, heading (or {@code null}), body (NFC) and the index of its parent in the
 * same list (-1 at the top). Lists of them are in document order, parents before their children.
 */
public record ParsedProvision(String kind, String label, String heading, String body, int parent) {

    /** Heading and body as one text (for comparisons). */
    public String text() {
        return (heading == null ? "" : heading + "\n") + (body == null ? "" : body);
    }
}
