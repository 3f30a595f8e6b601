package vn.phoihop.consultation.access;

/**
 * What the access rule knows of an invitation the acting user reads: the invited organisation, the one holding the
 * invitation today ({@code holderId}; a successor after a merge, NULL when no holder is in force), its status
 * ({@code NOT_OPENED}, {@code DRAFTING}, {@code SUBMITTED}, {@code NO_COMMENTS}) and its round.
 */
public record InvitationHeader(long id, long organizationId, Long holderId, String status, boolean late, long version,
        RoundHeader round) {

    /** Whether the invitation has answered (submitted comments, or answered that it has none). */
    public boolean answered() {
        return "SUBMITTED".equals(status) || "NO_COMMENTS".equals(status);
    }
}
