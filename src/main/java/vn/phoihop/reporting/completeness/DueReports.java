package vn.phoihop.reporting.completeness;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.organization.Scope;
import vn.phoihop.platform.VietnamTime;
import vn.phoihop.reporting.period.ReportingPeriods;
import vn.phoihop.reporting.submission.ReportingAccess;
import vn.phoihop.reporting.submission.SubmissionStatus;

/**
 * What the reporting home page tells a user: the reports their own organisation is expected to send around now, and
 * for a reviewer how many submitted reports wait for them.
 */
@Service
@Transactional(readOnly = true)
public class DueReports {

    /** How far back and ahead of today a due date is shown (an unsent overdue report is shown until it locks). */
    static final int WINDOW_DAYS = 45;

    private static final Set<Role> REVIEWER_ROLES = EnumSet.of(Role.LEADER, Role.CENTRAL_STAFF);

    /** One period the organisation is expected to report. */
    public record DueReport(String templateCode, String templateName, long periodId, String periodCode,
            String periodName, LocalDate dueOn, LocalDate lockedOn, SubmissionStatus status, Standing standing) {
    }

    private final JdbcClient jdbc;
    private final ReportingAccess access;

    DueReports(JdbcClient jdbc, ReportingAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /**
     * The periods of active templates that the acting user's organisation is expected to report, due within
     * {@value #WINDOW_DAYS} days of today, or overdue, not sent and not yet locked; by due date.
     */
    public List<DueReport> ownOrganization() {
        LocalDate today = VietnamTime.today();
        return jdbc.sql("""
                SELECT t.code AS template_code, t.name AS template_name, p.id, p.code, p.name, p.due_on, p.locked_on,
                       s.status, %s AS standing
                FROM report_period p JOIN report_template t ON t.id = p.template_id
                LEFT JOIN report_submission s ON s.period_id = p.id AND s.organization_id = :org
                WHERE t.active AND %s AND p.starts_on <= :ahead
                  AND (p.due_on BETWEEN :back AND :ahead
                       OR (p.due_on < :today AND (s.status IS NULL OR s.status IN ('DRAFT', 'RETURNED'))
                           AND (p.locked_on IS NULL OR p.locked_on > :today)))
                ORDER BY p.due_on, t.code LIMIT 50
                """.formatted(Standing.SQL, ReportingPeriods.EXPECTED.formatted(":org")))
                .param("org", access.user().organizationId()).param("today", today)
                .param("back", today.minusDays(WINDOW_DAYS)).param("ahead", today.plusDays(WINDOW_DAYS))
                .query((rs, n) -> new DueReport(rs.getString("template_code"), rs.getString("template_name"),
                        rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getObject("due_on", LocalDate.class), rs.getObject("locked_on", LocalDate.class),
                        rs.getString("status") == null ? null : SubmissionStatus.valueOf(rs.getString("status")),
                        Standing.valueOf(rs.getString("standing"))))
                .list();
    }

    /** Whether the acting user may review anything at all (a LEADER or CENTRAL_STAFF). */
    public boolean reviewer() {
        CurrentUser user = access.user();
        return REVIEWER_ROLES.stream().anyMatch(user::has);
    }

    /**
     * How many submitted reports wait for the acting user's review: submissions in status SUBMITTED of organisations
     * within their scope that {@link ReportingAccess#mayReview} lets them accept (one query, then the rule once per
     * organisation with such a submission).
     */
    public long reviewQueue() {
        if (!reviewer()) {
            return 0;
        }
        Scope scope = access.scope();
        record Waiting(long org, long count) {
        }
        return jdbc.sql("SELECT s.organization_id, count(*) AS n FROM report_submission s WHERE s.status = 'SUBMITTED'"
                + " AND " + scope.within("s.organization_id") + " GROUP BY s.organization_id")
                .params(scope.parameters())
                .query((rs, n) -> new Waiting(rs.getLong(1), rs.getLong(2))).list().stream()
                .filter(w -> access.mayReview(w.org())).mapToLong(Waiting::count).sum();
    }
}
