package vn.phoihop.tracking.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import vn.phoihop.tracking.PlanSource;

/** What pages and the API show of plans. */
public final class PlanViews {

    private PlanViews() {
    }

    /**
     * A plan with its source: {@code notation} and {@code documentTitle} of a source document the reader may read
     * ({@code null} otherwise, and for other sources); {@code sourceLabel} the document's title or the generic label.
     */
    public record PlanHeader(long id, String title, String summary, long ownerId, String owner,
            PlanSource.Kind sourceType, Long documentId, String notation, String sourceRef, String sourceLabel,
            LocalDate startsOn, LocalDate endsOn, PlanStatus status, long version, boolean editable) {
    }

    /** A plan with its task groups, each with its tasks in order. */
    public record PlanDetail(PlanHeader plan, List<Group> groups) {
    }

    /** A task group with its tasks. */
    public record Group(long id, String code, String title, int position, List<Task> tasks) {
    }

    /** A task with its milestones. */
    public record Task(long id, long planId, Long groupId, String code, String title, String description,
            LocalDate dueOn, Recurrence recurrence, String indicatorCode, List<Milestone> milestones) {
    }

    /** A target or milestone of a task. */
    public record Milestone(long id, LocalDate dueOn, String title, BigDecimal targetValue, String unit) {
    }

    /** A task with its plan's header (the task page). */
    public record TaskDetail(PlanHeader plan, String groupCode, String groupTitle, Task task) {
    }
}
