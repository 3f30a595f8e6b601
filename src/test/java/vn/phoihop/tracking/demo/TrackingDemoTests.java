package vn.phoihop.tracking.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.support.Fixtures;
import vn.phoihop.tracking.dashboard.DashboardMatrix;
import vn.phoihop.tracking.dashboard.TrackingDashboard;

/**
 * The tracking demo: the plans of 12-NQ/TW (seven groups) and 118-KH/ĐUCA (seven tasks assigned to the 63 forces of
 * 2023), varied progress, the open assignments carried by today's 34 forces after the merger, the Hà Nội canary, and
 * a second run changing nothing.
 */
@SpringBootTest
class TrackingDemoTests {

    @Autowired JdbcClient jdbc;
    @Autowired TrackingDemo demo;
    @Autowired TrackingDashboard dashboard;
    @Autowired Fixtures fixtures;

    @Test
    void theDemoPlansAreAssignedToTheSixtyThreeForcesAndCarriedAcrossTheMerger() {
        long plan = plan(DemoPlans.PLAN_118);
        assertThat(count("SELECT count(*) FROM tracking_task_group g JOIN tracking_plan p ON p.id = g.plan_id"
                + " WHERE p.title = :t", DemoPlans.RESOLUTION_PLAN)).isEqualTo(7);
        assertThat(count("SELECT count(*) FROM tracking_assignment a JOIN tracking_task t ON t.id = a.task_id"
                + " JOIN tracking_plan p ON p.id = t.plan_id WHERE p.title = :t", DemoPlans.PLAN_118)).isEqualTo(7 * 63);
        for (String status : new String[] { "DONE", "IN_PROGRESS", "BLOCKED", "NOT_STARTED" }) {
            assertThat(count("SELECT count(*) FROM tracking_assignment a JOIN tracking_task t ON t.id = a.task_id"
                    + " JOIN tracking_plan p ON p.id = t.plan_id WHERE p.title = :t AND a.status = '" + status + "'",
                    DemoPlans.PLAN_118)).as(status).isPositive();
        }
        assertThat(count("SELECT count(*) FROM tracking_progress g JOIN tracking_assignment a ON a.id ="
                + " g.assignment_id JOIN tracking_task t ON t.id = a.task_id JOIN tracking_plan p ON p.id = t.plan_id"
                + " WHERE p.title = :t AND g.review_status = 'PENDING'", DemoPlans.PLAN_118)).isPositive();
        CurrentUser central = Fixtures.principal(fixtures.user("trk.demo.central", "CTDCT", Role.CENTRAL_STAFF));
        DashboardMatrix before = Fixtures.as(central, () -> dashboard.matrix(plan, LocalDate.of(2025, 6, 1), null));
        assertThat(before.rows()).hasSize(63);
        assertThat(before.total().total()).isEqualTo(7 * 63);
        DashboardMatrix today = Fixtures.as(central, () -> dashboard.matrix(plan, null, null));
        assertThat(today.rows()).hasSize(34);
        assertThat(today.total().total()).isEqualTo(7 * 63);
        assertThat(today.total().overdue()).isPositive();
        CurrentUser bacNinh = Fixtures.principal(fixtures.user("trk.demo.police", "T20-CA",
                Role.PROVINCE_POLICE_STAFF));
        DashboardMatrix own = Fixtures.as(bacNinh, () -> dashboard.matrix(plan, null, null));
        assertThat(own.rows()).singleElement().satisfies(r -> assertThat(r.name()).contains("Bắc Ninh"));
        assertThat(own.total().total()).as("Bắc Ninh and Bắc Giang's tasks").isEqualTo(14);
    }

    @Test
    void theHanoiCanaryIsCarriedByHanoiToday() {
        assertThat(count("SELECT count(*) FROM tracking_progress g JOIN tracking_carrier c ON c.assignment_id ="
                + " g.assignment_id AND c.valid_to IS NULL JOIN organization o ON o.id = c.organization_id"
                + " WHERE o.code = 'T01-CA' AND g.narrative LIKE :t", TrackingDemo.CANARY + "%")).isEqualTo(1);
    }

    @Test
    void aSecondRunChangesNothing() {
        long assignments = count("SELECT count(*) FROM tracking_assignment WHERE assigned_by = :t", "canbo.tw");
        long progress = count("SELECT count(*) FROM tracking_progress WHERE reported_by = :t", "demo");
        demo.run(null);
        assertThat(count("SELECT count(*) FROM tracking_assignment WHERE assigned_by = :t", "canbo.tw"))
                .isEqualTo(assignments);
        assertThat(count("SELECT count(*) FROM tracking_progress WHERE reported_by = :t", "demo")).isEqualTo(progress);
        assertThat(count("SELECT count(*) FROM tracking_plan WHERE title = :t", DemoPlans.PLAN_118)).isEqualTo(1);
    }

    private long plan(String title) {
        return jdbc.sql("SELECT id FROM tracking_plan WHERE title = :t").param("t", title).query(Long.class).single();
    }

    private long count(String sql, String t) {
        return jdbc.sql(sql).param("t", t).query(Long.class).single();
    }
}
