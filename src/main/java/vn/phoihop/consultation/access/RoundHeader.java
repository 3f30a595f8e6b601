package vn.phoihop.consultation.access;

import java.time.Instant;

/**
 * What the access rule knows of a round the acting user reads: its draft and version, the drafting body (and whether
 * the acting user is a member of it, {@code drafting}), deadline and late policy ({@code FLAG} or {@code REFUSE}),
 * status ({@code OPEN}, {@code CLOSED}), whether dispositions are published to the invitees, and the draft's secrecy
 * mark.
 */
public record RoundHeader(long id, long draftId, long versionId, long draftingOrganizationId, boolean drafting,
        Instant deadline, String latePolicy, String status, boolean dispositionsPublished, long version,
        String secrecy) {

    /** Whether the round takes comments and submissions (not closed). */
    public boolean open() {
        return "OPEN".equals(status);
    }

    /** Whether a submission at {@code at} is after the deadline. */
    public boolean lateAt(Instant at) {
        return at.isAfter(deadline);
    }

    /** Whether a late submission is refused rather than marked late. */
    public boolean refusesLate() {
        return "REFUSE".equals(latePolicy);
    }
}
