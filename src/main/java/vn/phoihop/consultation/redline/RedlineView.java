package vn.phoihop.consultation.redline;

import java.util.List;

/**
 * A redline between two versions of a draft ({@code from} earlier than or equal to {@code to}), its rows in the later
 * version's order; {@code withReasons}: the reader is the drafting body, and each row carries the dispositions that
 * changed it (else every row's reasons are empty).
 */
public record RedlineView(long draftId, String draftTitle, VersionRef from, VersionRef to, List<Row> rows,
        boolean withReasons) {

    /** A version named in a redline. */
    public record VersionRef(long id, int number, String label) {
    }

    /** A comment's disposition that changed the row's article: organisation, disposition, reason (may be null). */
    public record Reason(long commentId, String organization, String disposition, String reason) {
    }

    /** One row: the comparison and, for the drafting body, the reasons. */
    public record Row(RedlineEntry entry, List<Reason> reasons) {

        public RedlineKind kind() {
            return entry.kind();
        }
    }
}
