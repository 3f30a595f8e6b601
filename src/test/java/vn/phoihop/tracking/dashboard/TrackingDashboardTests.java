package vn.phoihop.tracking.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.VietnamTime;
import vn.phoihop.support.Fixtures;
import vn.phoihop.support.RegistryFixtures;
import vn.phoihop.tracking.assignment.TaskStatus;
import vn.phoihop.tracking.review.ReviewFixtures;

/**
 * The dashboard's matrix: rows are the provinces of the carriers on the date, the status is the one accepted by
 * then, overdue is derived from the date, a province reads only its own row, the status filter and the drill-down
 * agree with the cells, and the totals add up (also over the demo plan on random dates).
 */
@SpringBootTest
class TrackingDashboardTests {

    static final LocalDate FROM = LocalDate.of(2025, 8, 1);
    static final LocalDate DUE_A = LocalDate.of(2026, 1, 31);
    static final LocalDate PAST = LocalDate.of(2025, 12, 1);

    @Autowired TrackingDashboard dashboard;
    @Autowired ReviewFixtures data;
    @Autowired Fixtures fixtures;
    @Autowired RegistryFixtures registry;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    long plan;
    long groupA;
    long groupB;
    long bacNinh;
    long haNoi;
    CurrentUser central;
    CurrentUser police;

    @BeforeEach
    void plan() {
        plan = data.plan("Kế hoạch thử bảng theo dõi " + UUID.randomUUID(), "CTDCT", true);
        groupA = data.group(plan, "1", "Nhóm thử một");
        groupB = data.group(plan, "2", "Nhóm thử hai");
        long taskA = data.task(plan, groupA, "1.1", DUE_A);
        long taskB = data.task(plan, groupB, "2.1", VietnamTime.today().plusYears(1));
        long bnA = data.assign(taskA, "T20-CA", FROM);
        data.accepted(bnA, "DONE", 100, LocalDate.of(2025, 9, 1));
        long bnB = data.assign(taskB, "T20-CA", FROM);
        data.accepted(bnB, "IN_PROGRESS", 40, LocalDate.of(2025, 10, 1));
        data.accepted(bnB, "BLOCKED", 40, LocalDate.of(2026, 2, 1));
        data.assign(taskA, "T01-CA", FROM);
        long hnB = data.assign(taskB, "T01-CA", FROM);
        data.accepted(hnB, "IN_PROGRESS", 50, LocalDate.of(2025, 9, 15));
        bacNinh = registry.id("T20");
        haNoi = registry.id("T01");
        central = Fixtures.principal(fixtures.user("trk.dash.central", "CTDCT", Role.CENTRAL_STAFF));
        police = Fixtures.principal(fixtures.user("trk.dash.police", "T20-CA", Role.PROVINCE_POLICE_STAFF));
    }

    @Test
    void todayTheAcceptedStatusesWithOverdueDerived() {
        DashboardMatrix m = Fixtures.as(central, () -> dashboard.matrix(plan, null, null));
        assertThat(m.asOf()).isEqualTo(VietnamTime.today());
        assertThat(m.groups()).extracting(DashboardMatrix.Group::id).containsExactly(groupA, groupB);
        assertThat(m.rows()).extracting(DashboardMatrix.ProvinceRow::provinceId).containsExactlyInAnyOrder(bacNinh,
                haNoi);
        assertThat(row(m, bacNinh).cells()).containsExactly(new StatusCounts(1, 0, 0, 0, 0),
                new StatusCounts(0, 0, 0, 1, 0));
        assertThat(row(m, haNoi).cells()).containsExactly(new StatusCounts(0, 0, 0, 0, 1),
                new StatusCounts(0, 1, 0, 0, 0));
        assertThat(row(m, haNoi).cells().get(0).colour()).isEqualTo("text-bg-danger");
        assertThat(row(m, bacNinh).cells().get(0).colour()).isEqualTo("text-bg-success");
        assertThat(m.total()).isEqualTo(new StatusCounts(1, 1, 0, 1, 1));
        assertThat(m.total().percentDone()).isEqualTo(25);
        assertAddsUp(m);
    }

    @Test
    void aPastDateTakesTheLastStatusAcceptedByThenAndItsOwnOverdue() {
        DashboardMatrix m = Fixtures.as(central, () -> dashboard.matrix(plan, PAST, null));
        assertThat(row(m, bacNinh).cells()).containsExactly(new StatusCounts(1, 0, 0, 0, 0),
                new StatusCounts(0, 1, 0, 0, 0));
        assertThat(row(m, haNoi).cells()).containsExactly(new StatusCounts(0, 0, 1, 0, 0),
                new StatusCounts(0, 1, 0, 0, 0));
        DashboardMatrix before = Fixtures.as(central, () -> dashboard.matrix(plan, FROM.minusDays(1), null));
        assertThat(before.rows()).isEmpty();
        assertThat(before.total().total()).isZero();
    }

