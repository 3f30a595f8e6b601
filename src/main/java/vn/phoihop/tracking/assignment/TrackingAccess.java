package vn.phoihop.tracking.assignment;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.organization.OrganizationSummary;
import vn.phoihop.organization.Organizations;
import vn.phoihop.organization.Scope;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.VietnamTime;

/**
 * Who reads and writes what in tracking (ACCESS.md, “tracking”); every page, API call, list, count, dashboard cell,
 * review report and export of the module decides through this class, in Java for one item and through
 * {@link #planReadable} / {@link #assignmentReadable} inside the SQL of lists.
 * <ul>
 * <li><b>Plans</b> (title, source, task groups, tasks): a plan of a central body is read by everyone signed in; a
 * plan of a provincial organisation only within its province's scope.</li>
 * <li><b>Create and edit a plan, assign its tasks</b>: CENTRAL_STAFF for a plan of their central body; the staff
 * (PROVINCE_POLICE_STAFF or LEADER) of a provincial organisation for its own plans. Assignees must lie within the
 * planner's scope.</li>
 * <li><b>Read an assignment and its progress</b>: the assigning side (members of the plan's owner organisation),
 * national readers, and readers whose scope holds one of the assignment's carriers (the assignee's province, and so
 * its Party committee: dual leadership).</li>
 * <li><b>Report progress</b>: the staff (not viewers, not administrators) of the organisation that carries the
 * assignment today.</li>
 * <li><b>Accept or return progress</b>: CENTRAL_STAFF or LEADER members of the plan's owner organisation.</li>
 * </ul>
 * Refusals of something the reader may not even see are “not found” (its existence is not revealed).
 */
@Component
public class TrackingAccess {

    private static final Set<Role> STAFF = EnumSet.of(Role.CENTRAL_STAFF, Role.PROVINCE_PARTY_STAFF,
            Role.PROVINCE_POLICE_STAFF, Role.LEADER);

    /** The carrier of an assignment today (in force today), one row; SQL over {@code a.id}. */
    static final String CARRIER_TODAY = "(SELECT c.organization_id FROM tracking_carrier c WHERE c.assignment_id = a.id"
            + " AND in_force(c.valid_from, c.valid_to, :trackingToday) ORDER BY c.valid_from DESC, c.id DESC LIMIT 1)";

    private final Organizations organizations;
    private final JdbcClient jdbc;

    TrackingAccess(Organizations organizations, JdbcClient jdbc) {
        this.organizations = organizations;
        this.jdbc = jdbc;
    }

    /** The acting user. */
    public CurrentUser user() {
        return CurrentUser.require();
    }

    /** The acting user's scope (national, or their province's lineage). */
    public Scope scope() {
        return organizations.scopeOf(user().organizationId());
    }

    /** Whether {@code organizationId} lies within the acting user's scope. */
    public boolean within(long organizationId) {
        return organizations.inScope(user().organizationId(), organizationId);
    }

    /** Whether the acting user holds a staff role (drafts, reports, reviews; not viewers, not administrators). */
    public boolean staff() {
        return user().roles().stream().anyMatch(STAFF::contains);
    }

    // ---- plans

    /** Whether the acting user reads a plan owned by {@code ownerOrganizationId}. */
    public boolean readsPlan(long ownerOrganizationId) {
        return organizations.find(ownerOrganizationId).map(o -> o.kind().central()).orElse(false)
                || within(ownerOrganizationId);
    }

    /** Refuses (“not found”) unless the acting user reads a plan owned by {@code ownerOrganizationId}. */
    public void requirePlanReadable(long ownerOrganizationId) {
        if (!readsPlan(ownerOrganizationId)) {
            throw UserFacingException.notFound("tracking.plan.notFound");
        }
    }

    /** Whether the acting user may create plans (owned by their own organisation). */
    public boolean mayPlan() {
        CurrentUser user = user();
        OrganizationSummary own = organizations.find(user.organizationId()).orElse(null);
        if (own == null) {
            return false;
        }
        if (own.kind().central()) {
            return user.has(Role.CENTRAL_STAFF);
        }
        return own.kind().provincialLevel() && (user.has(Role.PROVINCE_POLICE_STAFF) || user.has(Role.LEADER));
    }

    /** Refuses (403) unless the acting user may create plans. */
    public void requirePlanner() {
        if (!mayPlan()) {
            throw new AccessDeniedException("may not create tracking plans");
        }
    }

    /** Whether the acting user may edit the plan owned by {@code ownerOrganizationId} and assign its tasks. */
    public boolean mayEditPlan(long ownerOrganizationId) {
        return user().organizationId() == ownerOrganizationId && mayPlan();
    }

