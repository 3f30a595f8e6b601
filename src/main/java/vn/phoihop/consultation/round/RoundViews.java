package vn.phoihop.consultation.round;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What the pages and the API show of rounds and invitations; built by {@link RoundQueries}. */
public final class RoundViews {

    private RoundViews() {
    }

    /**
     * The status shown of an invitation: LATE when not answered and past the deadline, else the stored status
     * ({@code NOT_OPENED}, {@code DRAFTING}, {@code SUBMITTED}, {@code NO_COMMENTS}); a late answer keeps its status
     * and is flagged by {@code late}.
     */
    public static String shown(String status, Instant deadline, Instant now) {
        boolean answered = "SUBMITTED".equals(status) || "NO_COMMENTS".equals(status);
        return !answered && now.isAfter(deadline) ? "LATE" : status;
    }

    /**
     * A round in the reader's list: for the drafting body ({@code drafting}) the invitations per shown status and the
     * completeness (answered / invited, late), for an invitee the status of its own invitation.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RoundSummary(long id, String title, long draftId, String draftTitle, String versionLabel,
            Instant deadline, String status, boolean drafting, Map<String, Long> counts, Long invited, Long answered,
            Long late, Long ownInvitationId, String ownStatus) {
    }

    /** A round with the invitations the reader reads (all for the drafting body, its own for an invitee). */
    public record RoundDetail(long id, String title, String instructions, long draftId, String draftTitle,
            long versionId, String versionLabel, LocalDate opensOn, Instant deadline, String latePolicy,
            LocalDate invitedAsOf, String status, boolean dispositionsPublished, boolean drafting, boolean mayManage,
            long version, List<InvitationRow> invitations) {
    }

    /**
     * An invitation: the invited organisation, its holder today, the stored and shown status, lateness, answer time,
     * and the counts of the reader's readable comments by status (the drafting body sees submitted ones only).
     */
    public record InvitationRow(long id, long organizationId, String organization, Long holderId, String holder,
            String status, String shown, boolean late, Instant submittedAt, long drafts, long approved,
            long submitted, long version) {

        /** Whether the invitation has answered. */
        public boolean answered() {
            return "SUBMITTED".equals(status) || "NO_COMMENTS".equals(status);
        }
    }

    /** A provision of the round's version, in document order. */
    public record ProvisionRow(long provisionId, String kind, Long parentId, int position, String label,
            String heading, String body) {
    }

    /** A reminder sent to an invitation ({@code BEFORE_DEADLINE} or {@code OVERDUE}). */
    public record ReminderRow(String kind, LocalDate sentOn) {
    }

    /**
     * An invitation of the reader's organisation on its dashboard: the round, its draft, deadline, days left
     * (negative once late), the shown status, counts of its comments by status, and the reminders it received.
     */
    public record InvitationCard(long invitationId, long roundId, String roundTitle, String draftTitle,
            Instant deadline, long daysLeft, String status, String shown, boolean late, long drafts, long approved,
            long submitted, List<ReminderRow> reminders) {
    }
}
