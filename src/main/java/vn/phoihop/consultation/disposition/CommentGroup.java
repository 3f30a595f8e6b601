package vn.phoihop.consultation.disposition;

import java.util.List;

/** A group of near-duplicate comments of a round, answered once: its label, members and version column. */
public record CommentGroup(long id, String label, List<Long> commentIds, long version) {
}
