package vn.phoihop.tracking.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.phoihop.tracking.assignment.TaskStatus;

/**
 * One assignment as its page and the API show it: what was assigned to whom, the carriers over time, the progress
 * updates (newest first) with their evidence, and what the reader may do.
 *
 * @param shown the status to show (OVERDUE derived from the due date)
 * @param carrierToday the name of the organisation carrying the assignment today, or {@code null}
 * @param mayReport whether the reader reports progress (the carrier's staff)
 * @param mayReview whether the reader accepts or returns updates (the assigning side)
 */
public record ProgressView(long id, long version, long planId, String planTitle, String taskCode, String taskTitle,
        String assignee, String carrierToday, LocalDate dueOn, TaskStatus status, TaskStatus shown, int percent,
        List<Carrier> carriers, List<Update> updates, boolean mayReport, boolean mayReview) {

    /** A carrier of the assignment from {@code validFrom} to {@code validTo} ({@code null}: still carrying). */
    public record Carrier(long organizationId, String name, LocalDate validFrom, LocalDate validTo) {
    }

    /** A progress update and how the assigning side answered it. */
    public record Update(long id, long version, String reporter, TaskStatus status, int percent, String narrative,
            String reportedBy, Instant reportedAt, String reviewStatus, String reviewedBy, Instant reviewedAt,
            String returnReason, List<Evidence> evidence) {

        /** Whether the assigning side has yet to answer. */
        public boolean pending() {
            return "PENDING".equals(reviewStatus);
        }
    }

    /** An evidence file's metadata. */
    public record Evidence(long id, String fileName, String mediaType, long sizeBytes, String sha256) {
    }
}
