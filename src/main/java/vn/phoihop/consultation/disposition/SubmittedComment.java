package vn.phoihop.consultation.disposition;

import java.time.OffsetDateTime;

/**
 * A submitted comment as the drafting body handles it: its provision (label, heading, position in the round's
 * version), the organisation that submitted it (named as on the day of submission), the text, the disposition, the
 * drafter it is assigned to, its group, the number of internal notes and its version column.
 */
public record SubmittedComment(long id, long provisionId, String provisionLabel, String provisionHeading,
        int position, long organizationId, String organization, String body, String proposal, String quote,
        OffsetDateTime submittedAt, boolean late, Disposition disposition, String reason, String assignedTo,
        Long groupId, String groupLabel, Long changedProvisionId, Long changedVersionId, int notes, long version) {
}
