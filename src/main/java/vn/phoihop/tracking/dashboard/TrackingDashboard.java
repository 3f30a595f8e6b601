package vn.phoihop.tracking.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.organization.OrganizationSummary;
import vn.phoihop.organization.Organizations;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.VietnamTime;
import vn.phoihop.tracking.assignment.TaskStatus;
import vn.phoihop.tracking.assignment.TrackingAccess;

/**
 * The dashboard of a plan: the province × task group matrix on a date ({@link #matrix}), the assignments behind a
 * cell ({@link #cell}) and the overdue ones ({@link #overdue}), always within what the acting user may read (a
 * province sees its own row only). Every number comes from {@link DashboardQuery}; the review reports call
 * {@link #matrix} too, so their numbers equal the dashboard's by construction.
 */
@Service
@Transactional(readOnly = true)
public class TrackingDashboard {

    /** The earliest and latest dates a dashboard accepts. */
    static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);

    /** At most this many assignments in a drill-down list. */
    public static final int CELL_LIMIT = 500;

    private final DashboardQuery query;
    private final TrackingAccess access;
    private final Organizations organizations;
    private final JdbcClient jdbc;

    TrackingDashboard(DashboardQuery query, TrackingAccess access, Organizations organizations, JdbcClient jdbc) {
        this.query = query;
        this.access = access;
        this.organizations = organizations;
        this.jdbc = jdbc;
    }

    /** The plans the acting user reads, those with assignments first, then newest first. */
    public List<PlanChoice> plans() {
        return jdbc.sql("SELECT * FROM (SELECT p.id, p.title, p.owner_organization_id, (SELECT count(*) FROM"
                + " tracking_assignment a JOIN tracking_task t ON t.id = a.task_id WHERE t.plan_id = p.id) AS n FROM"
                + " tracking_plan p WHERE " + access.planReadable("p") + ") x ORDER BY x.n > 0 DESC, x.id DESC")
                .params(access.parameters())
                .query((rs, n) -> new PlanChoice(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    /** The plan if the acting user reads it. */
    public Optional<PlanChoice> plan(long planId) {
        return plans().stream().filter(p -> p.id() == planId).findFirst();
    }

    /** The plan if the acting user reads it, else “not found”. */
    public PlanChoice requirePlan(long planId) {
        return plan(planId).orElseThrow(() -> UserFacingException.notFound("tracking.plan.notFound"));
    }

    /** {@code asOf}, or today when absent; a date outside 2000–2100 is refused with a Vietnamese message. */
    public static LocalDate day(LocalDate asOf) {
        LocalDate day = asOf == null ? VietnamTime.today() : asOf;
        if (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY)) {
            throw UserFacingException.invalid("tracking.dashboard.badDate");
        }
        return day;
    }

    /**
     * The matrix of the plan on {@code asOf} (today when {@code null}), counting only assignments shown with
     * {@code status} when given. “Not found” for a plan the acting user does not read.
     */
    public DashboardMatrix matrix(long planId, LocalDate asOf, TaskStatus status) {
        PlanChoice plan = requirePlan(planId);
        LocalDate day = day(asOf);
        List<DashboardQuery.Count> counts = query.counts(planId, day, status);
        List<DashboardMatrix.Group> groups = groups(planId, counts.stream().anyMatch(c -> c.groupId() == 0));
        Map<Long, Integer> column = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            column.put(groups.get(i).id(), i);
        }
        Map<Long, StatusCounts[]> byProvince = new HashMap<>();
        for (DashboardQuery.Count c : counts) {
            StatusCounts[] cells = byProvince.computeIfAbsent(c.provinceId(), k -> empty(groups.size()));
            int i = column.get(c.groupId());
            cells[i] = cells[i].plus(StatusCounts.of(c.status(), c.count()));
        }
        Map<Long, String> names = names(byProvince.keySet(), day);
        List<DashboardMatrix.ProvinceRow> rows = new ArrayList<>();
        StatusCounts[] groupTotals = empty(groups.size());
        StatusCounts total = StatusCounts.NONE;
        for (Map.Entry<Long, StatusCounts[]> e : byProvince.entrySet()) {
            StatusCounts rowTotal = StatusCounts.NONE;
            for (int i = 0; i < groups.size(); i++) {
                rowTotal = rowTotal.plus(e.getValue()[i]);
                groupTotals[i] = groupTotals[i].plus(e.getValue()[i]);
            }
            total = total.plus(rowTotal);
            rows.add(new DashboardMatrix.ProvinceRow(e.getKey(), names.get(e.getKey()), List.of(e.getValue()),
                    rowTotal));
        }
        rows.sort(Comparator.comparing(DashboardMatrix.ProvinceRow::name, VIETNAMESE)
                .thenComparing(DashboardMatrix.ProvinceRow::provinceId));
        return new DashboardMatrix(plan, day, status, groups, List.copyOf(rows), List.of(groupTotals), total);
    }

    /**
     * The assignments of one cell, row or column ({@code provinceId}, {@code groupId} or both; {@code null} for any),
     * at most {@link #CELL_LIMIT}, with their provinces named as of the date.
     */
    public List<CellItem> cell(long planId, LocalDate asOf, TaskStatus status, Long provinceId, Long groupId) {
        requirePlan(planId);
        LocalDate day = day(asOf);
        return named(query.items(planId, day, status, provinceId, groupId, CELL_LIMIT), day);
    }

    /** The assignments shown overdue on {@code asOf}, by due date, at most {@link #CELL_LIMIT}. */
    public List<CellItem> overdue(long planId, LocalDate asOf) {
        return cell(planId, asOf, TaskStatus.OVERDUE, null, null);
    }

    private List<CellItem> named(List<CellItem> items, LocalDate day) {
        Set<Long> ids = new TreeSet<>();
        items.forEach(i -> ids.add(i.provinceId()));
        Map<Long, String> names = names(ids, day);
        return items.stream().map(i -> new CellItem(i.assignmentId(), i.taskId(), i.taskCode(), i.taskTitle(),
                i.provinceId(), names.get(i.provinceId()), i.carrierId(), i.status(), i.percent(), i.dueOn()))
                .toList();
    }

    private List<DashboardMatrix.Group> groups(long planId, boolean ungrouped) {
        List<DashboardMatrix.Group> groups = new ArrayList<>(jdbc.sql("SELECT id, code, title FROM tracking_task_group"
                + " WHERE plan_id = :plan ORDER BY position, id").param("plan", planId)
                .query((rs, n) -> new DashboardMatrix.Group(rs.getLong(1), rs.getString(2), rs.getString(3))).list());
        if (ungrouped) {
            groups.add(new DashboardMatrix.Group(0, "—", ""));
        }
        return List.copyOf(groups);
    }

    /** Names as of the day (an organisation ended by then keeps its last name). */
    private Map<Long, String> names(Set<Long> ids, LocalDate day) {
        Map<Long, OrganizationSummary> asOf = organizations.findAllAsOf(ids, day);
        Map<Long, String> names = new LinkedHashMap<>();
        for (long id : ids) {
            OrganizationSummary o = asOf.get(id);
            names.put(id, o != null ? o.name() : organizations.find(id).map(OrganizationSummary::name)
                    .orElse(String.valueOf(id)));
        }
        return names;
    }

    private static StatusCounts[] empty(int size) {
        StatusCounts[] cells = new StatusCounts[size];
        java.util.Arrays.fill(cells, StatusCounts.NONE);
        return cells;
    }

    /** Vietnamese collation of names (Ả before B). */
    private static final Comparator<String> VIETNAMESE = java.text.Collator
            .getInstance(java.util.Locale.forLanguageTag("vi"))::compare;
}
