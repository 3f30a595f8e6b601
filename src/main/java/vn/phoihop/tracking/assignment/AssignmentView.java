package vn.phoihop.tracking.assignment;

import java.time.LocalDate;
import java.util.List;

/**
 * An assignment as pages and the API show it: the assignee named as of the day it was assigned, the carrier today
 * ({@code null} when none is in force) named as today, the status shown today (OVERDUE derived) and the carrier
 * history, oldest first, each carrier named as of its first day.
 */
public record AssignmentView(long id, long taskId, long organizationId, String assignee, AssignmentRole role,
        LocalDate dueOn, LocalDate resolvedAsOf, TaskStatus status, int percent, Long carrierId, String carrier,
        List<Carrier> carriers) {

    /**
     * One period in which an organisation carried the assignment.
     *
     * @param reorganizationId the reorganisation that handed it over, {@code null} for the assignee
     */
    public record Carrier(long organizationId, String name, LocalDate validFrom, LocalDate validTo,
            Long reorganizationId) {
    }

    /** Whether the assignment passed to a successor at some point. */
    public boolean inherited() {
        return carriers.stream().anyMatch(c -> c.reorganizationId() != null);
    }
}
