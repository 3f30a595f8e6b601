package vn.phoihop.tracking.review;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.phoihop.platform.VietnamTime;

/**
 * Tracking data for tests, written with SQL (committed unless the caller's transaction holds it): plans, task groups,
 * tasks, assignments with their first carrier, accepted progress (the assignment takes its status), reviews; and the
 * access matrix's {review} targets.
 */
@Component
public class ReviewFixtures {

    private final JdbcClient jdbc;

    ReviewFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A plan owned by the organisation with {@code ownerCode} (a central one when {@code central}). */
    public long plan(String title, String ownerCode, boolean central) {
        return jdbc.sql("INSERT INTO tracking_plan (title, owner_organization_id, owner_central, source_type,"
                + " source_label, starts_on, created_by) VALUES (:title, (SELECT id FROM organization WHERE code ="
                + " :owner), :central, 'OTHER', 'Kết luận hội nghị thử', DATE '2025-01-01', 'test') RETURNING id")
                .param("title", title).param("owner", ownerCode).param("central", central).query(Long.class).single();
    }

    public long group(long plan, String code, String title) {
        return jdbc.sql("INSERT INTO tracking_task_group (plan_id, position, code, title) VALUES (:p, (SELECT"
                + " count(*) + 1 FROM tracking_task_group WHERE plan_id = :p), :code, :title) RETURNING id")
                .param("p", plan).param("code", code).param("title", title).query(Long.class).single();
    }

    public long task(long plan, long group, String code, LocalDate dueOn) {
        return jdbc.sql("INSERT INTO tracking_task (plan_id, group_id, position, code, title, due_on, created_by)"
                + " VALUES (:p, :g, 1, :code, :title, :due, 'test') RETURNING id").param("p", plan).param("g", group)
                .param("code", code).param("title", "Nhiệm vụ thử " + code).param("due", dueOn).query(Long.class)
                .single();
    }

    /** An assignment of the task to the organisation with {@code orgCode}, carried by it from {@code from}. */
    public long assign(long task, String orgCode, LocalDate from) {
        long id = jdbc.sql("INSERT INTO tracking_assignment (task_id, organization_id, due_on, assigned_by)"
                + " SELECT :t, o.id, t.due_on, 'test' FROM organization o, tracking_task t WHERE o.code = :org"
                + " AND t.id = :t RETURNING id").param("t", task).param("org", orgCode).query(Long.class).single();
        jdbc.sql("INSERT INTO tracking_carrier (assignment_id, organization_id, valid_from) SELECT :a, organization_id,"
                + " :from FROM tracking_assignment WHERE id = :a").param("a", id).param("from", from).update();
        return id;
    }

    /** A progress update accepted at 10:00 on {@code acceptedOn}; the assignment takes its status and percentage. */
    public void accepted(long assignment, String status, int percent, LocalDate acceptedOn) {
        Timestamp at = Timestamp.from(acceptedOn.atTime(LocalTime.of(10, 0)).atZone(VietnamTime.ZONE).toInstant());
        jdbc.sql("INSERT INTO tracking_progress (assignment_id, organization_id, status, percent, narrative,"
                + " reported_by, reported_at, review_status, reviewed_by, reviewed_at) SELECT :a, organization_id,"
                + " :s, :p, 'Báo cáo thử', 'test', :at, 'ACCEPTED', 'test', :at FROM tracking_assignment WHERE id = :a")
                .param("a", assignment).param("s", status).param("p", percent).param("at", at).update();
        jdbc.sql("UPDATE tracking_assignment SET status = :s, percent = :p, version = version + 1 WHERE id = :a")
                .param("a", assignment).param("s", status).param("p", percent).update();
    }

    public long review(long plan, LocalDate from, LocalDate to) {
        return jdbc.sql("INSERT INTO tracking_review (plan_id, kind, title, period_from, period_to, created_by) VALUES"
                + " (:p, 'INTERIM', 'Báo cáo sơ kết thử', :from, :to, 'test') RETURNING id").param("p", plan)
                .param("from", from).param("to", to).query(Long.class).single();
    }

    /**
     * The access matrix's {review}: a review of a central plan (own: every signed-in reader reads it) and of a plan
     * of Công an thành phố Hà Nội (other: Bắc Ninh readers do not).
     */
    public long[] matrixTargets() {
        long central = plan("Kế hoạch thử ma trận quyền trung ương", "CTDCT", true);
        long hanoi = plan("Kế hoạch thử ma trận quyền Hà Nội", "T01-CA", false);
        LocalDate from = LocalDate.of(2025, 8, 1);
        return new long[] { review(central, from, from.plusMonths(6)), review(hanoi, from, from.plusMonths(6)) };
    }
}
