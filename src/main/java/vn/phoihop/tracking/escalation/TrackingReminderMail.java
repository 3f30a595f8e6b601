package vn.phoihop.tracking.escalation;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The e-mail of a tracking reminder, in Vietnamese, one message per recipient. SMTP is Spring Boot's
 * {@code spring.mail.*}; without a mail host only the in-app notice is given. The sender is
 * {@code phoihop.tracking.reminders.mail-from}. A failed delivery is logged, not retried.
 */
@Component
class TrackingReminderMail {

    private static final Logger log = LoggerFactory.getLogger(TrackingReminderMail.class);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ObjectProvider<JavaMailSender> senders;
    private final MessageSource messages;
    private final String from;

    TrackingReminderMail(ObjectProvider<JavaMailSender> senders, MessageSource messages,
            @Value("${phoihop.tracking.reminders.mail-from:phoihop@localhost}") String from) {
        this.senders = senders;
        this.messages = messages;
        this.from = from;
    }

    void send(TrackingReminders.Sent reminder) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null || reminder.recipients().isEmpty()) {
            return;
        }
        Object[] args = { reminder.taskCode(), reminder.taskTitle(), DATE.format(reminder.dueOn()),
                Math.abs(reminder.offsetDays()) };
        String subject = messages.getMessage("tracking.reminder.mail.subject", args, VIETNAMESE);
        String body = messages.getMessage(TrackingReminderMail.messageKey(reminder.offsetDays()), args, VIETNAMESE)
                + "\n\n" + messages.getMessage("tracking.reminder.mail.footer", null, VIETNAMESE);
        for (String to : reminder.recipients()) {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(to);
            message.setSubject(subject);
            message.setText(body);
            try {
                sender.send(message);
            }
            catch (MailException failed) {
                log.warn("Tracking reminder for assignment {} not delivered: {}", reminder.assignmentId(),
                        failed.getMessage());
            }
        }
    }

    /** The message of a reminder {@code offsetDays} from the due date (arguments: code, title, date, days). */
    static String messageKey(int offsetDays) {
        return offsetDays < 0 ? "tracking.reminder.before" : offsetDays == 0 ? "tracking.reminder.dueToday"
                : "tracking.reminder.after";
    }
}
