package vn.phoihop.reporting.reminder;

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
 * The e-mail of a reminder, in Vietnamese from the message bundle, one message per recipient (no recipient sees
 * another's address). SMTP is Spring Boot's {@code spring.mail.*} ({@code SPRING_MAIL_HOST}, {@code SPRING_MAIL_PORT},
 * {@code SPRING_MAIL_USERNAME}, {@code SPRING_MAIL_PASSWORD}); without {@code spring.mail.host} there is no mail
 * sender and only the in-app notification is given. The sender address is
 * {@code phoihop.reporting.reminders.mail-from}. A failed delivery is logged, not retried (the notification stays).
 */
@Component
class ReminderMail {

    private static final Logger log = LoggerFactory.getLogger(ReminderMail.class);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ObjectProvider<JavaMailSender> senders;
    private final MessageSource messages;
    private final String from;

    ReminderMail(ObjectProvider<JavaMailSender> senders, MessageSource messages,
            @Value("${phoihop.reporting.reminders.mail-from:phoihop@localhost}") String from) {
        this.senders = senders;
        this.messages = messages;
        this.from = from;
    }

    void send(Reminders.Sent reminder) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null || reminder.recipients().isEmpty()) {
            return;
        }
        Object[] args = { reminder.templateName(), reminder.periodName(), DATE.format(reminder.dueOn()),
                Math.abs(reminder.offsetDays()) };
        String subject = messages.getMessage("reporting.reminder.mail.subject", args, VIETNAMESE);
        String key = reminder.offsetDays() < 0 ? "reporting.reminder.before"
                : reminder.offsetDays() == 0 ? "reporting.reminder.dueToday" : "reporting.reminder.after";
        String body = messages.getMessage(key, args, VIETNAMESE) + "\n\n"
                + messages.getMessage("reporting.reminder.mail.footer", null, VIETNAMESE);
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
                log.warn("Reminder e-mail for period {} to organisation {} not delivered: {}", reminder.periodId(),
                        reminder.organizationId(), failed.getMessage());
            }
        }
    }
}
