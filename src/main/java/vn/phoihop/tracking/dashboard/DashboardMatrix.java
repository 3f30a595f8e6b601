package vn.phoihop.tracking.dashboard;

import java.time.LocalDate;
import java.util.List;

import vn.phoihop.tracking.assignment.TaskStatus;

/**
 * The province × task group matrix of a plan on a date, as the reader may read it: {@code rows} aligned with
 * {@code groups} (one {@link StatusCounts} per group), the totals per group, per province and overall. Produced only by
 * {@link TrackingDashboard#matrix}, which the review report uses too.
 *
 * @param status the status filter (only assignments shown with it are counted), or {@code null} for all
 */
public record DashboardMatrix(PlanChoice plan, LocalDate asOf, TaskStatus status, List<Group> groups,
        List<ProvinceRow> rows, List<StatusCounts> groupTotals, StatusCounts total) {

    /** The statuses from worst to best: the worst present gives a cell its colour. */
    public static final List<TaskStatus> SEVERITY = List.of(TaskStatus.OVERDUE, TaskStatus.BLOCKED,
            TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS, TaskStatus.DONE);

    /** The statuses from best to worst: the order of a stacked bar, bottom up, and of the tables' columns. */
    public static final List<TaskStatus> STACK = List.of(TaskStatus.DONE, TaskStatus.IN_PROGRESS,
            TaskStatus.NOT_STARTED, TaskStatus.BLOCKED, TaskStatus.OVERDUE);

    /** A status of the legend with its colour class. */
    public record Legend(TaskStatus status, String colour) {
    }

    /** The legend: every status from worst to best with its colour class. */
    public List<Legend> legend() {
        return SEVERITY.stream().map(s -> new Legend(s, colourOf(s))).toList();
    }

    /** A column: a task group of the plan ({@code id} 0 for tasks outside any group). */
    public record Group(long id, String code, String title) {
    }

    /** A row: a province (named as of the date) with one cell per group and its total. */
    public record ProvinceRow(long provinceId, String name, List<StatusCounts> cells, StatusCounts total) {
    }

    /** The Bootstrap class of a status's colour (the legend, the cells and the chart agree). */
    public static String colourOf(TaskStatus status) {
        return switch (status) {
            case DONE -> "text-bg-success";
            case IN_PROGRESS -> "text-bg-primary";
            case NOT_STARTED -> "text-bg-secondary";
            case BLOCKED -> "text-bg-warning";
            case OVERDUE -> "text-bg-danger";
        };
    }

    /** The chart's colour of a status (hex), the same on the page and in the report's image. */
    public static String hexOf(TaskStatus status) {
        return switch (status) {
            case DONE -> "#198754";
            case IN_PROGRESS -> "#0d6efd";
            case NOT_STARTED -> "#6c757d";
            case BLOCKED -> "#ffc107";
            case OVERDUE -> "#dc3545";
        };
    }
}
