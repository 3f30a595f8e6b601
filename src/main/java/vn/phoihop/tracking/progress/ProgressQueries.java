package vn.phoihop.tracking.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.organization.OrganizationOnDate;
import vn.phoihop.organization.OrganizationSummary;
import vn.phoihop.organization.Organizations;
import vn.phoihop.platform.VietnamTime;
import vn.phoihop.tracking.assignment.AssignmentHeader;
import vn.phoihop.tracking.assignment.TaskStatus;
import vn.phoihop.tracking.assignment.TrackingAccess;

/**
 * Reading progress: one assignment with its carriers and updates ({@link #view}), and the assignments the reader's
 * organisation carries today with their pending and returned updates ({@link #mine}). Organisations are named as
 * they were named on the day concerned (a carrier from its first day, a reporter on the day it reported), in one
 * batched registry call per page.
 */
@Service
@Transactional(readOnly = true)
public class ProgressQueries {

    /** A row of “my assignments”: what the reader's organisation carries today. */
    public record MineRow(long id, String planTitle, String taskCode, String taskTitle, LocalDate dueOn,
            TaskStatus status, TaskStatus shown, int percent, long pending, long returned, Integer reminderOffset) {
    }

    /** The most rows of “my assignments”. */
    static final int LIMIT = 500;

    private final TrackingAccess access;
    private final JdbcClient jdbc;
    private final Organizations organizations;

    ProgressQueries(TrackingAccess access, JdbcClient jdbc, Organizations organizations) {
        this.access = access;
        this.jdbc = jdbc;
        this.organizations = organizations;
    }

