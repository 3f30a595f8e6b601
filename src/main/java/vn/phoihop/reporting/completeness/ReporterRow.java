package vn.phoihop.reporting.completeness;

import java.time.LocalDate;

import vn.phoihop.reporting.submission.SubmissionStatus;

/**
 * One expected report: a reporter and a period, with its submission's state.
 *
 * @param name the reporter's name as it was on the period's last day (a former province keeps its name)
 * @param currentOrganizationId where the reporter's work belongs today ({@code organization_current}: the former
 *        Công an tỉnh Bắc Giang's reports count under today's Công an tỉnh Bắc Ninh)
 * @param status the submission's status; {@code null} when nothing was created
 * @param firstSubmitted the Vietnam date of the first submission; {@code null} when never submitted
 */
public record ReporterRow(long organizationId, String code, String name, long currentOrganizationId, long periodId,
        String periodCode, String periodName, LocalDate dueOn, SubmissionStatus status, Standing standing,
        LocalDate firstSubmitted) {

    Counts counts() {
        return Counts.of(standing, status == null ? null : status.name());
    }
}
