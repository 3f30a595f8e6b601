package vn.phoihop.tracking.assignment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.account.AuditTrail;
import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.organization.OrganizationOnDate;
import vn.phoihop.organization.OrganizationSummary;
import vn.phoihop.organization.Organizations;
import vn.phoihop.platform.PlausibleDates;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.VietnamTime;
import vn.phoihop.platform.VietnameseOrder;

/**
 * Assignments of tasks to organisations. The plan's owner's planners assign a task to one or several organisations,
 * or to every provincial police force (or Party committee) in force on a date, resolved through the registry
 * ({@link Organizations#allOfKindOn}: 63 on 01/06/2025, 34 on 01/08/2025); every assignee must lie within the
 * planner's scope ({@link TrackingAccess#mayAssignTo}). Each new assignment gets its first carrier row (the assignee,
 * from the “as of” date); an organisation that already has the task keeps its assignment and is counted as existing.
 * All or nothing, in one transaction. Readers see the assignments {@link TrackingAccess#assignmentReadable} lets
 * them, with their carrier history ({@link CarrierSuccession}).
 */
@Service("trackingAssignments")
@Transactional
public class Assignments {

    private static final int MAX_ORGANIZATIONS = 200;
    private static final Set<OrganizationKind> ALL_PROVINCES_KINDS = Set.of(OrganizationKind.PROVINCIAL_POLICE,
            OrganizationKind.PROVINCIAL_PARTY_COMMITTEE);

    private final JdbcClient jdbc;
    private final TrackingAccess access;
    private final Organizations organizations;
    private final AuditTrail audit;

    Assignments(JdbcClient jdbc, TrackingAccess access, Organizations organizations, AuditTrail audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.organizations = organizations;
        this.audit = audit;
    }

    /** What assigning did: the assignments created (their ids), and the organisations that already had the task. */
    public record Outcome(int created, int existing, List<Long> ids) {
    }

    /** A task as assigning needs it, if its plan is readable. */
    private record TaskRef(long id, long planId, long ownerId, LocalDate dueOn) {
    }

    /** Assigns the task (its plan's owner's planners); see the class comment. */
    public Outcome assign(long taskId, AssignForm form) {
        TaskRef task = task(taskId);
        access.requirePlanEditor(task.ownerId());
        AssignForm f = form == null ? AssignForm.blank() : form;
        LocalDate asOf = f.asOf() != null ? f.asOf() : VietnamTime.today();
        plausible("asOf", asOf);
        plausible("dueOn", f.dueOn());
        Set<Long> targets = f.toAllProvinces() ? allOfKind(f, asOf) : named(f, asOf);
        if (!access.scope().national()) {
            for (long target : targets) {
                if (!access.mayAssignTo(target)) {
                    throw TrackingRefusal.invalid("organizationCodes", "tracking.assignment.outOfScope",
                            organizations.find(target).filter(o -> o.kind().publiclyVisible())
                                    .map(OrganizationSummary::name).orElse(String.valueOf(target)));
                }
            }
        }
        LocalDate due = f.dueOn() != null ? f.dueOn() : task.dueOn();
        if (due != null && due.isBefore(asOf)) {
            throw TrackingRefusal.invalid("dueOn", "tracking.assignment.dueOn.beforeAsOf");
        }
        UUID batch = UUID.randomUUID();
        List<Long> ids = jdbc.sql("""
                WITH created AS (
                    INSERT INTO tracking_assignment (task_id, organization_id, role, due_on, resolved_as_of, batch_id,
                                                     assigned_by)
                    SELECT :task, o.id, :role, :due, :resolved, :batch, :by FROM unnest(CAST(:orgs AS BIGINT[])) AS o (id)
                    ON CONFLICT (task_id, organization_id) DO NOTHING
                    RETURNING id, organization_id)
                INSERT INTO tracking_carrier (assignment_id, organization_id, valid_from)
                SELECT id, organization_id, :from FROM created RETURNING assignment_id
                """).param("task", task.id()).param("role", (f.role() == null ? AssignmentRole.LEAD : f.role()).name())
                .param("due", due).param("resolved", f.toAllProvinces() ? asOf : null).param("batch", batch)
                .param("by", access.user().getUsername()).param("orgs", targets.toArray(Long[]::new))
                .param("from", asOf).query(Long.class).list();
        if (!ids.isEmpty()) {
            audit.record("TRACKING_ASSIGNED", "tracking_task", task.id(), "asOf=" + asOf + " created=" + ids.size()
                    + " batch=" + batch, targets);
        }
        return new Outcome(ids.size(), targets.size() - ids.size(), ids.stream().sorted().toList());
    }

