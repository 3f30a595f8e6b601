package vn.phoihop.reporting.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.reporting.period.PeriodCommands.GeneratePeriods;
import vn.phoihop.reporting.period.PeriodCommands.NewPeriod;
import vn.phoihop.support.Fixtures;

/**
 * The calendar service: periodic periods are created ahead idempotently (a second run, or the daily task after the
 * staff's action, creates nothing twice) with the rules' codes, names and dates; ad hoc periods are created one by
 * one by central staff only, and refused with the field at fault on impossible or inconsistent dates.
 */
@SpringBootTest
class PeriodCalendarTests {

    @Autowired PeriodCalendar calendar;
    @Autowired PeriodFixtures periodFixtures;
    @Autowired Fixtures fixtures;
    @Autowired ReportingPeriods periods;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationContext context;

    @Test
    void periodicPeriodsAreCreatedOnceWhateverTheRuns() {
        long quarterly = periodFixtures.template("RPQ" + tag(), "QUARTERLY");
        assertThat(calendar.ensure(quarterly, YearMonth.of(2025, 2), 12)).isEqualTo(5);
        assertThat(calendar.ensure(quarterly, YearMonth.of(2025, 1), 15)).isZero();
        List<Period> all = periods.ofTemplate(quarterly, null);
        assertThat(all).extracting(Period::code).containsExactly("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4",
                "2026-Q1");
        Period q3 = all.get(2);
        assertThat(q3.name()).isEqualTo("Quý III/2025");
        assertThat(q3.dataFrom()).isEqualTo(LocalDate.of(2025, 6, 15));
        assertThat(q3.dataTo()).isEqualTo(LocalDate.of(2025, 9, 14));
        assertThat(q3.dueOn()).isEqualTo(LocalDate.of(2025, 9, 25));
        assertThat(q3.lockedOn()).isEqualTo(LocalDate.of(2025, 10, 5));
        assertThat(periods.ofTemplate(quarterly, 2026)).extracting(Period::code).containsExactly("2026-Q1");

        CurrentUser central = central();
        int generated = Fixtures.as(central, () -> calendar.generate(new GeneratePeriods(quarterly,
                YearMonth.of(2025, 1), 18)));
        assertThat(generated).isEqualTo(1);
        calendar.ensureAllAhead(3);
        assertThat(calendar.ensureAllAhead(3)).as("the daily run repeated creates nothing").isZero();
        assertThat(context.getBean("reportingPeriodCalendarTask")).isInstanceOf(RecurringTask.class);
    }

    @Test
    void adHocPeriodsAreCreatedByCentralStaffWithConsistentDates() {
        long adHoc = periodFixtures.template("RPA" + tag(), "AD_HOC");
        long monthly = periodFixtures.template("RPM" + tag(), "MONTHLY");
        assertThat(calendar.ensure(adHoc, YearMonth.of(2025, 1), 12)).isZero();
        CurrentUser central = central();
        NewPeriod good = new NewPeriod(adHoc, "DX-01", "Báo cáo đột xuất về bão số 3", LocalDate.of(2025, 9, 1),
                LocalDate.of(2025, 9, 10), null, null, LocalDate.of(2025, 9, 15), LocalDate.of(2025, 9, 30));
        long id = Fixtures.as(central, () -> calendar.create(good));
        Period created = periods.find(id).orElseThrow();
        assertThat(created.dataFrom()).isEqualTo(created.startsOn());
        assertThat(created.dataTo()).isEqualTo(created.endsOn());
        assertThat(created.name()).isEqualTo("Báo cáo đột xuất về bão số 3");

        assertRefused(central, good, "code", "reporting.period.code.taken");
        assertRefused(central, withDates(good, adHoc, LocalDate.of(2025, 9, 10), LocalDate.of(2025, 9, 1), null),
                "endsOn", "reporting.period.endsOn.beforeStart");
        assertRefused(central, withDates(good, adHoc, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 10),
                LocalDate.of(2025, 9, 15)), "lockedOn", "reporting.period.lockedOn.notAfterDue");
        assertRefused(central, withDates(good, adHoc, LocalDate.of(1900, 1, 1), LocalDate.of(2025, 9, 10), null),
                "startsOn", "input.date.outOfRange");
        assertRefused(central, withDates(good, monthly, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 10), null),
                "templateId", "reporting.period.template.periodic");
        NewPeriod badWindow = new NewPeriod(adHoc, "DX-02", "x", LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 10),
                LocalDate.of(2025, 9, 5), LocalDate.of(2025, 9, 4), LocalDate.of(2025, 9, 15), null);
        assertRefused(central, badWindow, "dataTo", "reporting.period.dataTo.beforeFrom");
        assertThat(periods.ofTemplate(adHoc, null)).extracting(Period::code).containsExactly("DX-01");

        CurrentUser police = Fixtures.principal(fixtures.user("rperiod.police", "T20-CA",
                Role.PROVINCE_POLICE_STAFF));
        NewPeriod other = withDates(good, adHoc, LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 2), null);
        assertThatThrownBy(() -> Fixtures.as(police, () -> calendar.create(other)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(periods.ofTemplate(adHoc, null)).hasSize(1);
    }

    private void assertRefused(CurrentUser user, NewPeriod command, String field, String key) {
        assertThatThrownBy(() -> Fixtures.as(user, () -> calendar.create(command)))
                .isInstanceOfSatisfying(PeriodRefusal.class, r -> {
                    assertThat(r.field()).isEqualTo(field);
                    assertThat(r.messageKey()).isEqualTo(key);
                });
    }

    private static NewPeriod withDates(NewPeriod p, long template, LocalDate start, LocalDate end, LocalDate locked) {
        return new NewPeriod(template, p.code() + "-X", p.name(), start, end, null, null, p.dueOn(), locked);
    }

    private CurrentUser central() {
        return Fixtures.principal(fixtures.user("rperiod.central", "CTDCT", Role.CENTRAL_STAFF));
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }
}
