package vn.phoihop.tracking.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.account.AuditTrail;
import vn.phoihop.document.DocumentSummary;
import vn.phoihop.document.Documents;
import vn.phoihop.organization.OrganizationSummary;
import vn.phoihop.organization.Organizations;
import vn.phoihop.platform.Texts;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.VietnamTime;
import vn.phoihop.tracking.PlanSource;
import vn.phoihop.tracking.TrackingPlans;
import vn.phoihop.tracking.assignment.TrackingAccess;
import vn.phoihop.tracking.assignment.TrackingRefusal;
import vn.phoihop.tracking.plan.PlanCommands.GroupForm;
import vn.phoihop.tracking.plan.PlanCommands.MilestoneForm;
import vn.phoihop.tracking.plan.PlanCommands.PlanForm;
import vn.phoihop.tracking.plan.PlanCommands.TaskForm;
import vn.phoihop.tracking.plan.PlanViews.Group;
import vn.phoihop.tracking.plan.PlanViews.Milestone;
import vn.phoihop.tracking.plan.PlanViews.PlanDetail;
import vn.phoihop.tracking.plan.PlanViews.PlanHeader;
import vn.phoihop.tracking.plan.PlanViews.Task;
import vn.phoihop.tracking.plan.PlanViews.TaskDetail;

/**
 * Plans, their task groups, tasks and milestones. A plan is owned by the organisation of the user who creates it
 * ({@code owner_central} from its kind); only that organisation's planners edit it ({@link TrackingAccess}). Readers
 * see the plans {@link TrackingAccess#planReadable} lets them; a source document shows its notation only to those
 * who may read it ({@link Documents#find}). Every write checks its input (required, sizes, dates, a readable source
 * document) and refuses with a Vietnamese message beside the field, changing nothing; an edit of a plan changed in
 * the meantime is refused (409, optimistic locking on {@code version}).
 */
@Service
@Transactional
public class Plans implements TrackingPlans {

    private final JdbcClient jdbc;
    private final TrackingAccess access;
    private final Documents documents;
    private final Organizations organizations;
    private final AuditTrail audit;

    Plans(JdbcClient jdbc, TrackingAccess access, Documents documents, Organizations organizations,
            AuditTrail audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.documents = documents;
        this.organizations = organizations;
        this.audit = audit;
    }

    @Override
    public long createPlan(PlanSource source, String title, String summary, LocalDate startsOn, LocalDate endsOn) {
        PlanSource s = source == null ? PlanSource.generic(PlanSource.Kind.OTHER, null, null) : source;
        return create(new PlanForm(title, summary, s.kind(), s.documentId(), s.ref(), s.label(), startsOn, endsOn,
                null));
    }

    /** Creates a plan owned by the acting user's organisation (a planner); returns its id. */
    public long create(PlanForm form) {
        access.requirePlanner();
        Checked plan = check(form);
        long owner = access.user().organizationId();
        boolean central = organizations.find(owner).map(o -> o.kind().central()).orElse(false);
        long id = jdbc.sql("""
                INSERT INTO tracking_plan (title, summary, owner_organization_id, owner_central, source_document_id,
                                           source_type, source_ref, source_label, starts_on, ends_on, created_by)
                VALUES (:title, :summary, :owner, :central, :doc, :type, :ref, :label, :from, :to, :by) RETURNING id
                """).params(plan.parameters()).param("owner", owner).param("central", central)
                .param("by", access.user().getUsername()).query(Long.class).single();
        audit.record("TRACKING_PLAN_CREATED", "tracking_plan", id, plan.title());
        return id;
    }

    /** Edits a plan's header (its owner's planners); refused (409) when {@code form.version()} is not the current. */
    public void edit(long planId, PlanForm form) {
        PlanHeader current = header(planId);
        access.requirePlanEditor(current.ownerId());
        Checked plan = check(form);
        if (form.version() == null) {
            throw TrackingRefusal.invalid(null, "tracking.plan.version.required");
        }
        int updated = jdbc.sql("""
                UPDATE tracking_plan SET title = :title, summary = :summary, source_document_id = :doc,
                       source_type = :type, source_ref = :ref, source_label = :label, starts_on = :from, ends_on = :to,
                       updated_by = :by, updated_at = now(), version = version + 1
                WHERE id = :id AND version = :version
                """).params(plan.parameters()).param("by", access.user().getUsername()).param("id", planId)
                .param("version", form.version()).update();
        if (updated == 0) {
            throw TrackingRefusal.conflict(null, "tracking.plan.stale");
        }
        audit.record("TRACKING_PLAN_EDITED", "tracking_plan", planId, plan.title());
    }

