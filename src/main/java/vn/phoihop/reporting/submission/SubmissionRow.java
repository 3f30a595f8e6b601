package vn.phoihop.reporting.submission;

import java.time.OffsetDateTime;

/**
 * One report_submission row: the submission of an organisation for a period, in one template version.
 *
 * @param version the optimistic-locking version every change increments
 */
public record SubmissionRow(long id, long periodId, long templateVersionId, long organizationId,
        SubmissionStatus status, boolean late, OffsetDateTime firstSubmittedAt, OffsetDateTime submittedAt,
        String submittedBy, OffsetDateTime reviewedAt, String reviewedBy, String returnReason, long version) {
}
