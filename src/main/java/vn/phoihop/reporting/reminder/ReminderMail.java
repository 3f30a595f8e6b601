package vn.phoihop.reporting.reminder;

import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import vn.phoihop.platform.OutgoingMail;

/**
 * The e-mail of a reporting reminder: which message, with which arguments; {@link OutgoingMail} sends it (one
 * message per recipient, nothing without a mail host, failures logged).
 */
@Component
class ReminderMail {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final OutgoingMail mail;

    ReminderMail(OutgoingMail mail) {
        this.mail = mail;
    }

    void send(Reminders.Sent reminder) {
        Object[] args = { reminder.templateName(), reminder.periodName(), DATE.format(reminder.dueOn()),
                Math.abs(reminder.offsetDays()) };
        String key = reminder.offsetDays() < 0 ? "reporting.reminder.before"
                : reminder.offsetDays() == 0 ? "reporting.reminder.dueToday" : "reporting.reminder.after";
        mail.sendEach(reminder.recipients(), "reporting.reminder.mail.subject", key, "reporting.reminder.mail.footer",
                args, "period " + reminder.periodId() + ", organisation " + reminder.organizationId());
    }
}
