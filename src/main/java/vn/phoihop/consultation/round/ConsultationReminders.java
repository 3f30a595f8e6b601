package vn.phoihop.consultation.round;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.account.Mailboxes;
import vn.phoihop.account.Role;

/**
 * Reminders to invitations that have not answered (issue 11, point 2): {@code phoihop.consultation.reminders.
 * before-days} (default 3) days before the deadline, and once overdue (from the day after the deadline), an invitation of an open round that is neither
 * submitted nor answered “no comments” gets one reminder of each kind for its holder that day: a row of
 * {@code consultation_reminder}, shown on the holder's dashboard (the in-app notice), and an e-mail to the holder's
 * members with a staff role who have an address ({@link ConsultationReminderMail}).
 *
 * <p>Each reminder is sent once, even with two instances running at the same time: the row is claimed with
 * {@code INSERT ... ON CONFLICT DO NOTHING} (and only if no row of that kind exists for the invitation), and only the
 * run whose insert went in sends it. A day missed while no instance ran is caught up the next run: the “before”
 * reminder is due from N days before the deadline until the deadline. E-mails go out after the claim is committed.
 */
@Service
public class ConsultationReminders {

    /** Who receives a reminder by e-mail. */
    static final Set<Role> RECIPIENT_ROLES = EnumSet.of(Role.CENTRAL_STAFF, Role.PROVINCE_PARTY_STAFF,
            Role.PROVINCE_POLICE_STAFF, Role.LEADER);

    /** A reminder claimed and sent by one run. */
    public record Sent(long invitationId, long organizationId, String kind, String roundTitle, String draftTitle,
            Instant deadline, List<String> recipients) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Mailboxes mailboxes;
    private final ConsultationReminderMail mail;
    private final int beforeDays;

    ConsultationReminders(JdbcClient jdbc, PlatformTransactionManager transactionManager, Mailboxes mailboxes,
            ConsultationReminderMail mail,
            @Value("${phoihop.consultation.reminders.before-days:3}") int beforeDays) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.mailboxes = mailboxes;
        this.mail = mail;
        this.beforeDays = Math.max(0, beforeDays);
    }

    /**
     * Sends the reminders due on {@code today} (a Vietnam date) that no run has sent yet; returns those this call
     * sent. Safe to call concurrently and repeatedly.
     */
    public List<Sent> send(LocalDate today) {
        List<Sent> sent = transactions.execute(status -> claim(today));
        sent.forEach(mail::send);
        return sent;
    }

    private List<Sent> claim(LocalDate today) {
        record Claimed(long invitation, long org, String kind, String round, String draft, Instant deadline) {
        }
        List<Claimed> claimed = jdbc.sql("""
                WITH due AS (
                    SELECT i.id AS invitation_id,
                           CASE WHEN (r.deadline AT TIME ZONE 'Asia/Ho_Chi_Minh')::date < :today
                                THEN 'OVERDUE' ELSE 'BEFORE_DEADLINE' END AS kind,
                           (SELECT h.organization_id FROM consultation_invitation_holder h
                            WHERE h.invitation_id = i.id AND in_force(h.valid_from, h.valid_to, :today)
                            ORDER BY h.valid_from DESC, h.id DESC LIMIT 1) AS organization_id
                    FROM consultation_invitation i JOIN consultation_round r ON r.id = i.round_id
                    WHERE r.status = 'OPEN' AND i.status IN ('NOT_OPENED', 'DRAFTING')
                      AND r.opens_on <= :today
                      AND :today >= (r.deadline AT TIME ZONE 'Asia/Ho_Chi_Minh')::date - :before
                ), claimed AS (
                    INSERT INTO consultation_reminder (invitation_id, kind, sent_on)
                    SELECT d.invitation_id, d.kind, :today FROM due d
                    WHERE d.organization_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM consultation_reminder x
                        WHERE x.invitation_id = d.invitation_id AND x.kind = d.kind)
                    ON CONFLICT DO NOTHING
                    RETURNING invitation_id, kind
                )
                SELECT c.invitation_id, d.organization_id, c.kind, r.title, dr.title AS draft_title, r.deadline
                FROM claimed c JOIN due d ON d.invitation_id = c.invitation_id
                JOIN consultation_invitation i ON i.id = c.invitation_id JOIN consultation_round r ON r.id = i.round_id
                JOIN consultation_draft dr ON dr.id = r.draft_id ORDER BY c.invitation_id
                """).param("today", today).param("before", beforeDays)
                .query((rs, n) -> new Claimed(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant()))
                .list();
        if (claimed.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> addresses = mailboxes.addressesOf(claimed.stream().map(Claimed::org).toList(),
                RECIPIENT_ROLES);
        List<Sent> sent = new ArrayList<>(claimed.size());
        for (Claimed c : claimed) {
            sent.add(new Sent(c.invitation(), c.org(), c.kind(), c.round(), c.draft(), c.deadline(),
                    addresses.getOrDefault(c.org(), List.of())));
        }
        return sent;
    }
}
