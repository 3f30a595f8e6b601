package vn.phoihop.consultation.disposition;

/**
 * A disposition to write: the kind, the reason (required for PARTLY_ACCEPTED and EXPLAINED, at most 4000
 * characters), optionally the provision it changed in a later version of the same draft (both ids or neither), and
 * the version column of what is changed as read by the writer (the comment's, or the group's when a group is
 * answered; NULL skips the stale check).
 */
public record DispositionCommand(Disposition disposition, String reason, Long changedProvisionId,
        Long changedVersionId, Long version) {
}
