package vn.phoihop.tracking.dashboard;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.phoihop.tracking.assignment.TaskStatus;

/**
 * Assignments counted by shown status (overdue derived, so an overdue assignment counts only as overdue).
 */
public record StatusCounts(long done, long inProgress, long notStarted, long blocked, long overdue) {

    /** No assignment. */
    public static final StatusCounts NONE = new StatusCounts(0, 0, 0, 0, 0);

    /** {@code count} assignments of one shown status. */
    static StatusCounts of(TaskStatus status, long count) {
        return switch (status) {
            case DONE -> new StatusCounts(count, 0, 0, 0, 0);
            case IN_PROGRESS -> new StatusCounts(0, count, 0, 0, 0);
            case NOT_STARTED -> new StatusCounts(0, 0, count, 0, 0);
            case BLOCKED -> new StatusCounts(0, 0, 0, count, 0);
            case OVERDUE -> new StatusCounts(0, 0, 0, 0, count);
        };
    }

    /** The sum of both. */
    public StatusCounts plus(StatusCounts other) {
        return new StatusCounts(done + other.done, inProgress + other.inProgress, notStarted + other.notStarted,
                blocked + other.blocked, overdue + other.overdue);
    }

    /** The count of one shown status. */
    public long of(TaskStatus status) {
        return switch (status) {
            case DONE -> done;
            case IN_PROGRESS -> inProgress;
            case NOT_STARTED -> notStarted;
            case BLOCKED -> blocked;
            case OVERDUE -> overdue;
        };
    }

    /** All assignments counted. */
    @JsonProperty("total")
    public long total() {
        return done + inProgress + notStarted + blocked + overdue;
    }

    /** The share done, in whole percent (rounded down), or 0 without assignments. */
    public int percentDone() {
        return total() == 0 ? 0 : (int) (done * 100 / total());
    }

    /**
     * The worst status present (overdue, then blocked, not started, in progress, done), which gives a cell its
     * colour; {@code null} without assignments.
     */
    public TaskStatus worst() {
        for (TaskStatus status : DashboardMatrix.SEVERITY) {
            if (of(status) > 0) {
                return status;
            }
        }
        return null;
    }

    /** The Bootstrap class of the worst status's colour, or a light one without assignments. */
    public String colour() {
        TaskStatus worst = worst();
        return worst == null ? "text-bg-light" : DashboardMatrix.colourOf(worst);
    }
}
