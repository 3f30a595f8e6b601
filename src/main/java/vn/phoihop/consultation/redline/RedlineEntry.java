package vn.phoihop.consultation.redline;

import java.util.List;

/**
 * One row of a redline: the articles of the earlier version ({@code before}: none for {@code ADDED}, several for
 * {@code MERGED}) and of the later one ({@code after}: none for {@code REMOVED}, several for {@code SPLIT}), the
 * word-level difference from the joined earlier texts to the joined later ones, and whether words changed
 * ({@code edited}; also for a {@code MOVED}, {@code SPLIT} or {@code MERGED} article).
 */
public record RedlineEntry(RedlineKind kind, List<RedlineArticle> before, List<RedlineArticle> after,
        List<WordDiff.Segment> diff, boolean edited) {

    /** The earlier text (the articles of {@code before} joined by a blank line). */
    public String beforeText() {
        return String.join("\n\n", before.stream().map(RedlineArticle::text).toList());
    }

    /** The later text (the articles of {@code after} joined by a blank line). */
    public String afterText() {
        return String.join("\n\n", after.stream().map(RedlineArticle::text).toList());
    }
}