    /** Refuses unless the acting user may edit the plan: “not found” if they do not even read it, else 403. */
    public void requirePlanEditor(long ownerOrganizationId) {
        requirePlanReadable(ownerOrganizationId);
        if (!mayEditPlan(ownerOrganizationId)) {
            throw new AccessDeniedException("not the plan's owner");
        }
    }

    /** Whether the acting user (a plan editor) may assign work to {@code organizationId}: within their scope. */
    public boolean mayAssignTo(long organizationId) {
        return within(organizationId);
    }

    // ---- assignments

    /** Whether the acting user reports progress for an assignment carried today by {@code carrierId}. */
    public boolean mayReport(Long carrierId) {
        return carrierId != null && user().organizationId() == carrierId && staff();
    }

    /** Whether the acting user accepts or returns progress on assignments of a plan owned by {@code owner}. */
    public boolean mayReview(long ownerOrganizationId) {
        CurrentUser user = user();
        return user.organizationId() == ownerOrganizationId
                && (user.has(Role.CENTRAL_STAFF) || user.has(Role.LEADER));
    }

    /**
     * The assignment if the acting user reads it ({@link #assignmentReadable}), with its carrier today; one query.
     */
    public Optional<AssignmentHeader> findReadable(long assignmentId) {
        Map<String, Object> params = new HashMap<>(parameters());
        params.put("id", assignmentId);
        return jdbc.sql("SELECT a.id, a.task_id, t.plan_id, p.owner_organization_id, a.organization_id, "
                + CARRIER_TODAY + " AS carrier_id, a.status, a.due_on, a.version"
                + " FROM tracking_assignment a JOIN tracking_task t ON t.id = a.task_id"
                + " JOIN tracking_plan p ON p.id = t.plan_id WHERE a.id = :id AND "
                + assignmentReadable("a", "p.owner_organization_id"))
                .params(params)
                .query((rs, n) -> new AssignmentHeader(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), (Long) rs.getObject(6), rs.getString(7),
                        rs.getObject(8, java.time.LocalDate.class), rs.getLong(9)))
                .optional();
    }

    /** The assignment if the acting user reads it, else “not found”. */
    public AssignmentHeader requireReadable(long assignmentId) {
        return findReadable(assignmentId)
                .orElseThrow(() -> UserFacingException.notFound("tracking.assignment.notFound"));
    }

    /** The assignment if the acting user may report its progress: “not found” if unreadable, else 403. */
    public AssignmentHeader requireReporter(long assignmentId) {
        AssignmentHeader header = requireReadable(assignmentId);
        if (!mayReport(header.carrierId())) {
            throw new AccessDeniedException("not the carrier's staff");
        }
        return header;
    }

    /** The assignment if the acting user may accept or return its progress: “not found” if unreadable, else 403. */
    public AssignmentHeader requireReviewer(long assignmentId) {
        AssignmentHeader header = requireReadable(assignmentId);
        if (!mayReview(header.ownerOrganizationId())) {
            throw new AccessDeniedException("not the assigning side");
        }
        return header;
    }

    // ---- SQL for lists

    /**
     * SQL condition: the acting user reads the plan aliased {@code planAlias} (a {@code tracking_plan} row: central
     * plans for everyone, others within the owner's province). Bind {@link #parameters()}.
     */
    public String planReadable(String planAlias) {
        return "(:trackingNational OR " + planAlias + ".owner_central OR " + planAlias
                + ".owner_organization_id = :trackingUserOrg OR organization_within(" + planAlias
                + ".owner_organization_id, :scopeNational, :scopeLineage, :scopeToday))";
    }

    /**
     * SQL condition: the acting user reads the assignment aliased {@code assignmentAlias} of a plan whose owner is
     * the expression {@code ownerColumn}: national readers, the assigning side, or a carrier (at any time) within
     * the reader's scope. Bind {@link #parameters()}.
     */
    public String assignmentReadable(String assignmentAlias, String ownerColumn) {
        return "(:trackingNational OR " + ownerColumn + " = :trackingUserOrg OR EXISTS (SELECT 1 FROM tracking_carrier rc"
                + " WHERE rc.assignment_id = " + assignmentAlias + ".id AND organization_within(rc.organization_id,"
                + " :scopeNational, :scopeLineage, :scopeToday)))";
    }

    /** The bound parameters of {@link #planReadable} and {@link #assignmentReadable}, and {@code :trackingToday}. */
    public Map<String, Object> parameters() {
        Scope scope = scope();
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("trackingNational", scope.national());
        params.put("trackingUserOrg", user().organizationId());
        params.put("trackingToday", VietnamTime.today());
        return params;
    }

    /**
     * SQL: the id of the organisation that carries the assignment aliased {@code a} today (one row or NULL); binds
     * {@code :trackingToday} of {@link #parameters()}.
     */
    public String carrierTodaySql() {
        return CARRIER_TODAY;
    }
}
