package vn.phoihop.reporting.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.reporting.ReportingFixtures;
import vn.phoihop.reporting.period.PeriodCommands.GrantException;
import vn.phoihop.support.Fixtures;
import vn.phoihop.support.RegistryFixtures;

/**
 * Lock exceptions: central staff grant one to a province expected to report a locked period, until a day not before
 * the lock date, with a reason; granting again changes it; the reviewer of a unit (the provincial police LEADER)
 * grants one to that unit, not to the province itself; staff below the reviewer level may not; a province's reader
 * lists only the exceptions within scope; revoking removes it.
 */
@SpringBootTest
class LockExceptionTests {

    @Autowired LockExceptions exceptions;
    @Autowired ReportingPeriods periods;
    @Autowired PeriodFixtures periodFixtures;
    @Autowired ReportingFixtures reporting;
    @Autowired RegistryFixtures registry;
    @Autowired Fixtures fixtures;

    @Test
    void grantChangeListAndRevoke() {
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        long template = periodFixtures.template("RPX" + tag, "MONTHLY");
        long period = periodFixtures.period(template, "2025-09", LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30),
                LocalDate.of(2025, 9, 25), LocalDate.of(2025, 10, 5));
        long open = periodFixtures.period(template, "2025-10", LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 31),
                LocalDate.of(2025, 10, 25), null);
        long unit = registry.unit("RPX-U-" + tag, OrganizationKind.POLICE_UNIT, "Phòng X " + tag, "T20-CA",
                LocalDate.of(2025, 7, 1));
        long bacNinh = registry.id("T20-CA");
        long hanoi = registry.id("T01-CA");
        for (String code : new String[] { "T20-CA", "T01-CA", "RPX-U-" + tag }) {
            reporting.assign(template, code, LocalDate.of(2025, 7, 1));
        }
        CurrentUser central = Fixtures.principal(fixtures.user("rperiod.central", "CTDCT", Role.CENTRAL_STAFF));
        CurrentUser leader = Fixtures.principal(fixtures.user("rperiod.leader", "T20-CA", Role.LEADER));
        CurrentUser police = Fixtures.principal(fixtures.user("rperiod.police", "T20-CA", Role.PROVINCE_POLICE_STAFF));

        long granted = Fixtures.as(central, () -> exceptions.grant(period, new GrantException(bacNinh,
                LocalDate.of(2025, 10, 20), "Mất điện kéo dài")));
        assertThat(periods.exceptionUntil(period, bacNinh)).contains(LocalDate.of(2025, 10, 20));
        assertThat(Fixtures.as(central, () -> exceptions.grant(period, new GrantException(bacNinh,
                LocalDate.of(2025, 10, 31), "Gia hạn thêm")))).isEqualTo(granted);
        assertThat(periods.exceptionUntil(period, bacNinh)).contains(LocalDate.of(2025, 10, 31));
        Fixtures.as(central, () -> exceptions.grant(period, new GrantException(hanoi, LocalDate.of(2025, 10, 10),
                "Lý do Hà Nội")));
        Fixtures.as(leader, () -> exceptions.grant(period, new GrantException(unit, LocalDate.of(2025, 10, 10),
                "Đơn vị mới thành lập")));

        refused(central, period, new GrantException(bacNinh, LocalDate.of(2025, 10, 1), "x"),
                "reporting.exception.until.beforeLock");
        refused(central, open, new GrantException(bacNinh, LocalDate.of(2025, 12, 1), "x"),
                "reporting.exception.neverLocked");
        refused(central, period, new GrantException(registry.id("T02-CA"), LocalDate.of(2025, 10, 10), "x"),
                "reporting.exception.notExpected");
        assertThatThrownBy(() -> Fixtures.as(leader, () -> exceptions.grant(period, new GrantException(bacNinh,
                LocalDate.of(2025, 10, 20), "x")))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Fixtures.as(police, () -> exceptions.grant(period, new GrantException(unit,
                LocalDate.of(2025, 10, 20), "x")))).isInstanceOf(AccessDeniedException.class);
        assertThat(periods.exceptionUntil(period, unit)).contains(LocalDate.of(2025, 10, 10));

        assertThat(Fixtures.as(police, () -> exceptions.of(period))).extracting(LockExceptions.LockException::organizationId)
                .containsExactlyInAnyOrder(bacNinh, unit);
        assertThat(Fixtures.as(central, () -> exceptions.of(period))).hasSize(3);
        long hanoiException = Fixtures.as(central, () -> exceptions.of(period)).stream()
                .filter(e -> e.organizationId() == hanoi).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> Fixtures.as(leader, () -> {
            exceptions.revoke(period, hanoiException);
            return null;
        })).isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.status()).isEqualTo(404));
        Fixtures.as(central, () -> {
            exceptions.revoke(period, granted);
            return null;
        });
        assertThat(periods.exceptionUntil(period, bacNinh)).isEmpty();
    }

    private void refused(CurrentUser user, long period, GrantException command, String key) {
        assertThatThrownBy(() -> Fixtures.as(user, () -> exceptions.grant(period, command)))
                .isInstanceOfSatisfying(PeriodRefusal.class, r -> assertThat(r.messageKey()).isEqualTo(key));
    }
}
