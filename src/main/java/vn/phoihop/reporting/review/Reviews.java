package vn.phoihop.reporting.review;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.organization.Organizations;
import vn.phoihop.organization.Scope;
import vn.phoihop.platform.Texts;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.VietnamTime;
import vn.phoihop.reporting.period.Period;
import vn.phoihop.reporting.period.ReportingPeriods;
import vn.phoihop.reporting.rollup.RollupTotals;
import vn.phoihop.reporting.submission.ReportingAccess;
import vn.phoihop.reporting.submission.SubmissionRow;
import vn.phoihop.reporting.submission.SubmissionStatus;
import vn.phoihop.reporting.submission.SubmissionStore;
import vn.phoihop.reporting.template.TemplateCatalog;
import vn.phoihop.reporting.template.TemplateHeader;

/**
 * Approval up the hierarchy: the queue of submitted reports the acting user may accept or return, accepting
 * (→ ACCEPTED; the numbers count in the roll-up inside this transaction; an ACCEPTED notification) and returning with
 * a reason (→ RETURNED; a RETURNED notification; an accepted report's numbers are taken back out). Both lock the
 * submission and check the version the reviewer saw (409 when stale). Who reviews is {@link ReportingAccess#mayReview}.
 */
@Service
@Transactional
public class Reviews {

    /** Longest return reason (the column's size). */
    public static final int MAX_REASON = 2000;

    private final JdbcClient jdbc;
    private final SubmissionStore store;
    private final ReportingAccess access;
    private final ReportingPeriods periods;
    private final TemplateCatalog catalog;
    private final RollupTotals totals;
    private final Organizations organizations;

    Reviews(JdbcClient jdbc, SubmissionStore store, ReportingAccess access, ReportingPeriods periods,
            TemplateCatalog catalog, RollupTotals totals, Organizations organizations) {
        this.jdbc = jdbc;
        this.store = store;
        this.access = access;
        this.periods = periods;
        this.catalog = catalog;
        this.totals = totals;
        this.organizations = organizations;
    }

    /** A submitted report waiting for the acting user's decision. */
    public record QueueItem(long id, long organizationId, String organizationName, String templateName,
            String periodName, boolean late, OffsetDateTime submittedAt, String submittedBy, long version) {
    }

    /**
     * The submitted reports of organisations within the reader's scope that the reader may review, oldest first
     * (scope and status filtered in SQL, the reviewer rule for the listed organisations in one registry query).
     */
    @Transactional(readOnly = true)
    public List<QueueItem> queue() {
        if (!access.staff(access.user())) {
            return List.of();
        }
        Scope scope = access.scope();
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("own", access.user().organizationId());
        List<QueueItem> candidates = jdbc.sql("SELECT s.id, s.organization_id, t.name AS template_name,"
                + " p.name AS period_name, s.late, s.submitted_at, s.submitted_by, s.version FROM report_submission s"
                + " JOIN report_period p ON p.id = s.period_id JOIN report_template t ON t.id = p.template_id"
                + " WHERE s.status = 'SUBMITTED' AND s.organization_id <> :own AND " + scope.within("s.organization_id")
                + " ORDER BY s.submitted_at, s.id LIMIT 1000").params(params)
                .query((rs, n) -> new QueueItem(rs.getLong("id"), rs.getLong("organization_id"), null,
                        rs.getString("template_name"), rs.getString("period_name"), rs.getBoolean("late"),
                        rs.getObject("submitted_at", OffsetDateTime.class), rs.getString("submitted_by"),
                        rs.getLong("version")))
                .list();
        Set<Long> reviewable = access.reviewable(candidates.stream().map(QueueItem::organizationId)
                .distinct().toList());
        var names = organizations.findAllAsOf(reviewable, VietnamTime.today());
        return candidates.stream().filter(c -> reviewable.contains(c.organizationId()))
                .map(c -> new QueueItem(c.id(), c.organizationId(), names.containsKey(c.organizationId())
                        ? names.get(c.organizationId()).name()
                        : organizations.find(c.organizationId()).map(o -> o.name()).orElse(""), c.templateName(),
                        c.periodName(), c.late(), c.submittedAt(), c.submittedBy(), c.version()))
                .toList();
    }

    /**
     * Accepts a submitted report: its numbers count in the roll-up at once.
     *
     * @param expectedVersion the version the reviewer saw, or {@code null} (no stale check)
     * @return the new version
     */
    public long accept(long id, Long expectedVersion) {
        SubmissionRow row = lockForReview(id, expectedVersion);
        if (row.status() != SubmissionStatus.SUBMITTED) {
            throw UserFacingException.conflict("reporting.review.notSubmitted." + row.status().name());
        }
        String actor = access.user().getUsername();
        decide(row, SubmissionStatus.ACCEPTED, actor, null);
        totals.accepted(id);
        store.event(id, "ACCEPTED", actor, row.late(), null);
        notify(row, "ACCEPTED", "reporting.notification.accepted");
        return row.version() + 1;
    }

    /**
     * Returns a submitted or accepted report to its organisation with a reason; an accepted one's numbers leave the
     * roll-up in this transaction.
     *
     * @return the new version
     */
    public long giveBack(long id, Long expectedVersion, String reason) {
        SubmissionRow row = lockForReview(id, expectedVersion);
        String text = Texts.nfcOrNull(reason);
        if (text == null) {
            throw UserFacingException.invalid("reporting.review.reasonRequired");
        }
        if (text.length() > MAX_REASON || Texts.hasControlCharacters(text, true)) {
            throw UserFacingException.invalid("reporting.review.reasonInvalid", MAX_REASON);
        }
        if (row.status() != SubmissionStatus.SUBMITTED && row.status() != SubmissionStatus.ACCEPTED) {
            throw UserFacingException.conflict("reporting.review.notSubmitted." + row.status().name());
        }
        if (row.status() == SubmissionStatus.ACCEPTED) {
            totals.withdrawn(id);
        }
        String actor = access.user().getUsername();
        decide(row, SubmissionStatus.RETURNED, actor, text);
        store.event(id, "RETURNED", actor, row.late(), text);
        notify(row, "RETURNED", "reporting.notification.returned", text);
        return row.version() + 1;
    }

    private SubmissionRow lockForReview(long id, Long expectedVersion) {
        SubmissionRow current = store.find(id)
                .orElseThrow(() -> UserFacingException.notFound("reporting.submission.notFound"));
        Period period = periods.find(current.periodId()).orElseThrow();
        TemplateHeader template = catalog.find(period.templateId()).orElseThrow();
        access.requireReadable(current.organizationId(), current.status(), template.unacceptedVisible());
        access.requireReviewer(current.organizationId());
        return store.lock(id, expectedVersion);
    }

    private void decide(SubmissionRow row, SubmissionStatus status, String actor, String reason) {
        jdbc.sql("UPDATE report_submission SET status = :status, reviewed_at = now(), reviewed_by = :actor,"
                + " return_reason = :reason, version = version + 1, updated_by = :actor, updated_at = now()"
                + " WHERE id = :id").param("status", status.name()).param("actor", actor).param("reason", reason)
                .param("id", row.id()).update();
    }

    private void notify(SubmissionRow row, String kind, String key, String... extra) {
        Period period = periods.find(row.periodId()).orElseThrow();
        TemplateHeader template = catalog.find(period.templateId()).orElseThrow();
        String[] args = new String[2 + extra.length];
        args[0] = template.name();
        args[1] = period.name();
        System.arraycopy(extra, 0, args, 2, extra.length);
        store.notify(row, kind, key, args);
    }
}
