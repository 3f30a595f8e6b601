package vn.phoihop.tracking.plan;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tracking plans, groups, tasks and assignments written straight into the tables (tests may), with unique codes:
 * for tests that need them as they are, not as the services would check them.
 */
@Component
public class TrackingPlanFixtures {

    private final JdbcClient jdbc;

    TrackingPlanFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A plan owned by the organisation {@code ownerCode} (OTHER source), starting 01/01/2025. */
    public long plan(String ownerCode, String title) {
        return jdbc.sql("""
                INSERT INTO tracking_plan (title, owner_organization_id, owner_central, source_type, source_label,
                                           starts_on, created_by)
                SELECT :title, o.id, o.kind IN ('NATION', 'CENTRAL_PARTY_BODY', 'POLITBURO', 'SECRETARIAT',
                       'CENTRAL_POLICE_PARTY_COMMITTEE', 'MINISTRY', 'CENTRAL_STATE_BODY', 'STAFF_AGENCY'),
                       'OTHER', 'Nguồn thử', DATE '2025-01-01', 'fixture'
                FROM organization o WHERE o.code = :code RETURNING id
                """).param("title", title).param("code", ownerCode).query(Long.class).single();
    }

    /** A task group of the plan. */
    public long group(long planId, String code) {
        return jdbc.sql("INSERT INTO tracking_task_group (plan_id, position, code, title) VALUES (:p, 1, :c,"
                + " 'Nhóm thử ' || :c) RETURNING id").param("p", planId).param("c", code).query(Long.class).single();
    }

    /** A task of the group, due on {@code dueOn}. */
    public long task(long planId, long groupId, String code, LocalDate dueOn) {
        return jdbc.sql("INSERT INTO tracking_task (plan_id, group_id, position, code, title, due_on, created_by)"
                + " VALUES (:p, :g, 1, :c, 'Nhiệm vụ thử ' || :c, :d, 'fixture') RETURNING id").param("p", planId)
                .param("g", groupId).param("c", code).param("d", dueOn).query(Long.class).single();
    }

    /** An assignment of the task to the organisation {@code orgCode}, carried by it from {@code from}. */
    public long assign(long taskId, String orgCode, LocalDate from) {
        long id = jdbc.sql("INSERT INTO tracking_assignment (task_id, organization_id, due_on, assigned_by)"
                + " SELECT :t, id, DATE '2026-12-31', 'fixture' FROM organization WHERE code = :c RETURNING id")
                .param("t", taskId).param("c", orgCode).query(Long.class).single();
        jdbc.sql("INSERT INTO tracking_carrier (assignment_id, organization_id, valid_from) SELECT :a, id, :f"
                + " FROM organization WHERE code = :c").param("a", id).param("c", orgCode).param("f", from).update();
        return id;
    }

    /**
     * The access matrix's targets: {@code {tplan}} a plan of the central staff agency (own: every actor reads it)
     * and one of Công an thành phố Hà Nội (other); {@code {ttask}} a task of each, assigned to Bắc Ninh's and Hà
     * Nội's police respectively.
     */
    public Map<String, long[]> matrixTargets() {
        long central = plan("CTDCT", "Kế hoạch ma trận trung ương");
        long hanoi = plan("T01-CA", "Kế hoạch ma trận Hà Nội");
        long centralTask = task(central, group(central, "1"), "1.1", LocalDate.of(2026, 12, 31));
        long hanoiTask = task(hanoi, group(hanoi, "1"), "1.1", LocalDate.of(2026, 12, 31));
        assign(centralTask, "T20-CA", LocalDate.of(2025, 8, 1));
        assign(hanoiTask, "T01-CA", LocalDate.of(2025, 8, 1));
        return Map.of("{tplan}", new long[] { central, hanoi }, "{ttask}", new long[] { centralTask, hanoiTask });
    }
}
