package vn.phoihop.tracking.assignment;

import java.time.LocalDate;

/**
 * The state of an assignment as its carrier reports it ({@code tracking_assignment.status}, {@code
 * tracking_progress.status}). Overdue is not a stored state: {@link #shown} derives it from the due date.
 */
public enum TaskStatus {
    NOT_STARTED, IN_PROGRESS, DONE, BLOCKED,
    /** Shown only: not done and past its due date. */
    OVERDUE;

    /** Whether a carrier may report this state (all but {@link #OVERDUE}). */
    public boolean reportable() {
        return this != OVERDUE;
    }

    /** The state to show on {@code today}: {@link #OVERDUE} when not done and the due date has passed. */
    public static TaskStatus shown(TaskStatus stored, LocalDate dueOn, LocalDate today) {
        return stored != DONE && dueOn != null && dueOn.isBefore(today) ? OVERDUE : stored;
    }

    /** The message key of this state's name. */
    public String messageKey() {
        return "tracking.status." + name();
    }
}
