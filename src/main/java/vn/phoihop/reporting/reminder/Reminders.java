package vn.phoihop.reporting.reminder;

import java.time.LocalDate;
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
import vn.phoihop.reporting.period.ReportingPeriods;

/**
 * Reminds expected reporters that have not submitted (issue 9, point 7). For every active template and each of its
 * {@code reminder_days} (days relative to the due date, negative before), the organisations expected to report a
 * period whose due date plus that offset is today, and that have no submission beyond a draft, get one reminder: an
 * in-app notification (report_notification) and an e-mail to each of their members holding a staff role who has an
 * address. Runs on one instance at a time ({@link ReminderSchedule}); even if two runs overlap, each reminder is sent
 * once: the row {@code report_reminder (period, organisation, offset)} is claimed with {@code INSERT ... ON CONFLICT
 * DO NOTHING}, and only the run whose insert went in sends it.
 *
 * <p>Catch-up: a reminder whose day passed while no instance ran is still sent within
 * {@code phoihop.reporting.reminders.catch-up-days} (default 7) days, only the latest due offset of a period (no
 * burst of stale reminders), and never once the period is locked. E-mails go out after the claim is committed: if the
 * instance stops in between, that e-mail is lost rather than sent twice; the notification is never lost.
 */
@Service
public class Reminders {

    /** Who receives a reminder by e-mail: the roles that draft and submit reports. */
    static final Set<Role> RECIPIENT_ROLES = EnumSet.of(Role.CENTRAL_STAFF, Role.PROVINCE_PARTY_STAFF,
            Role.PROVINCE_POLICE_STAFF, Role.LEADER);

    /** A reminder claimed and sent by one run. */
    public record Sent(long periodId, long organizationId, int offsetDays, String templateName, String periodName,
            LocalDate dueOn, List<String> recipients) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Mailboxes mailboxes;
    private final ReminderMail mail;
    private final int catchUpDays;

    Reminders(JdbcClient jdbc, PlatformTransactionManager transactionManager, Mailboxes mailboxes, ReminderMail mail,
            @Value("${phoihop.reporting.reminders.catch-up-days:7}") int catchUpDays) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.mailboxes = mailboxes;
        this.mail = mail;
        this.catchUpDays = Math.max(0, catchUpDays);
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
        record Claimed(long period, long org, int offset, String template, String periodName, LocalDate due) {
        }
        List<Claimed> claimed = jdbc.sql("""
                WITH due AS (
                    SELECT DISTINCT ON (p.id, e.org) p.id AS period_id, e.org AS organization_id, d.offset_days
                    FROM report_template t
                    JOIN report_period p ON p.template_id = t.id
                    CROSS JOIN LATERAL unnest(t.reminder_days) AS d (offset_days)
                    CROSS JOIN LATERAL (SELECT DISTINCT a2.organization_id AS org FROM report_assignment a2
                                        WHERE a2.template_id = p.template_id AND %s) e
                    WHERE t.active AND p.due_on + d.offset_days BETWEEN :earliest AND :today
                      AND (p.locked_on IS NULL OR p.locked_on > :today)
                      AND NOT EXISTS (SELECT 1 FROM report_submission s WHERE s.period_id = p.id
                                      AND s.organization_id = e.org AND s.status <> 'DRAFT')
                    ORDER BY p.id, e.org, d.offset_days DESC
                ), claimed AS (
                    INSERT INTO report_reminder (period_id, organization_id, offset_days)
                    SELECT period_id, organization_id, offset_days FROM due
                    ON CONFLICT DO NOTHING
                    RETURNING period_id, organization_id, offset_days
                ), described AS (
                    SELECT c.period_id, c.organization_id, c.offset_days, t.name AS template_name,
                           p.name AS period_name, p.due_on
                    FROM claimed c JOIN report_period p ON p.id = c.period_id JOIN report_template t ON t.id = p.template_id
                ), notified AS (
                    INSERT INTO report_notification (organization_id, period_id, kind, message_key, arguments)
                    SELECT organization_id, period_id, 'REMINDER',
                           CASE WHEN offset_days < 0 THEN 'reporting.reminder.before'
                                WHEN offset_days = 0 THEN 'reporting.reminder.dueToday'
                                ELSE 'reporting.reminder.after' END,
                           ARRAY[template_name, period_name, to_char(due_on, 'DD/MM/YYYY'), abs(offset_days)::text]
                    FROM described
                )
                SELECT * FROM described ORDER BY period_id, organization_id
                """.formatted(ReportingPeriods.EXPECTED.formatted("a2.organization_id")))
                .param("earliest", today.minusDays(catchUpDays)).param("today", today)
                .query((rs, n) -> new Claimed(rs.getLong("period_id"), rs.getLong("organization_id"),
                        rs.getInt("offset_days"), rs.getString("template_name"), rs.getString("period_name"),
                        rs.getObject("due_on", LocalDate.class)))
                .list();
        if (claimed.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> addresses = mailboxes.addressesOf(claimed.stream().map(Claimed::org).toList(),
                RECIPIENT_ROLES);
        List<Sent> sent = new ArrayList<>(claimed.size());
        for (Claimed c : claimed) {
            sent.add(new Sent(c.period(), c.org(), c.offset(), c.template(), c.periodName(), c.due(),
                    addresses.getOrDefault(c.org(), List.of())));
        }
        jdbc.sql("""
                UPDATE report_reminder r SET recipients = x.recipients
                FROM unnest(:periods, :orgs, :offsets, :counts) AS x (period_id, organization_id, offset_days, recipients)
                WHERE r.period_id = x.period_id AND r.organization_id = x.organization_id
                  AND r.offset_days = x.offset_days
                """).param("periods", sent.stream().map(Sent::periodId).toArray(Long[]::new))
                .param("orgs", sent.stream().map(Sent::organizationId).toArray(Long[]::new))
                .param("offsets", sent.stream().map(Sent::offsetDays).toArray(Integer[]::new))
                .param("counts", sent.stream().map(s -> s.recipients().size()).toArray(Integer[]::new)).update();
        return sent;
    }
}
