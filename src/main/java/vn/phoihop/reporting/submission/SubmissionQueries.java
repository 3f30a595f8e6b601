package vn.phoihop.reporting.submission;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.organization.OrganizationSummary;
import vn.phoihop.organization.Organizations;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.VietnamTime;
import vn.phoihop.reporting.period.Period;
import vn.phoihop.reporting.period.ReportingPeriods;
import vn.phoihop.reporting.template.TemplateCatalog;
import vn.phoihop.reporting.template.TemplateHeader;
import vn.phoihop.reporting.template.TemplateVersion;

/**
 * Reads submissions for pages and the API: one submission with its history, only for a reader
 * ({@link ReportingAccess#reads}, else "not found"), and the acting user's own organisation's reports per period.
 */
@Service
@Transactional(readOnly = true)
public class SubmissionQueries {

    private final JdbcClient jdbc;
    private final SubmissionStore store;
    private final Submissions submissions;
    private final TemplateCatalog catalog;
    private final ReportingPeriods periods;
    private final ReportingAccess access;
    private final Organizations organizations;

    SubmissionQueries(JdbcClient jdbc, SubmissionStore store, Submissions submissions, TemplateCatalog catalog,
            ReportingPeriods periods, ReportingAccess access, Organizations organizations) {
        this.jdbc = jdbc;
        this.store = store;
        this.submissions = submissions;
        this.catalog = catalog;
        this.periods = periods;
        this.access = access;
        this.organizations = organizations;
    }

    /**
     * The submission with its values, rules and history.
     *
     * @throws UserFacingException 404 when it does not exist or the reader may not read it
     */
    public SubmissionView view(long id) {
        SubmissionRow row = store.find(id)
                .orElseThrow(() -> UserFacingException.notFound("reporting.submission.notFound"));
        Period period = periods.find(row.periodId()).orElseThrow();
        TemplateHeader template = catalog.find(period.templateId()).orElseThrow();
        access.requireReadable(row.organizationId(), row.status(), template.unacceptedVisible());
        TemplateVersion version = catalog.version(row.templateVersionId());
        var values = submissions.values(id);
        List<SubmissionView.Event> events = jdbc.sql("SELECT action, actor, at, late, reason"
                + " FROM report_submission_event WHERE submission_id = :s ORDER BY at, id").param("s", id)
                .query((rs, n) -> new SubmissionView.Event(rs.getString(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class), rs.getBoolean(4), rs.getString(5)))
                .list();
        List<SubmissionView.Change> changes = jdbc.sql("SELECT indicator_code, option_code, old_value, new_value,"
                + " changed_by, changed_at FROM report_value_change WHERE submission_id = :s ORDER BY changed_at, id")
                .param("s", id).query((rs, n) -> new SubmissionView.Change(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class)))
                .list();
        OrganizationSummary organization = organizations.find(row.organizationId()).orElseThrow();
        boolean editable = row.status().editable() && access.mayEdit(row.organizationId());
        boolean reviewable = (row.status() == SubmissionStatus.SUBMITTED || row.status() == SubmissionStatus.ACCEPTED)
                && access.mayReview(row.organizationId());
        return new SubmissionView(row, template, period, organization, version, values,
                SubmissionValues.rules(version, values), events, changes, editable, reviewable);
    }

    /** The acting user's organisation (the one their reports are for). */
    public long ownOrganization() {
        return access.user().organizationId();
    }

    /** One period of the own organisation's list: the period, its template, and the submission if any. */
    public record OwnReport(long periodId, String periodName, String templateName, LocalDate dueOn,
            LocalDate lockedOn, Long submissionId, SubmissionStatus status, boolean late) {

        /** Whether the due date has passed without a submission. */
        public boolean overdue() {
            return (status == null || status == SubmissionStatus.DRAFT) && VietnamTime.today().isAfter(dueOn);
        }
    }

    /**
     * The acting user's organisation's reports: every period already begun that it is expected to report or has a
     * submission for, newest first (at most 200).
     */
    public List<OwnReport> mine() {
        long org = access.user().organizationId();
        return jdbc.sql("SELECT p.id, p.name AS period_name, t.name AS template_name, p.due_on, p.locked_on, s.id AS sid,"
                + " s.status, s.late FROM report_period p JOIN report_template t ON t.id = p.template_id"
                + " LEFT JOIN report_submission s ON s.period_id = p.id AND s.organization_id = :org"
                + " WHERE p.starts_on <= :today AND (s.id IS NOT NULL OR (" + ReportingPeriods.EXPECTED.formatted(":org")
                + ")) ORDER BY p.ends_on DESC, t.name, p.id LIMIT 200").param("org", org)
                .param("today", VietnamTime.today())
                .query((rs, n) -> new OwnReport(rs.getLong("id"), rs.getString("period_name"),
                        rs.getString("template_name"), rs.getObject("due_on", LocalDate.class),
                        rs.getObject("locked_on", LocalDate.class), (Long) rs.getObject("sid"),
                        rs.getString("status") == null ? null : SubmissionStatus.valueOf(rs.getString("status")),
                        rs.getBoolean("late")))
                .list();
    }
}
