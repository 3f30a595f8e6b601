package vn.phoihop.tracking.demo;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.organization.OrganizationSummary;
import vn.phoihop.organization.Organizations;
import vn.phoihop.platform.PhoiHopSettings;
import vn.phoihop.platform.VietnamTime;

/**
 * Demo mode only, once (when the plan of Resolution 12-NQ/TW is not there yet), after the documents' and the
 * reporting demo: the plan {@value DemoPlans#RESOLUTION_PLAN} with the resolution's seven groups of tasks and
 * solutions (one task each, milestones 2025 and 2030), and the plan {@value DemoPlans#PLAN_118} whose seven tasks
 * were assigned on 01/03/2023 to the 63 provincial police forces of that time, with seeded progress accepted by
 * canbo.tw from 2023 to today (some done, some blocked, some overdue, some pending). The forces merged on 01/07/2025
 * carry their assignments until 30/06/2025; an assignment still open then is carried by the successor from
 * 01/07/2025 ({@code organization_current}), a done one stays. Hà Nội's task of group 5 stays open and has a pending
 * update carrying {@value #CANARY}, which no Bắc Ninh reader may ever see. Both plans belong to the central staff
 * agency (CTDCT); an interim review (sơ kết) of Plan 118 covers 01/03/2023–01/03/2026. The carriers' history rows carry no reorganisation id (the demo writes them directly).
 */
@Component
@Order(50)
class TrackingDemo implements ApplicationRunner {

    /** The narrative of the Hà Nội canary update (CanaryTests looks for it in every response to Bắc Ninh readers). */
    static final String CANARY = "CANARY-HN-TRACKING";

    static final long SEED = 20_230_301L;

    static final LocalDate ASSIGNED = LocalDate.of(2023, 3, 1);

    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    private static final String PLANNER = "canbo.tw";

    private static final Logger LOG = LoggerFactory.getLogger(TrackingDemo.class);

    private final PhoiHopSettings settings;
    private final Organizations organizations;
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate transactions;

