package vn.phoihop.consultation.round;

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

import vn.phoihop.platform.VietnamTime;

/**
 * The e-mail of a consultation reminder, in Vietnamese, one message per recipient. SMTP is Spring Boot's
 * {@code spring.mail.*}; without a mail host only the in-app notice is given. The sender is
 * {@code phoihop.consultation.reminders.mail-from}. A failed delivery is logged, not retried.
 */
@Component
class ConsultationReminderMail {

    private static final Logger log = LoggerFactory.getLogger(ConsultationReminderMail.class);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final ObjectProvider<JavaMailSender> senders;
    private final MessageSource messages;
    private final String from;

    ConsultationReminderMail(ObjectProvider<JavaMailSender> senders, MessageSource messages,
            @Value("${phoihop.consultation.reminders.mail-from:phoihop@localhost}") String from) {
        this.senders = senders;
        this.messages = messages;
        this.from = from;
    }

    void send(ConsultationReminders.Sent reminder) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null || reminder.recipients().isEmpty()) {
            return;
        }
        Object[] args = { reminder.roundTitle(), reminder.draftTitle(),
                DEADLINE.format(reminder.deadline().atZone(VietnamTime.ZONE)) };
        String subject = messages.getMessage("consultation.reminder.mail.subject", args, VIETNAMESE);
        String body = messages.getMessage("consultation.reminder.mail." + reminder.kind(), args, VIETNAMESE)
                + "\n\n" + messages.getMessage("consultation.reminder.mail.footer", null, VIETNAMESE);
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
                log.warn("Consultation reminder for invitation {} not delivered: {}", reminder.invitationId(),
                        failed.getMessage());
            }
        }
    }
}
