package vn.phoihop.platform;

import java.util.Collection;
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
 * E-mail from the application (reminders of every module), in Vietnamese from the message bundle, one message per
 * recipient (no recipient sees another's address). SMTP is Spring Boot's {@code spring.mail.*}
 * ({@code SPRING_MAIL_HOST}, {@code SPRING_MAIL_PORT}, {@code SPRING_MAIL_USERNAME}, {@code SPRING_MAIL_PASSWORD});
 * without {@code spring.mail.host} there is no mail sender and nothing is sent (callers keep their in-app notice).
 * The sender address is {@code phoihop.mail.from}. A failed delivery is logged, not retried.
 */
@Component
public class OutgoingMail {

    private static final Logger log = LoggerFactory.getLogger(OutgoingMail.class);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final ObjectProvider<JavaMailSender> senders;
    private final MessageSource messages;
    private final String from;

    OutgoingMail(ObjectProvider<JavaMailSender> senders, MessageSource messages,
            @Value("${phoihop.mail.from:phoihop@localhost}") String from) {
        this.senders = senders;
        this.messages = messages;
        this.from = from;
    }

    /**
     * Sends one message to each of {@code recipients}: the subject is the message {@code subjectKey}, the body the
     * message {@code bodyKey} followed by a blank line and the message {@code footerKey}, all with {@code arguments}
     * (the footer without). {@code about} names the subject in the log if a delivery fails.
     */
    public void sendEach(Collection<String> recipients, String subjectKey, String bodyKey, String footerKey,
            Object[] arguments, String about) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null || recipients.isEmpty()) {
            return;
        }
        String subject = messages.getMessage(subjectKey, arguments, VIETNAMESE);
        String body = messages.getMessage(bodyKey, arguments, VIETNAMESE) + "\n\n"
                + messages.getMessage(footerKey, null, VIETNAMESE);
        for (String to : recipients) {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(to);
            message.setSubject(subject);
            message.setText(body);
            try {
                sender.send(message);
            }
            catch (MailException failed) {
                log.warn("E-mail about {} not delivered: {}", about, failed.getMessage());
            }
        }
    }
}
