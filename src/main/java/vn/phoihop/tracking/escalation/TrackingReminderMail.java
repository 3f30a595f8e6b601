package vn.phoihop.tracking.escalation;

import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import vn.phoihop.platform.OutgoingMail;

/**
 * The e-mail of a tracking reminder: which message, with which arguments; {@link OutgoingMail} sends it (one message
 * per recipient, nothing without a mail host, failures logged).
 */
@Component
class TrackingReminderMail {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final OutgoingMail mail;

    TrackingReminderMail(OutgoingMail mail) {
        this.mail = mail;
    }

    void send(TrackingReminders.Sent reminder) {
        Object[] args = { reminder.taskCode(), reminder.taskTitle(), DATE.format(reminder.dueOn()),
                Math.abs(reminder.offsetDays()) };
        mail.sendEach(reminder.recipients(), "tracking.reminder.mail.subject", messageKey(reminder.offsetDays()),
                "tracking.reminder.mail.footer", args, "assignment " + reminder.assignmentId());
    }

    /** The message of a reminder {@code offsetDays} from the due date (arguments: code, title, date, days). */
    static String messageKey(int offsetDays) {
        return offsetDays < 0 ? "tracking.reminder.before" : offsetDays == 0 ? "tracking.reminder.dueToday"
                : "tracking.reminder.after";
    }
}
