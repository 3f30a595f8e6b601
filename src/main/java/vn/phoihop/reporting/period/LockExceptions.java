package vn.phoihop.reporting.period;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.account.AuditTrail;
import vn.phoihop.account.CurrentUser;
import vn.phoihop.organization.OrganizationSummary;
import vn.phoihop.organization.Organizations;
import vn.phoihop.organization.Scope;
import vn.phoihop.platform.PlausibleDates;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.reporting.period.PeriodCommands.GrantException;

/**
 * Lock exceptions (report_lock_exception): an organisation expected to report a period may submit after its lock
 * date until a given day. Granted (or changed: one per organisation and period) and revoked by central staff or by
 * the organisation's reviewer ({@link PeriodAccess#grantsExceptions}), with a reason, and audited. Listed for the
 * organisations within the reader's scope only.
 */
@Service
@Transactional
public class LockExceptions {

    private final JdbcClient jdbc;
    private final ReportingPeriods periods;
    private final Organizations organizations;
    private final PeriodAccess access;
    private final AuditTrail audit;

    LockExceptions(JdbcClient jdbc, ReportingPeriods periods, Organizations organizations, PeriodAccess access,
            AuditTrail audit) {
        this.jdbc = jdbc;
        this.periods = periods;
        this.organizations = organizations;
        this.access = access;
        this.audit = audit;
    }

    /** An exception, with the organisation as named on the period's last day. */
    public record LockException(long id, long periodId, long organizationId, String organizationName,
            LocalDate until, String reason, String grantedBy, Instant grantedAt) {
    }

    /** The period's exceptions for organisations within the reader's scope, by organisation name. */
    @Transactional(readOnly = true)
    public List<LockException> of(long periodId) {
        Period period = period(periodId);
        Scope scope = access.reporting().scope();
        record Row(long id, long org, LocalDate until, String reason, String by, Instant at) {
        }
        List<Row> rows = jdbc.sql("SELECT e.id, e.organization_id, e.until, e.reason, e.granted_by, e.granted_at"
                + " FROM report_lock_exception e WHERE e.period_id = :p AND " + scope.within("e.organization_id")
                + " ORDER BY e.id").params(scope.parameters()).param("p", periodId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()))
                .list();
        Map<Long, OrganizationSummary> named = organizations.findAllAsOf(rows.stream().map(Row::org).toList(),
                period.endsOn());
        return rows.stream().map(r -> new LockException(r.id(), periodId, r.org(),
                named.containsKey(r.org()) ? named.get(r.org()).name() : "", r.until(), r.reason(), r.by(), r.at()))
                .sorted(vn.phoihop.platform.VietnameseOrder.byName(LockException::organizationName)).toList();
    }

    /** Grants (or changes) the exception of an organisation expected to report the period; returns its id. */
    public long grant(long periodId, GrantException command) {
        Period period = period(periodId);
        long org = command.organizationId();
        if (!access.reporting().within(org) && !access.runsCalendar()) {
            throw PeriodRefusal.invalid("organizationId", "reporting.exception.notExpected");
        }
        if (!access.grantsExceptions(org)) {
            throw new AccessDeniedException("may not grant exceptions to organisation " + org);
        }
        if (!periods.expects(periodId, org)) {
            throw PeriodRefusal.invalid("organizationId", "reporting.exception.notExpected");
        }
        if (!PlausibleDates.plausible(command.until())) {
            throw PeriodRefusal.invalid("until", PlausibleDates.OUT_OF_RANGE, PlausibleDates.display(command.until()),
                    PlausibleDates.display(PlausibleDates.EARLIEST), PlausibleDates.display(PlausibleDates.LATEST));
        }
        if (period.lockedOn() == null) {
            throw PeriodRefusal.invalid("until", "reporting.exception.neverLocked");
        }
        if (command.until().isBefore(period.lockedOn())) {
            throw PeriodRefusal.invalid("until", "reporting.exception.until.beforeLock",
                    PlausibleDates.display(period.lockedOn()));
        }
        long id = jdbc.sql("""
                INSERT INTO report_lock_exception (period_id, organization_id, until, reason, granted_by)
                VALUES (:p, :org, :until, :reason, :by)
                ON CONFLICT (period_id, organization_id) DO UPDATE
                SET until = EXCLUDED.until, reason = EXCLUDED.reason, granted_by = EXCLUDED.granted_by,
                    granted_at = now()
                RETURNING id
                """).param("p", periodId).param("org", org).param("until", command.until())
                .param("reason", command.reason().strip()).param("by", CurrentUser.require().getUsername())
                .query(Long.class).single();
        audit.record("REPORT_LOCK_EXCEPTION_GRANTED", "report_lock_exception", id, "period=" + periodId + " until="
                + command.until(), List.of(org));
        return id;
    }

    /** Revokes an exception of the period; "not found" for one outside the reader's scope. */
    public void revoke(long periodId, long exceptionId) {
        period(periodId);
        Long org = jdbc.sql("SELECT organization_id FROM report_lock_exception WHERE id = :id AND period_id = :p")
                .param("id", exceptionId).param("p", periodId).query(Long.class).optional()
                .filter(o -> access.runsCalendar() || access.reporting().within(o))
                .orElseThrow(() -> UserFacingException.notFound("reporting.exception.notFound"));
        if (!access.grantsExceptions(org)) {
            throw new AccessDeniedException("may not revoke exceptions of organisation " + org);
        }
        jdbc.sql("DELETE FROM report_lock_exception WHERE id = :id").param("id", exceptionId).update();
        audit.record("REPORT_LOCK_EXCEPTION_REVOKED", "report_lock_exception", exceptionId, "period=" + periodId,
                List.of(org));
    }

    private Period period(long periodId) {
        return periods.find(periodId).orElseThrow(() -> UserFacingException.notFound("reporting.period.notFound"));
    }
}
