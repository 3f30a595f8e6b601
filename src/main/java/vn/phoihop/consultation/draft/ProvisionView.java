package vn.phoihop.consultation.draft;

/**
 * One provision of a version as read, in document order: its stable id across versions ({@code provisionId}), kind
 * ({@code CHAPTER}, {@code SECTION}, {@code ARTICLE}, {@code CLAUSE}, {@code POINT}), depth in the tree (0 at the
 * top), parent provision (or {@code null}), label as numbered in the version (“Điều 5”, “1.”, “a)”), heading (or
 * {@code null}), body, how it came from the previous version ({@code change}) and the row version of its text (for
 * optimistic locking of edits).
 */
public record ProvisionView(long provisionId, String kind, int depth, Long parentId, int position, String label,
        String heading, String body, String change, long rowVersion) {

    /** The label and heading as one line (“Điều 5. Phạm vi điều chỉnh”). */
    public String title() {
        if (heading == null || heading.isBlank()) {
            return label;
        }
        return label.endsWith(".") || label.endsWith(")") ? label + " " + heading : label + ". " + heading;
    }

    /** The body's lines (for pages). */
    public java.util.List<String> lines() {
        return body == null || body.isEmpty() ? java.util.List.of() : java.util.List.of(body.split("\n"));
    }

    /** The page's indentation class for its depth (Bootstrap's start margin, at most 5). */
    public String indent() {
        return "ms-" + Math.min(depth * 2, 5);
    }

    /** Whether the provision is an article (the unit of comments, matching and the redline). */
    public boolean article() {
        return "ARTICLE".equals(kind);
    }
}