    /** Adds a task group to the plan (its owner's planners); a code already used in the plan is refused (409). */
    public long addGroup(long planId, GroupForm form) {
        PlanHeader plan = header(planId);
        access.requirePlanEditor(plan.ownerId());
        GroupForm f = form == null ? GroupForm.blank() : form;
        String code = required("code", f.code(), 20, "tracking.group.code");
        String title = required("title", f.title(), 500, "tracking.group.title");
        if (exists("SELECT count(*) FROM tracking_task_group WHERE plan_id = :plan AND code = :code", planId, code)) {
            throw TrackingRefusal.conflict("code", "tracking.group.code.taken", code);
        }
        int position = f.position() != null ? f.position() : jdbc.sql("SELECT coalesce(max(position), 0) + 1 FROM"
                + " tracking_task_group WHERE plan_id = :plan").param("plan", planId).query(Integer.class).single();
        long id = jdbc.sql("INSERT INTO tracking_task_group (plan_id, position, code, title) VALUES (:plan, :position,"
                + " :code, :title) RETURNING id").param("plan", planId).param("position", position)
                .param("code", code).param("title", title).query(Long.class).single();
        touch(planId);
        audit.record("TRACKING_GROUP_ADDED", "tracking_plan", planId, code + " " + title);
        return id;
    }

    /** Adds a task to a group of the plan (its owner's planners); a code already used in the plan is refused. */
    public long addTask(long planId, TaskForm form) {
        PlanHeader plan = header(planId);
        access.requirePlanEditor(plan.ownerId());
        TaskForm f = form == null ? TaskForm.blank() : form;
        if (f.groupId() == null || !exists("SELECT count(*) FROM tracking_task_group WHERE plan_id = :plan"
                + " AND id = :code", planId, f.groupId())) {
            throw TrackingRefusal.invalid("groupId", "tracking.task.group.required");
        }
        String code = required("code", f.code(), 20, "tracking.task.code");
        String title = required("title", f.title(), 1000, "tracking.task.title");
        String description = optional("description", f.description(), 4000, "tracking.task.description");
        String indicator = optional("indicatorCode", f.indicatorCode(), 40, "tracking.task.indicator");
        if (f.dueOn() != null && f.dueOn().isBefore(plan.startsOn())) {
            throw TrackingRefusal.invalid("dueOn", "tracking.task.dueOn.beforePlan");
        }
        if (exists("SELECT count(*) FROM tracking_task WHERE plan_id = :plan AND code = :code", planId, code)) {
            throw TrackingRefusal.conflict("code", "tracking.task.code.taken", code);
        }
        long id = jdbc.sql("""
                INSERT INTO tracking_task (plan_id, group_id, position, code, title, description, due_on, recurrence,
                                           indicator_code, created_by)
                VALUES (:plan, :group, (SELECT coalesce(max(position), 0) + 1 FROM tracking_task WHERE plan_id = :plan),
                        :code, :title, :description, :due, :recurrence, :indicator, :by) RETURNING id
                """).param("plan", planId).param("group", f.groupId()).param("code", code).param("title", title)
                .param("description", description).param("due", f.dueOn())
                .param("recurrence", (f.recurrence() == null ? Recurrence.NONE : f.recurrence()).name())
                .param("indicator", indicator).param("by", access.user().getUsername()).query(Long.class).single();
        touch(planId);
        audit.record("TRACKING_TASK_ADDED", "tracking_plan", planId, code + " " + title);
        return id;
    }

    /** Adds a target or milestone to a task (its plan's owner's planners). */
    public long addMilestone(long taskId, MilestoneForm form) {
        TaskDetail task = task(taskId);
        access.requirePlanEditor(task.plan().ownerId());
        MilestoneForm f = form == null ? MilestoneForm.blank() : form;
        if (f.dueOn() == null) {
            throw TrackingRefusal.invalid("dueOn", "tracking.milestone.dueOn.required");
        }
        String title = required("title", f.title(), 500, "tracking.milestone.title");
        String unit = optional("unit", f.unit(), 50, "tracking.milestone.unit");
        if (f.targetValue() != null && (f.targetValue().abs().compareTo(new BigDecimal("1e14")) >= 0
                || f.targetValue().scale() > 4)) {
            throw TrackingRefusal.invalid("targetValue", "tracking.milestone.targetValue.invalid");
        }
        long id = jdbc.sql("INSERT INTO tracking_milestone (task_id, due_on, title, target_value, unit) VALUES (:task,"
                + " :due, :title, :target, :unit) RETURNING id").param("task", taskId).param("due", f.dueOn())
                .param("title", title).param("target", f.targetValue()).param("unit", unit).query(Long.class)
                .single();
        touch(task.plan().id());
        audit.record("TRACKING_MILESTONE_ADDED", "tracking_task", taskId, title);
        return id;
    }

