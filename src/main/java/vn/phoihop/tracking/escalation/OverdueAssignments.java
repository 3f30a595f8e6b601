package vn.phoihop.tracking.escalation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.organization.OrganizationSummary;
import vn.phoihop.organization.Organizations;
import vn.phoihop.platform.VietnamTime;
import vn.phoihop.tracking.assignment.TaskStatus;
import vn.phoihop.tracking.assignment.TrackingAccess;

/**
 * The leaders' list of late work (issue 10, point 4): assignments past their due date and not done, oldest due date
 * first, each with the organisation carrying it today (“where”) and the days late; only what the reader may read
 * ({@link TrackingAccess#assignmentReadable}, inside the query). At most {@link #LIMIT} rows.
 */
@Service
@Transactional(readOnly = true)
public class OverdueAssignments {

    /** The most rows listed. */
    static final int LIMIT = 500;

    /** A late assignment. */
    public record Overdue(long id, String planTitle, String taskCode, String taskTitle, Long carrierId,
            String carrier, LocalDate dueOn, long daysLate, TaskStatus status, int percent) {
    }

    private final TrackingAccess access;
    private final JdbcClient jdbc;
    private final Organizations organizations;

    OverdueAssignments(TrackingAccess access, JdbcClient jdbc, Organizations organizations) {
        this.access = access;
        this.jdbc = jdbc;
        this.organizations = organizations;
    }

    /** The late assignments the reader may read, oldest due date first, on today's date in Vietnam. */
    public List<Overdue> list() {
        LocalDate today = VietnamTime.today();
        Map<String, Object> params = new HashMap<>(access.parameters());
        params.put("today", today);
        params.put("limit", LIMIT);
        record Row(long id, String plan, String code, String title, Long carrier, LocalDate due, String status,
                int percent) {
        }
        List<Row> rows = jdbc.sql("SELECT a.id, p.title, t.code, t.title AS task_title, " + access.carrierTodaySql()
                + " AS carrier_id, a.due_on, a.status, a.percent FROM tracking_assignment a"
                + " JOIN tracking_task t ON t.id = a.task_id JOIN tracking_plan p ON p.id = t.plan_id"
                + " WHERE a.due_on < :today AND a.status <> 'DONE' AND "
                + access.assignmentReadable("a", "p.owner_organization_id")
                + " ORDER BY a.due_on, a.id LIMIT :limit").params(params)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("title"), rs.getString("code"),
                        rs.getString("task_title"), (Long) rs.getObject("carrier_id"),
                        rs.getObject("due_on", LocalDate.class), rs.getString("status"), rs.getInt("percent")))
                .list();
        Map<Long, OrganizationSummary> names = organizations.findAllAsOf(
                rows.stream().map(Row::carrier).filter(Objects::nonNull).distinct().toList(), today);
        return rows.stream().map(r -> new Overdue(r.id(), r.plan(), r.code(), r.title(), r.carrier(),
                r.carrier() == null || !names.containsKey(r.carrier()) ? null : names.get(r.carrier()).name(),
                r.due(), ChronoUnit.DAYS.between(r.due(), today), TaskStatus.valueOf(r.status()), r.percent()))
                .toList();
    }
}
