package vn.phoihop.reporting.submission;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.phoihop.platform.UserFacingException;

/**
 * The submission rows and their events, shared by submitting ({@link Submissions}) and reviewing: reading, locking a
 * row for a change with the optimistic-locking check, and recording an event. Checks no user.
 */
@Component
public class SubmissionStore {

    private static final String COLUMNS = "id, period_id, template_version_id, organization_id, status, late,"
            + " first_submitted_at, submitted_at, submitted_by, reviewed_at, reviewed_by, return_reason, version";

    private final JdbcClient jdbc;

    SubmissionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<SubmissionRow> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM report_submission WHERE id = :id").param("id", id)
                .query(SubmissionStore::row).optional();
    }

    /**
     * The row, locked until the transaction ends (concurrent changes queue here), checked against the version the
     * caller started from.
     *
     * @param expectedVersion the version the user saw, or {@code null} to skip the check (API calls without one)
     * @throws UserFacingException 404 for an unknown id; 409 when the row has changed since {@code expectedVersion}
     */
    public SubmissionRow lock(long id, Long expectedVersion) {
        SubmissionRow row = jdbc.sql("SELECT " + COLUMNS + " FROM report_submission WHERE id = :id FOR UPDATE")
                .param("id", id).query(SubmissionStore::row).optional()
                .orElseThrow(() -> UserFacingException.notFound("reporting.submission.notFound"));
        if (expectedVersion != null && expectedVersion != row.version()) {
            throw UserFacingException.conflict("reporting.submission.stale");
        }
        return row;
    }

    /** Records an event of the submission's life (CREATED, SUBMITTED, RESUBMITTED, ACCEPTED, RETURNED). */
    public void event(long submissionId, String action, String actor, boolean late, String reason) {
        jdbc.sql("INSERT INTO report_submission_event (submission_id, action, actor, late, reason)"
                + " VALUES (:s, :action, :actor, :late, :reason)").param("s", submissionId).param("action", action)
                .param("actor", actor).param("late", late).param("reason", reason).update();
    }

    /** A notification for the organisation's users (ACCEPTED, RETURNED), with its message key and arguments. */
    public void notify(SubmissionRow row, String kind, String messageKey, String... arguments) {
        jdbc.sql("INSERT INTO report_notification (organization_id, period_id, submission_id, kind, message_key,"
                + " arguments) VALUES (:org, :p, :s, :kind, :key, :args)").param("org", row.organizationId())
                .param("p", row.periodId()).param("s", row.id()).param("kind", kind).param("key", messageKey)
                .param("args", arguments).update();
    }

    static SubmissionRow row(ResultSet rs, int n) throws SQLException {
        return new SubmissionRow(rs.getLong("id"), rs.getLong("period_id"), rs.getLong("template_version_id"),
                rs.getLong("organization_id"), SubmissionStatus.valueOf(rs.getString("status")), rs.getBoolean("late"),
                rs.getObject("first_submitted_at", OffsetDateTime.class),
                rs.getObject("submitted_at", OffsetDateTime.class), rs.getString("submitted_by"),
                rs.getObject("reviewed_at", OffsetDateTime.class), rs.getString("reviewed_by"),
                rs.getString("return_reason"), rs.getLong("version"));
    }
}