    /** The plans the acting user reads, newest first, optionally of one source kind or status; four queries. */
    @Transactional(readOnly = true)
    public List<PlanDetail> list(PlanSource.Kind source, PlanStatus status) {
        Map<String, Object> filter = new HashMap<>();
        filter.put("type", source == null ? null : source.name());
        filter.put("status", status == null ? null : status.name());
        return details(headers("(CAST(:type AS VARCHAR) IS NULL OR p.source_type = :type)"
                + " AND (CAST(:status AS VARCHAR) IS NULL OR p.status = :status)", filter));
    }

    /** The plan with its groups, tasks and milestones if the acting user reads it, else “not found”. */
    @Transactional(readOnly = true)
    public PlanDetail find(long planId) {
        return details(List.of(header(planId))).get(0);
    }

    /** The plan's header if the acting user reads it, else “not found”. */
    @Transactional(readOnly = true)
    public PlanHeader header(long planId) {
        return headers("p.id = :id", Map.of("id", planId)).stream().findFirst()
                .orElseThrow(() -> UserFacingException.notFound("tracking.plan.notFound"));
    }

    /** The task with its plan if the acting user reads the plan, else “not found”. */
    @Transactional(readOnly = true)
    public TaskDetail task(long taskId) {
        Long planId = jdbc.sql("SELECT plan_id FROM tracking_task WHERE id = :id").param("id", taskId)
                .query(Long.class).optional().orElseThrow(() -> UserFacingException.notFound("tracking.task.notFound"));
        PlanDetail plan = details(List.of(headers("p.id = :id", Map.of("id", planId)).stream()
                .findFirst().orElseThrow(() -> UserFacingException.notFound("tracking.task.notFound")))).get(0);
        for (Group g : plan.groups()) {
            for (Task t : g.tasks()) {
                if (t.id() == taskId) {
                    return new TaskDetail(plan.plan(), g.code(), g.title(), t);
                }
            }
        }
        throw UserFacingException.notFound("tracking.task.notFound");
    }

    // ---- reading

