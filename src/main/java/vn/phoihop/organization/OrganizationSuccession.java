package vn.phoihop.organization;

/**
 * One step of a reorganisation: an organisation (the predecessor) went to another (the successor) — itself when it
 * continued (the surviving partner of a merge, the part of a split that keeps its identity, a renamed or moved
 * organisation), or none ({@code null}) when it was closed.
 *
 * @param predecessorId the organisation before the reorganisation
 * @param successorId where it went, {@code null} when it was closed
 */
public record OrganizationSuccession(long predecessorId, Long successorId) {

    /** Whether the predecessor ceased to exist as an organisation of its own (it went elsewhere or was closed). */
    public boolean predecessorEnded() {
        return successorId == null || successorId != predecessorId;
    }
}
