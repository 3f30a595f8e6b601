package vn.phoihop.tracking.dashboard;

import java.time.LocalDate;

import vn.phoihop.tracking.assignment.TaskStatus;

/**
 * One assignment of a dashboard cell (drill-down) or of the overdue list: its task, the province and carrier on the
 * date, its shown status and percentage on that date and its due date.
 */
public record CellItem(long assignmentId, long taskId, String taskCode, String taskTitle, long provinceId,
        String provinceName, long carrierId, TaskStatus status, int percent, LocalDate dueOn) {

    /** The colour class of its status. */
    public String colour() {
        return DashboardMatrix.colourOf(status);
    }
}
