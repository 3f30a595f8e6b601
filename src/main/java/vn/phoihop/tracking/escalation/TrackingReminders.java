package vn.phoihop.tracking.escalation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.account.Mailboxes;
import vn.phoihop.account.Role;

/**
 * Reminders of due and late assignments (issue 10, point 4): {@code phoihop.tracking.reminders.before-days}
 * (default 7 and 1) days before the due date and {@code after-days} (default 1 and 7) days after it, an assignment
 * not done gets one reminder for the organisation carrying it that day: a row of {@code tracking_reminder}, shown on
 * that organisation's “my assignments” page (the in-app notice), and an e-mail to its members with a staff role who
 * have an address ({@link TrackingReminderMail}).
 *
 * <p>Each reminder is sent once, even with two instances running at the same time: the row (assignment, due date,
 * offset) is claimed with {@code INSERT ... ON CONFLICT DO NOTHING}, and only the run whose insert went in sends it.
 * Catch-up: a reminder whose day passed while no instance ran is still sent within
 * {@code phoihop.tracking.reminders.catch-up-days} (default 3) days, only the latest offset due (no burst of stale
 * reminders). E-mails go out after the claim is committed: if the instance stops in between, that e-mail is lost
 * rather than sent twice; the in-app notice is never lost.
 */
@Service
public class TrackingReminders {

    /** Who receives a reminder by e-mail. */
    static final Set<Role> RECIPIENT_ROLES = EnumSet.of(Role.CENTRAL_STAFF, Role.PROVINCE_PARTY_STAFF,
            Role.PROVINCE_POLICE_STAFF, Role.LEADER);

    /** A reminder claimed and sent by one run; {@code offsetDays} negative before the due date. */
    public record Sent(long assignmentId, long organizationId, int offsetDays, String taskCode, String taskTitle,
            LocalDate dueOn, List<String> recipients) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Mailboxes mailboxes;
    private final TrackingReminderMail mail;
    private final Integer[] offsets;
    private final int catchUpDays;

    TrackingReminders(JdbcClient jdbc, PlatformTransactionManager transactionManager, Mailboxes mailboxes,
            TrackingReminderMail mail,
            @Value("${phoihop.tracking.reminders.before-days:7,1}") List<Integer> beforeDays,
            @Value("${phoihop.tracking.reminders.after-days:1,7}") List<Integer> afterDays,
            @Value("${phoihop.tracking.reminders.catch-up-days:3}") int catchUpDays) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.mailboxes = mailboxes;
        this.mail = mail;
        Set<Integer> all = new TreeSet<>();
        beforeDays.stream().filter(d -> d != null && d > 0).forEach(d -> all.add(-d));
        afterDays.stream().filter(d -> d != null && d >= 0).forEach(all::add);
        this.offsets = all.toArray(Integer[]::new);
        this.catchUpDays = Math.max(0, catchUpDays);
    }

    /** The configured offsets, days relative to the due date (negative before), ascending. */
    public List<Integer> offsets() {
        return List.of(offsets);
    }

    /**
     * Sends the reminders due on {@code today} (a Vietnam date) that no run has sent yet; returns those this call
     * sent. Safe to call concurrently and repeatedly.
     */
    public List<Sent> send(LocalDate today) {
        if (offsets.length == 0) {
            return List.of();
        }
        List<Sent> sent = transactions.execute(status -> claim(today));
        sent.forEach(mail::send);
        return sent;
    }

    private List<Sent> claim(LocalDate today) {
        record Claimed(long assignment, long org, int offset, String code, String title, LocalDate due) {
        }
        List<Claimed> claimed = jdbc.sql("""
                WITH due AS (
                    SELECT DISTINCT ON (a.id) a.id AS assignment_id, a.due_on, d.offset_days,
                           (SELECT c.organization_id FROM tracking_carrier c WHERE c.assignment_id = a.id
                              AND in_force(c.valid_from, c.valid_to, :today)
                            ORDER BY c.valid_from DESC, c.id DESC LIMIT 1) AS organization_id
                    FROM tracking_assignment a
                    CROSS JOIN LATERAL unnest(:offsets) AS d (offset_days)
                    WHERE a.status <> 'DONE' AND a.due_on IS NOT NULL
                      AND a.due_on + d.offset_days BETWEEN :earliest AND :today
                    ORDER BY a.id, d.offset_days DESC
                ), claimed AS (
                    INSERT INTO tracking_reminder (assignment_id, due_on, offset_days, organization_id)
                    SELECT assignment_id, due_on, offset_days, organization_id FROM due
                    WHERE organization_id IS NOT NULL
                    ON CONFLICT DO NOTHING
                    RETURNING assignment_id, organization_id, offset_days, due_on
                )
                SELECT c.assignment_id, c.organization_id, c.offset_days, c.due_on, t.code, t.title
                FROM claimed c JOIN tracking_assignment a ON a.id = c.assignment_id
                JOIN tracking_task t ON t.id = a.task_id ORDER BY c.assignment_id
                """).param("offsets", offsets).param("earliest", today.minusDays(catchUpDays)).param("today", today)
                .query((rs, n) -> new Claimed(rs.getLong("assignment_id"), rs.getLong("organization_id"),
                        rs.getInt("offset_days"), rs.getString("code"), rs.getString("title"),
                        rs.getObject("due_on", LocalDate.class)))
                .list();
        if (claimed.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> addresses = mailboxes.addressesOf(claimed.stream().map(Claimed::org).toList(),
                RECIPIENT_ROLES);
        List<Sent> sent = new ArrayList<>(claimed.size());
        for (Claimed c : claimed) {
            sent.add(new Sent(c.assignment(), c.org(), c.offset(), c.code(), c.title(), c.due(),
                    addresses.getOrDefault(c.org(), List.of())));
        }
        return sent;
    }
}