    /** The assignment's page for a reader of it, else “not found”. */
    public ProgressView view(long assignmentId) {
        AssignmentHeader header = access.requireReadable(assignmentId);
        LocalDate today = VietnamTime.today();
        record Head(String planTitle, String taskCode, String taskTitle, int percent, java.sql.Date assignedAt) {
        }
        Head head = jdbc.sql("SELECT p.title, t.code, t.title AS task_title, a.percent, a.assigned_at::date AS assigned"
                + " FROM tracking_assignment a JOIN tracking_task t ON t.id = a.task_id JOIN tracking_plan p"
                + " ON p.id = t.plan_id WHERE a.id = :a").param("a", assignmentId)
                .query((rs, n) -> new Head(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getDate(5))).single();
        record CarrierRow(long org, LocalDate from, LocalDate to) {
        }
        List<CarrierRow> carrierRows = jdbc.sql("SELECT organization_id, valid_from, valid_to FROM tracking_carrier"
                + " WHERE assignment_id = :a ORDER BY valid_from, id").param("a", assignmentId)
                .query((rs, n) -> new CarrierRow(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class))).list();
        record UpdateRow(ProgressView.Update update, long org, LocalDate day) {
        }
        Map<Long, List<ProgressView.Evidence>> evidence = new HashMap<>();
        jdbc.sql("SELECT e.id, e.progress_id, e.file_name, e.media_type, e.size_bytes, e.sha256 FROM tracking_evidence e"
                + " JOIN tracking_progress p ON p.id = e.progress_id WHERE p.assignment_id = :a ORDER BY e.id")
                .param("a", assignmentId).query(rs -> {
                    evidence.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new ProgressView.Evidence(
                            rs.getLong(1), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6)));
                });
        List<UpdateRow> updateRows = jdbc.sql("SELECT id, version, organization_id, status, percent, narrative,"
                + " reported_by, reported_at, review_status, reviewed_by, reviewed_at, return_reason,"
                + " (reported_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS day FROM tracking_progress"
                + " WHERE assignment_id = :a ORDER BY reported_at DESC, id DESC").param("a", assignmentId)
                .query((rs, n) -> new UpdateRow(new ProgressView.Update(rs.getLong("id"), rs.getLong("version"), null,
                        TaskStatus.valueOf(rs.getString("status")), rs.getInt("percent"), rs.getString("narrative"),
                        rs.getString("reported_by"), rs.getTimestamp("reported_at").toInstant(),
                        rs.getString("review_status"), rs.getString("reviewed_by"),
                        rs.getTimestamp("reviewed_at") == null ? null : rs.getTimestamp("reviewed_at").toInstant(),
                        rs.getString("return_reason"), List.copyOf(evidence.getOrDefault(rs.getLong("id"), List.of()))),
                        rs.getLong("organization_id"), rs.getObject("day", LocalDate.class)))
                .list();

        Set<OrganizationOnDate> wanted = new HashSet<>();
        LocalDate assigned = carrierRows.stream().filter(c -> c.org() == header.assigneeId()).map(CarrierRow::from)
                .findFirst().orElse(head.assignedAt().toLocalDate());
        wanted.add(new OrganizationOnDate(header.assigneeId(), assigned));
        carrierRows.forEach(c -> wanted.add(new OrganizationOnDate(c.org(), c.from())));
        updateRows.forEach(u -> wanted.add(new OrganizationOnDate(u.org(), u.day())));
        if (header.carrierId() != null) {
            wanted.add(new OrganizationOnDate(header.carrierId(), today));
        }
        Map<OrganizationOnDate, OrganizationSummary> names = new HashMap<>(organizations.findEachAsOf(wanted));
        // an organisation not in force on the day asked (a record made before it existed): its own name
        wanted.stream().filter(w -> !names.containsKey(w)).forEach(w -> organizations.find(w.organizationId())
                .ifPresent(found -> names.put(w, found)));

        List<ProgressView.Carrier> carriers = carrierRows.stream().map(c -> new ProgressView.Carrier(c.org(),
                name(names, c.org(), c.from()), c.from(), c.to())).toList();
        List<ProgressView.Update> updates = updateRows.stream().map(r -> {
            ProgressView.Update u = r.update();
            return new ProgressView.Update(u.id(), u.version(), name(names, r.org(), r.day()), u.status(),
                    u.percent(), u.narrative(), u.reportedBy(), u.reportedAt(), u.reviewStatus(), u.reviewedBy(),
                    u.reviewedAt(), u.returnReason(), u.evidence());
        }).toList();
        TaskStatus status = TaskStatus.valueOf(header.status());
        return new ProgressView(header.id(), header.version(), header.planId(), head.planTitle(), head.taskCode(),
                head.taskTitle(), name(names, header.assigneeId(), assigned),
                header.carrierId() == null ? null : name(names, header.carrierId(), today), header.dueOn(), status,
                TaskStatus.shown(status, header.dueOn(), today), head.percent(), carriers, updates,
                access.mayReport(header.carrierId()), access.mayReview(header.ownerOrganizationId()));
    }

    /**
     * The assignments the reader's organisation carries today, oldest due date first, with how many of their
     * updates wait for the assigning side or were returned since the last report, and the latest reminder sent.
     */
    public List<MineRow> mine() {
        Map<String, Object> params = new LinkedHashMap<>(access.parameters());
        params.put("org", access.user().organizationId());
        params.put("limit", LIMIT);
        LocalDate today = VietnamTime.today();
        return jdbc.sql("SELECT a.id, p.title, t.code, t.title AS task_title, a.due_on, a.status, a.percent,"
                + " (SELECT count(*) FROM tracking_progress g WHERE g.assignment_id = a.id"
                + " AND g.review_status = 'PENDING') AS pending,"
                + " (SELECT count(*) FROM tracking_progress g WHERE g.assignment_id = a.id"
                + " AND g.review_status = 'RETURNED' AND NOT EXISTS (SELECT 1 FROM tracking_progress h"
                + " WHERE h.assignment_id = a.id AND h.reported_at > g.reported_at)) AS returned,"
                + " (SELECT r.offset_days FROM tracking_reminder r WHERE r.assignment_id = a.id"
                + " ORDER BY r.sent_at DESC, r.id DESC LIMIT 1) AS reminder"
                + " FROM tracking_assignment a JOIN tracking_task t ON t.id = a.task_id"
                + " JOIN tracking_plan p ON p.id = t.plan_id WHERE " + access.carrierTodaySql() + " = :org"
                + " ORDER BY a.due_on NULLS LAST, a.id LIMIT :limit").params(params)
                .query((rs, n) -> {
                    TaskStatus status = TaskStatus.valueOf(rs.getString("status"));
                    LocalDate due = rs.getObject("due_on", LocalDate.class);
                    return new MineRow(rs.getLong("id"), rs.getString("title"), rs.getString("code"),
                            rs.getString("task_title"), due, status, TaskStatus.shown(status, due, today),
                            rs.getInt("percent"), rs.getLong("pending"), rs.getLong("returned"),
                            (Integer) rs.getObject("reminder"));
                }).list();
    }

    private static String name(Map<OrganizationOnDate, OrganizationSummary> names, long id, LocalDate day) {
        OrganizationSummary found = names.get(new OrganizationOnDate(id, day));
        return found == null ? "#" + id : found.name();
    }
}