    private List<PlanHeader> headers(String condition, Map<String, Object> values) {
        Map<String, Object> params = new HashMap<>(access.parameters());
        params.putAll(values);
        record Row(long id, String title, String summary, long owner, String type, Long doc, String ref, String label,
                LocalDate from, LocalDate to, String status, long version) {
        }
        List<Row> rows = jdbc.sql("SELECT p.id, p.title, p.summary, p.owner_organization_id, p.source_type,"
                + " p.source_document_id, p.source_ref, p.source_label, p.starts_on, p.ends_on, p.status, p.version"
                + " FROM tracking_plan p WHERE " + condition + " AND " + access.planReadable("p")
                + " ORDER BY p.starts_on DESC, p.id DESC").params(params)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), (Long) rs.getObject(6), rs.getString(7), rs.getString(8),
                        rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class), rs.getString(11),
                        rs.getLong(12)))
                .list();
        Map<Long, Optional<DocumentSummary>> docs = new HashMap<>();
        Map<Long, OrganizationSummary> owners = new HashMap<>(organizations.findAllAsOf(
                rows.stream().map(Row::owner).distinct().toList(), VietnamTime.today()));
        long userOrg = access.user().organizationId();
        boolean planner = !rows.isEmpty() && access.mayPlan();
        List<PlanHeader> headers = new ArrayList<>();
        for (Row r : rows) {
            Optional<DocumentSummary> doc = r.doc() == null ? Optional.empty()
                    : docs.computeIfAbsent(r.doc(), documents::find);
            OrganizationSummary owner = owners.computeIfAbsent(r.owner(), id -> organizations.find(id).orElse(null));
            headers.add(new PlanHeader(r.id(), r.title(), r.summary(), r.owner(), owner == null ? "" : owner.name(),
                    PlanSource.Kind.valueOf(r.type()), r.doc(), doc.map(DocumentSummary::notation).orElse(null),
                    r.ref(), r.doc() == null ? r.label() : doc.map(DocumentSummary::title).orElse(null), r.from(),
                    r.to(), PlanStatus.valueOf(r.status()), r.version(), planner && r.owner() == userOrg));
        }
        return headers;
    }

    private List<PlanDetail> details(List<PlanHeader> headers) {
        if (headers.isEmpty()) {
            return List.of();
        }
        Long[] planIds = headers.stream().map(PlanHeader::id).toArray(Long[]::new);
        Map<Long, List<Milestone>> milestones = new HashMap<>();
        jdbc.sql("SELECT m.task_id, m.id, m.due_on, m.title, m.target_value, m.unit FROM tracking_milestone m"
                + " JOIN tracking_task t ON t.id = m.task_id WHERE t.plan_id = ANY (:plans) ORDER BY m.due_on, m.id")
                .param("plans", planIds).query(rs -> {
                    milestones.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Milestone(rs.getLong(2),
                            rs.getObject(3, LocalDate.class), rs.getString(4), rs.getBigDecimal(5),
                            rs.getString(6)));
                });
        Map<Long, List<Task>> tasks = new HashMap<>();
        jdbc.sql("SELECT id, plan_id, group_id, code, title, description, due_on, recurrence, indicator_code"
                + " FROM tracking_task WHERE plan_id = ANY (:plans) ORDER BY position, id").param("plans", planIds)
                .query(rs -> {
                    long id = rs.getLong(1);
                    Long group = (Long) rs.getObject(3);
                    tasks.computeIfAbsent(group == null ? -rs.getLong(2) : group, k -> new ArrayList<>())
                            .add(new Task(id, rs.getLong(2), group, rs.getString(4), rs.getString(5), rs.getString(6),
                                    rs.getObject(7, LocalDate.class), Recurrence.valueOf(rs.getString(8)),
                                    rs.getString(9), milestones.getOrDefault(id, List.of())));
                });
        Map<Long, List<Group>> groups = new LinkedHashMap<>();
        jdbc.sql("SELECT id, plan_id, code, title, position FROM tracking_task_group WHERE plan_id = ANY (:plans)"
                + " ORDER BY position, id").param("plans", planIds).query(rs -> {
                    groups.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new Group(rs.getLong(1),
                            rs.getString(3), rs.getString(4), rs.getInt(5), tasks.getOrDefault(rs.getLong(1),
                                    List.of())));
                });
        return headers.stream().map(h -> new PlanDetail(h, groups.getOrDefault(h.id(), List.of()))).toList();
    }

    // ---- checking

    /** A checked plan header, ready to bind. */
    private record Checked(String title, String summary, PlanSource.Kind type, Long doc, String ref, String label,
            LocalDate from, LocalDate to) {

        Map<String, Object> parameters() {
            Map<String, Object> p = new HashMap<>();
            p.put("title", title);
            p.put("summary", summary);
            p.put("type", type.name());
            p.put("doc", doc);
            p.put("ref", ref);
            p.put("label", label);
            p.put("from", from);
            p.put("to", to);
            return p;
        }
    }

    private Checked check(PlanForm form) {
        PlanForm f = form == null ? PlanForm.blank(null) : form;
        String title = required("title", f.title(), 500, "tracking.plan.title");
        String summary = optional("summary", f.summary(), 4000, "tracking.plan.summary");
        PlanSource source = f.source();
        String ref = null;
        String label = null;
        Long doc = null;
        if (source.kind() == PlanSource.Kind.DOCUMENT) {
            if (source.documentId() == null || documents.find(source.documentId()).isEmpty()) {
                throw TrackingRefusal.invalid("documentId", "tracking.plan.document.notFound");
            }
            doc = source.documentId();
        }
        else {
            ref = optional("sourceRef", source.ref(), 100, "tracking.plan.sourceRef");
            label = required("sourceLabel", source.label(), 500, "tracking.plan.sourceLabel");
        }
        if (f.startsOn() == null) {
            throw TrackingRefusal.invalid("startsOn", "tracking.plan.startsOn.required");
        }
        if (f.endsOn() != null && f.endsOn().isBefore(f.startsOn())) {
            throw TrackingRefusal.invalid("endsOn", "tracking.plan.endsOn.beforeStart");
        }
        return new Checked(title, summary, source.kind(), doc, ref, label, f.startsOn(), f.endsOn());
    }

    private static String required(String field, String value, int max, String key) {
        String text = optional(field, value, max, key);
        if (text == null) {
            throw TrackingRefusal.invalid(field, key + ".required");
        }
        return text;
    }

    private static String optional(String field, String value, int max, String key) {
        String text = Texts.nfcOrNull(value);
        if (text != null && Texts.hasControlCharacters(text, true)) {
            throw TrackingRefusal.invalid(field, "tracking.text.controlCharacters");
        }
        if (text != null && text.length() > max) {
            throw TrackingRefusal.invalid(field, key + ".size");
        }
        return text;
    }

    private boolean exists(String sql, long planId, Object code) {
        return jdbc.sql(sql).param("plan", planId).param("code", code).query(Long.class).single() > 0;
    }

    private void touch(long planId) {
        jdbc.sql("UPDATE tracking_plan SET updated_by = :by, updated_at = now() WHERE id = :id")
                .param("by", access.user().getUsername()).param("id", planId).update();
    }
}
