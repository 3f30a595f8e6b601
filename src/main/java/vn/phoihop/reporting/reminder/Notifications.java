package vn.phoihop.reporting.reminder;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.platform.UserFacingException;
import vn.phoihop.reporting.submission.ReportingAccess;

/**
 * The in-app notifications of the acting user's own organisation (reminders, returned and accepted submissions):
 * every member of the organisation sees them; marking one read marks it for the organisation. Another
 * organisation's notification is "not found".
 */
@Service
@Transactional(readOnly = true)
public class Notifications {

    /** How many notifications a page lists (the newest). */
    static final int LIMIT = 100;

    /** A notification, its text a message key with arguments. */
    public record Notification(long id, String kind, String messageKey, List<String> arguments, Instant at,
            boolean read) {

        public Object[] args() {
            return arguments.toArray();
        }
    }

    private final JdbcClient jdbc;
    private final ReportingAccess access;

    Notifications(JdbcClient jdbc, ReportingAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** The newest notifications of the acting user's organisation, newest first. */
    public List<Notification> list() {
        return jdbc.sql("""
                SELECT id, kind, message_key, arguments, created_at, read_at IS NOT NULL AS read
                FROM report_notification WHERE organization_id = :org ORDER BY created_at DESC, id DESC LIMIT :limit
                """).param("org", access.user().organizationId()).param("limit", LIMIT)
                .query((rs, n) -> new Notification(rs.getLong("id"), rs.getString("kind"), rs.getString("message_key"),
                        List.of((String[]) rs.getArray("arguments").getArray()),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getBoolean("read")))
                .list();
    }

    /** How many notifications of the acting user's organisation are unread. */
    public long unread() {
        return jdbc.sql("SELECT count(*) FROM report_notification WHERE organization_id = :org AND read_at IS NULL")
                .param("org", access.user().organizationId()).query(Long.class).single();
    }

    /**
     * Marks the notification {@code id} of the acting user's organisation read, or all of them when {@code id} is
     * {@code null}; returns how many changed.
     */
    @Transactional
    public int markRead(Long id) {
        long org = access.user().organizationId();
        if (id == null) {
            return jdbc.sql("UPDATE report_notification SET read_at = :now WHERE organization_id = :org"
                    + " AND read_at IS NULL").param("now", java.sql.Timestamp.from(Instant.now())).param("org", org)
                    .update();
        }
        boolean own = jdbc.sql("SELECT count(*) > 0 FROM report_notification WHERE id = :id AND organization_id = :org")
                .param("id", id).param("org", org).query(Boolean.class).single();
        if (!own) {
            throw UserFacingException.notFound("reporting.notification.notFound");
        }
        return jdbc.sql("UPDATE report_notification SET read_at = COALESCE(read_at, :now) WHERE id = :id")
                .param("now", java.sql.Timestamp.from(Instant.now())).param("id", id).update();
    }
}
