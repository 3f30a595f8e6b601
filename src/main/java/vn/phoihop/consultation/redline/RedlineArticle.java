package vn.phoihop.consultation.redline;

/**
 * An article of one version as the comparison sees it: its provision id, its parent's provision id (a chapter or
 * section, or {@code null}), its place as shown (“Chương II”, or empty), its label (“Điều 5”), its whole text (heading,
 * body, clauses and points) and its order in the version.
 */
public record RedlineArticle(long provisionId, Long parentId, String place, String label, String text, int order) {
}