    @Test
    void aProvinceReadsOnlyItsOwnRowAndCells() {
        DashboardMatrix m = Fixtures.as(police, () -> dashboard.matrix(plan, null, null));
        assertThat(m.rows()).extracting(DashboardMatrix.ProvinceRow::provinceId).containsExactly(bacNinh);
        assertThat(m.total().total()).isEqualTo(2);
        assertThat(Fixtures.as(police, () -> dashboard.cell(plan, null, null, haNoi, null))).isEmpty();
        assertThat(Fixtures.as(police, () -> dashboard.overdue(plan, null))).isEmpty();
        assertAddsUp(m);
    }

    @Test
    void theStatusFilterAndTheDrillDownAgreeWithTheCells() {
        DashboardMatrix overdue = Fixtures.as(central, () -> dashboard.matrix(plan, null, TaskStatus.OVERDUE));
        assertThat(overdue.rows()).extracting(DashboardMatrix.ProvinceRow::provinceId).containsExactly(haNoi);
        assertThat(overdue.total()).isEqualTo(new StatusCounts(0, 0, 0, 0, 1));
        List<CellItem> items = Fixtures.as(central, () -> dashboard.cell(plan, null, null, haNoi, groupA));
        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i.status()).isEqualTo(TaskStatus.OVERDUE);
            assertThat(i.dueOn()).isEqualTo(DUE_A);
            assertThat(i.provinceName()).containsIgnoringCase("Hà Nội");
        });
        assertThat(Fixtures.as(central, () -> dashboard.cell(plan, null, null, null, null))).hasSize(4);
        assertThat(Fixtures.as(central, () -> dashboard.overdue(plan, null))).hasSize(1);
    }

    @Test
    void badInputIsRefusedInVietnamese() {
        assertThatThrownBy(() -> Fixtures.as(central, () -> dashboard.matrix(plan, LocalDate.of(1800, 1, 1), null)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("tracking.dashboard.badDate"));
        assertThatThrownBy(() -> Fixtures.as(central, () -> dashboard.matrix(-1, null, null)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.status()).isEqualTo(404));
        long hanoiPlan = data.plan("Kế hoạch thử riêng Hà Nội " + UUID.randomUUID(), "T01-CA", false);
        assertThatThrownBy(() -> Fixtures.as(police, () -> dashboard.matrix(hanoiPlan, null, null)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    /** The demo plan on random dates: rows, columns and the grand total add up, for a national and a provincial reader. */
    @Test
    void theDemoPlansTotalsAddUpOnRandomDates() {
        Long demo = jdbc.sql("SELECT min(id) FROM tracking_plan WHERE title LIKE 'Thực hiện Kế hoạch số 118%'")
                .query(Long.class).optional().orElse(null);
        assertThat(demo).as("the demo plan of 118-KH/ĐUCA").isNotNull();
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int i = 0; i < 4; i++) {
            LocalDate day = LocalDate.of(2023, 3, 1).plusDays(random.nextInt(1400));
            for (CurrentUser reader : List.of(central, police)) {
                DashboardMatrix m = Fixtures.as(reader, () -> dashboard.matrix(demo, day, null));
                assertThat(m.total().total()).as("seed %d, %s", seed, day).isPositive();
                assertAddsUp(m);
            }
        }
    }

    static void assertAddsUp(DashboardMatrix m) {
        StatusCounts rows = StatusCounts.NONE;
        for (DashboardMatrix.ProvinceRow r : m.rows()) {
            assertThat(r.cells().stream().reduce(StatusCounts.NONE, StatusCounts::plus)).isEqualTo(r.total());
            rows = rows.plus(r.total());
        }
        assertThat(rows).isEqualTo(m.total());
        assertThat(m.groupTotals().stream().reduce(StatusCounts.NONE, StatusCounts::plus)).isEqualTo(m.total());
        for (int g = 0; g < m.groups().size(); g++) {
            int column = g;
            assertThat(m.rows().stream().map(r -> r.cells().get(column)).reduce(StatusCounts.NONE,
                    StatusCounts::plus)).isEqualTo(m.groupTotals().get(g));
        }
    }

    private static DashboardMatrix.ProvinceRow row(DashboardMatrix m, long province) {
        return m.rows().stream().filter(r -> r.provinceId() == province).findFirst().orElseThrow();
    }
}
