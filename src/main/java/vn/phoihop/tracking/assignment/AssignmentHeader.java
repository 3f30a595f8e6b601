package vn.phoihop.tracking.assignment;

import java.time.LocalDate;

/**
 * What access decisions need of an assignment: its task and plan, the plan's owner (the assigning side), the
 * organisation it was given to, the organisation that carries it today ({@code null} when no carrier is in force,
 * e.g. a closed organisation without successor), its status and due date.
 */
public record AssignmentHeader(long id, long taskId, long planId, long ownerOrganizationId, long assigneeId,
        Long carrierId, String status, LocalDate dueOn, long version) {
}