    TrackingDemo(PhoiHopSettings settings, Organizations organizations, JdbcClient jdbc, JdbcTemplate batch,
            TransactionTemplate transactions) {
        this.settings = settings;
        this.organizations = organizations;
        this.jdbc = jdbc;
        this.batch = batch;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.demo() || present()) {
            return;
        }
        long started = System.nanoTime();
        Integer stored = transactions.execute(s -> seed(VietnamTime.today()));
        LOG.info("Demo data: {} tracking assignments in {} ms", stored, (System.nanoTime() - started) / 1_000_000);
    }

    boolean present() {
        return jdbc.sql("SELECT count(*) FROM tracking_plan WHERE title = :t").param("t", DemoPlans.RESOLUTION_PLAN)
                .query(Long.class).single() > 0;
    }

    private int seed(LocalDate today) {
        Long owner = organizations.findByCode("CTDCT").map(OrganizationSummary::id).orElse(null);
        Long resolution = document("12-NQ/TW");
        Long plan118 = document("118-KH/ĐUCA");
        if (owner == null || resolution == null || plan118 == null) {
            return 0;
        }
        long first = plan(DemoPlans.RESOLUTION_PLAN, owner, resolution, LocalDate.of(2022, 3, 16));
        List<Long> resolutionTasks = groupsAndTasks(first, false);
        for (long task : resolutionTasks) {
            jdbc.sql("INSERT INTO tracking_milestone (task_id, due_on, title) VALUES (:t, DATE '2025-12-31',"
                    + " 'Mục tiêu đến năm 2025'), (:t, DATE '2030-12-31', 'Mục tiêu đến năm 2030')")
                    .param("t", task).update();
        }
        long second = plan(DemoPlans.PLAN_118, owner, plan118, LocalDate.of(2022, 5, 25));
        groupsAndTasks(second, true);
        int assigned = assignAll(second, today);
        jdbc.sql("INSERT INTO tracking_review (plan_id, kind, title, period_from, period_to, created_by, created_at)"
                + " VALUES (:p, 'INTERIM', :title, DATE '2023-03-01', DATE '2026-03-01', :by, :at)").param("p", second)
                .param("title", "Báo cáo sơ kết 3 năm thực hiện Kế hoạch số 118-KH/ĐUCA").param("by", PLANNER)
                .param("at", at(LocalDate.of(2026, 3, 10))).update();
        return assigned;
    }

    private Long document(String notation) {
        return jdbc.sql("SELECT min(id) FROM document WHERE notation = :n").param("n", notation).query(Long.class)
                .optional().orElse(null);
    }

    private long plan(String title, long owner, long document, LocalDate startsOn) {
        return jdbc.sql("INSERT INTO tracking_plan (title, owner_organization_id, owner_central, source_document_id,"
                + " source_type, starts_on, ends_on, created_by, created_at) VALUES (:title, :owner, TRUE, :doc,"
                + " 'DOCUMENT', :starts, DATE '2030-12-31', :by, :at) RETURNING id")
                .param("title", title).param("owner", owner).param("doc", document).param("starts", startsOn)
                .param("by", PLANNER).param("at", at(startsOn.plusDays(10))).query(Long.class).single();
    }

    /** The seven groups, one task each; returns the tasks' ids in group order. */
    private List<Long> groupsAndTasks(long plan, boolean dueDates) {
        List<Long> tasks = new ArrayList<>();
        int position = 0;
        for (DemoPlans.Group g : DemoPlans.GROUPS) {
            position++;
            long group = jdbc.sql("INSERT INTO tracking_task_group (plan_id, position, code, title) VALUES (:p, :pos,"
                    + " :code, :title) RETURNING id").param("p", plan).param("pos", position).param("code", g.code())
                    .param("title", g.title()).query(Long.class).single();
            tasks.add(jdbc.sql("INSERT INTO tracking_task (plan_id, group_id, position, code, title, due_on,"
                    + " created_by) VALUES (:p, :g, :pos, :code, :title, :due, :by) RETURNING id").param("p", plan)
                    .param("g", group).param("pos", position).param("code", g.code() + ".1").param("title", g.task())
                    .param("due", dueDates ? g.dueOn() : null).param("by", PLANNER).query(Long.class).single());
        }
        return tasks;
    }

    private record Assigned(long id, long organizationId, String groupCode, LocalDate dueOn) {
    }

    /** Assigns the plan's tasks to the forces of 01/03/2023 with their progress and carriers; returns the count. */
    private int assignAll(long plan, LocalDate today) {
        List<OrganizationSummary> forces = organizations.allOfKindOn(OrganizationKind.PROVINCIAL_POLICE, ASSIGNED);
        Set<Long> continuing = organizations.allOfKindOn(OrganizationKind.PROVINCIAL_POLICE, REFORM).stream()
                .map(OrganizationSummary::id).collect(Collectors.toSet());
        Map<Long, Long> current = new HashMap<>();
        jdbc.sql("SELECT x, organization_current(x) FROM unnest(CAST(:ids AS BIGINT[])) AS x")
                .param("ids", forces.stream().map(OrganizationSummary::id).toArray(Long[]::new))
                .query((rs, n) -> current.put(rs.getLong(1), rs.getLong(2))).list();
        Long hanoi = organizations.findByCode("T01-CA").map(OrganizationSummary::id).orElse(null);
        Map<Long, String> codes = forces.stream().collect(Collectors.toMap(OrganizationSummary::id,
                OrganizationSummary::code));
        List<Assigned> assigned = jdbc.sql("INSERT INTO tracking_assignment (task_id, organization_id, due_on,"
                + " resolved_as_of, batch_id, assigned_by, assigned_at) SELECT t.id, o, t.due_on, :asOf, :batch, :by,"
                + " :at FROM tracking_task t CROSS JOIN unnest(CAST(:orgs AS BIGINT[])) AS o WHERE t.plan_id = :plan"
                + " RETURNING id, organization_id, (SELECT split_part(code, '.', 1) FROM tracking_task WHERE id ="
                + " task_id), due_on")
                .param("asOf", ASSIGNED).param("batch", UUID.nameUUIDFromBytes(("demo-" + plan).getBytes()))
                .param("by", PLANNER).param("at", at(ASSIGNED)).param("plan", plan)
                .param("orgs", forces.stream().map(OrganizationSummary::id).toArray(Long[]::new))
                .query((rs, n) -> new Assigned(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class)))
                .list();
        List<Object[]> carriers = new ArrayList<>();
        List<Object[]> progress = new ArrayList<>();
        for (Assigned a : assigned) {
            long former = a.organizationId();
            boolean ends = !continuing.contains(former);
            long successor = current.getOrDefault(former, former);
            boolean canary = hanoi != null && successor == hanoi && "5".equals(a.groupCode());
            Random random = new Random(SEED + 31L * codes.get(former).hashCode() + a.groupCode().hashCode());
            List<DemoUpdate> updates = DemoProgress.of(random, ASSIGNED, a.dueOn(), today, canary);
            boolean doneBefore = updates.stream().anyMatch(u -> "DONE".equals(u.status()) && u.acceptedOn() != null
                    && u.acceptedOn().isBefore(REFORM));
            boolean handedOver = ends && !doneBefore && successor != former;
            carriers.add(new Object[] { a.id(), former, ASSIGNED, ends ? REFORM.minusDays(1) : null });
            if (handedOver) {
                carriers.add(new Object[] { a.id(), successor, REFORM, null });
            }
            for (DemoUpdate u : updates) {
                long by = handedOver && !u.reportedOn().isBefore(REFORM) ? successor : former;
                progress.add(progressRow(a.id(), by, u));
            }
            if (canary) {
                progress.add(progressRow(a.id(), successor, new DemoUpdate(today.minusDays(1), null,
                        "IN_PROGRESS", 70, CANARY + " — báo cáo của Công an thành phố Hà Nội chưa được tiếp nhận")));
            }
        }
        batch.batchUpdate("INSERT INTO tracking_carrier (assignment_id, organization_id, valid_from, valid_to)"
                + " VALUES (?, ?, ?, ?)", carriers);
        batch.batchUpdate("INSERT INTO tracking_progress (assignment_id, organization_id, status, percent, narrative,"
                + " reported_by, reported_at, review_status, reviewed_by, reviewed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?)", progress);
        jdbc.sql("""
                UPDATE tracking_assignment a SET status = g.status, percent = g.percent
                FROM (SELECT DISTINCT ON (assignment_id) assignment_id, status, percent FROM tracking_progress
                      WHERE review_status = 'ACCEPTED' AND assignment_id = ANY (CAST(:ids AS BIGINT[]))
                      ORDER BY assignment_id, reviewed_at DESC, id DESC) g
                WHERE a.id = g.assignment_id
                """).param("ids", assigned.stream().map(Assigned::id).toArray(Long[]::new)).update();
        return assigned.size();
    }

    private static Object[] progressRow(long assignment, long organization, DemoUpdate u) {
        boolean accepted = u.acceptedOn() != null;
        return new Object[] { assignment, organization, u.status(), u.percent(), u.narrative(), "demo",
            at(u.reportedOn()), accepted ? "ACCEPTED" : "PENDING", accepted ? PLANNER : null,
            accepted ? at(u.acceptedOn()) : null };
    }

    /** 09:00 in Việt Nam on that day. */
    private static Timestamp at(LocalDate day) {
        return Timestamp.from(day.atTime(LocalTime.of(9, 0)).atZone(VietnamTime.ZONE).toInstant());
    }
}
