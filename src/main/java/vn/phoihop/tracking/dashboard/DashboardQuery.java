package vn.phoihop.tracking.dashboard;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.phoihop.platform.VietnamTime;
import vn.phoihop.tracking.assignment.TaskStatus;
import vn.phoihop.tracking.assignment.TrackingAccess;

/**
 * The one SQL statement behind every number of the dashboard and of the review reports: the assignments of a plan
 * that the reader may read ({@link TrackingAccess#assignmentReadable}), each with, on the date,
 * <ul>
 * <li>its carrier: the carrier row in force that day, or, when its last carrier ended before it without a successor
 * (a task done before a merger), where that carrier's work belongs today ({@code organization_current});</li>
 * <li>its province: {@code organization_province(carrier, day)} (the carrier itself outside every province);</li>
 * <li>its status: the stored (accepted) status for today or later, else that of the last progress update accepted by
 * the end of the day (not started without one); shown as overdue when not done and due before the day.</li>
 * </ul>
 * An assignment without a carrier that day (not yet assigned) is not counted.
 */
@Component
class DashboardQuery {

    /** A counted group of assignments: province, task group, shown status and how many. */
    record Count(long provinceId, long groupId, TaskStatus status, long count) {
    }

    private static final String ITEMS = """
            WITH items AS (
              SELECT a.id AS assignment_id, t.id AS task_id, t.code AS task_code, t.title AS task_title,
                     t.position AS task_position, COALESCE(t.group_id, 0) AS group_id,
                     COALESCE(a.due_on, t.due_on) AS due_on, cr.carrier_id,
                     COALESCE(organization_province(cr.carrier_id, :asOf), cr.carrier_id) AS province_id,
                     CASE WHEN :current THEN a.status ELSE COALESCE(pr.status, 'NOT_STARTED') END AS status,
                     CASE WHEN :current THEN a.percent ELSE COALESCE(pr.percent, 0) END AS percent
              FROM tracking_assignment a
              JOIN tracking_task t ON t.id = a.task_id
              JOIN tracking_plan p ON p.id = t.plan_id
              CROSS JOIN LATERAL (
                SELECT CASE WHEN in_force(c.valid_from, c.valid_to, :asOf) THEN c.organization_id
                            ELSE organization_current(c.organization_id) END AS carrier_id
                FROM tracking_carrier c WHERE c.assignment_id = a.id AND c.valid_from <= :asOf
                ORDER BY in_force(c.valid_from, c.valid_to, :asOf) DESC, c.valid_from DESC, c.id DESC LIMIT 1) cr
              LEFT JOIN LATERAL (
                SELECT g.status, g.percent FROM tracking_progress g
                WHERE g.assignment_id = a.id AND g.review_status = 'ACCEPTED' AND g.reviewed_at < :asOfEnd
                ORDER BY g.reviewed_at DESC, g.id DESC LIMIT 1) pr ON NOT :current
              WHERE t.plan_id = :plan AND %s
            ), shown AS (
              SELECT items.*, CASE WHEN status <> 'DONE' AND due_on < :asOf THEN 'OVERDUE' ELSE status END AS shown
              FROM items
            )
            """;

    private final JdbcClient jdbc;
    private final TrackingAccess access;

    DashboardQuery(JdbcClient jdbc, TrackingAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** The counts by province, task group and shown status (only {@code status} when given). */
    List<Count> counts(long planId, LocalDate asOf, TaskStatus status) {
        return jdbc.sql(items() + "SELECT province_id, group_id, shown, count(*) FROM shown"
                + " WHERE (CAST(:status AS VARCHAR) IS NULL OR shown = :status) GROUP BY province_id, group_id, shown")
                .params(parameters(planId, asOf, status))
                .query((rs, n) -> new Count(rs.getLong(1), rs.getLong(2), TaskStatus.valueOf(rs.getString(3)),
                        rs.getLong(4)))
                .list();
    }

    /**
     * The assignments counted in one cell (a province, a task group, or both; {@code null} for any), in task order,
     * then by province; with their province's id (the caller names it).
     */
    List<CellItem> items(long planId, LocalDate asOf, TaskStatus status, Long provinceId, Long groupId, int limit) {
        Map<String, Object> params = parameters(planId, asOf, status);
        params.put("province", provinceId);
        params.put("group", groupId);
        params.put("limit", limit);
        return jdbc.sql(items() + "SELECT assignment_id, task_id, task_code, task_title, province_id, carrier_id,"
                + " shown, percent, due_on FROM shown WHERE (CAST(:status AS VARCHAR) IS NULL OR shown = :status)"
                + " AND (CAST(:province AS BIGINT) IS NULL OR province_id = :province)"
                + " AND (CAST(:group AS BIGINT) IS NULL OR group_id = :group)"
                + " ORDER BY due_on NULLS LAST, task_position, task_code, province_id, assignment_id LIMIT :limit")
                .params(params)
                .query((rs, n) -> new CellItem(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), null, rs.getLong(6), TaskStatus.valueOf(rs.getString(7)), rs.getInt(8),
                        rs.getObject(9, LocalDate.class)))
                .list();
    }

    private String items() {
        return ITEMS.formatted(access.assignmentReadable("a", "p.owner_organization_id"));
    }

    private Map<String, Object> parameters(long planId, LocalDate asOf, TaskStatus status) {
        Map<String, Object> params = new HashMap<>(access.parameters());
        params.put("plan", planId);
        params.put("asOf", asOf);
        params.put("current", !asOf.isBefore(VietnamTime.today()));
        params.put("asOfEnd", OffsetDateTime.from(asOf.plusDays(1).atStartOfDay(VietnamTime.ZONE)));
        params.put("status", status == null ? null : status.name());
        return params;
    }
}