    /** The task's assignments the acting user reads, by assignee name, with their carriers; “not found” if unread. */
    @Transactional(readOnly = true)
    public List<AssignmentView> forTask(long taskId) {
        task(taskId);
        Map<String, Object> params = new HashMap<>(access.parameters());
        params.put("task", taskId);
        record Row(long id, long org, String role, LocalDate due, LocalDate resolved, String status, int percent,
                OffsetDateTime at, Long carrier) {
        }
        List<Row> rows = jdbc.sql("SELECT a.id, a.organization_id, a.role, a.due_on, a.resolved_as_of, a.status,"
                + " a.percent, a.assigned_at, " + TrackingAccess.CARRIER_TODAY + " FROM tracking_assignment a"
                + " JOIN tracking_task t ON t.id = a.task_id JOIN tracking_plan p ON p.id = t.plan_id"
                + " WHERE a.task_id = :task AND " + access.assignmentReadable("a", "p.owner_organization_id"))
                .params(params)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getString(6),
                        rs.getInt(7), rs.getObject(8, OffsetDateTime.class), (Long) rs.getObject(9)))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        record CarrierRow(long assignment, long org, LocalDate from, LocalDate to, Long reorganization) {
        }
        List<CarrierRow> carrierRows = jdbc.sql("SELECT assignment_id, organization_id, valid_from, valid_to,"
                + " reorganization_id FROM tracking_carrier WHERE assignment_id = ANY (:ids) ORDER BY valid_from, id")
                .param("ids", rows.stream().map(Row::id).toArray(Long[]::new))
                .query((rs, n) -> new CarrierRow(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), (Long) rs.getObject(5)))
                .list();
        LocalDate today = VietnamTime.today();
        Set<OrganizationOnDate> wanted = new LinkedHashSet<>();
        carrierRows.forEach(c -> wanted.add(new OrganizationOnDate(c.org(), c.from())));
        rows.stream().filter(r -> r.carrier() != null).forEach(r -> wanted.add(new OrganizationOnDate(r.carrier(),
                today)));
        rows.forEach(r -> wanted.add(new OrganizationOnDate(r.org(), assignedOn(r.resolved(), r.at()))));
        Map<OrganizationOnDate, OrganizationSummary> names = organizations.findEachAsOf(wanted);
        Map<Long, List<AssignmentView.Carrier>> carriers = new HashMap<>();
        for (CarrierRow c : carrierRows) {
            carriers.computeIfAbsent(c.assignment(), k -> new ArrayList<>()).add(new AssignmentView.Carrier(c.org(),
                    name(names, c.org(), c.from()), c.from(), c.to(), c.reorganization()));
        }
        List<AssignmentView> list = new ArrayList<>();
        for (Row r : rows) {
            List<AssignmentView.Carrier> history = carriers.getOrDefault(r.id(), List.of());
            LocalDate assigned = history.isEmpty() ? assignedOn(r.resolved(), r.at()) : history.get(0).validFrom();
            String assignee = names.containsKey(new OrganizationOnDate(r.org(), assigned))
                    ? name(names, r.org(), assigned) : name(names, r.org(), assignedOn(r.resolved(), r.at()));
            list.add(new AssignmentView(r.id(), taskId, r.org(), assignee, AssignmentRole.valueOf(r.role()), r.due(),
                    r.resolved(), TaskStatus.shown(TaskStatus.valueOf(r.status()), r.due(), today), r.percent(),
                    r.carrier(), r.carrier() == null ? null : name(names, r.carrier(), today), history));
        }
        list.sort(VietnameseOrder.byName(AssignmentView::assignee));
        return list;
    }

    private static LocalDate assignedOn(LocalDate resolved, OffsetDateTime at) {
        return resolved != null ? resolved : at.atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
    }

    private static String name(Map<OrganizationOnDate, OrganizationSummary> names, long org, LocalDate day) {
        OrganizationSummary o = names.get(new OrganizationOnDate(org, day));
        return o == null ? String.valueOf(org) : o.name();
    }

    private TaskRef task(long taskId) {
        Map<String, Object> params = new HashMap<>(access.parameters());
        params.put("id", taskId);
        return jdbc.sql("SELECT t.id, t.plan_id, p.owner_organization_id, t.due_on FROM tracking_task t"
                + " JOIN tracking_plan p ON p.id = t.plan_id WHERE t.id = :id AND " + access.planReadable("p"))
                .params(params)
                .query((rs, n) -> new TaskRef(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getObject(4, LocalDate.class)))
                .optional().orElseThrow(() -> UserFacingException.notFound("tracking.task.notFound"));
    }

    private Set<Long> allOfKind(AssignForm f, LocalDate asOf) {
        if (f.asOf() == null) {
            throw TrackingRefusal.invalid("asOf", "tracking.assignment.asOf.required");
        }
        OrganizationKind kind = f.kind() == null ? OrganizationKind.PROVINCIAL_POLICE : f.kind();
        if (!ALL_PROVINCES_KINDS.contains(kind)) {
            throw TrackingRefusal.invalid("kind", "tracking.assignment.kind.invalid");
        }
        Set<Long> ids = new LinkedHashSet<>();
        organizations.allOfKindOn(kind, asOf).forEach(o -> ids.add(o.id()));
        if (ids.isEmpty()) {
            throw TrackingRefusal.invalid("asOf", "tracking.assignment.noProvinces", PlausibleDates.display(asOf));
        }
        return ids;
    }

    private Set<Long> named(AssignForm f, LocalDate asOf) {
        Set<Long> ids = new LinkedHashSet<>();
        if (f.organizationIds() != null) {
            f.organizationIds().stream().filter(java.util.Objects::nonNull).forEach(ids::add);
        }
        List<String> codes = f.organizationCodes() == null ? List.of() : Arrays.stream(f.organizationCodes()
                .split("[,;\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        if (codes.size() > MAX_ORGANIZATIONS || ids.size() > MAX_ORGANIZATIONS) {
            throw TrackingRefusal.invalid("organizationCodes", "tracking.assignment.codes.size");
        }
        for (String code : codes) {
            ids.add(organizations.findByCode(code).map(OrganizationSummary::id).orElseThrow(() -> TrackingRefusal
                    .invalid("organizationCodes", "tracking.assignment.codes.unknown", code)));
        }
        if (ids.isEmpty()) {
            throw TrackingRefusal.invalid("organizationCodes", "tracking.assignment.organizations.required");
        }
        if (ids.size() > MAX_ORGANIZATIONS) {
            throw TrackingRefusal.invalid("organizationCodes", "tracking.assignment.codes.size");
        }
        Map<Long, OrganizationSummary> existing = organizations.findAllAsOf(ids, asOf);
        for (long id : ids) {
            if (!existing.containsKey(id)) {
                throw TrackingRefusal.invalid("organizationCodes", "tracking.assignment.notInForce",
                        organizations.find(id).filter(o -> o.kind().publiclyVisible())
                                .map(OrganizationSummary::code).orElse(String.valueOf(id)),
                        PlausibleDates.display(asOf));
            }
        }
        return ids;
    }

    private static void plausible(String field, LocalDate day) {
        if (day != null && !PlausibleDates.plausible(day)) {
            throw TrackingRefusal.invalid(field, PlausibleDates.OUT_OF_RANGE, PlausibleDates.display(day),
                    PlausibleDates.display(PlausibleDates.EARLIEST), PlausibleDates.display(PlausibleDates.LATEST));
        }
    }
}
