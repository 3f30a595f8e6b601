package vn.phoihop.consultation.round;

import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import vn.phoihop.platform.OutgoingMail;
import vn.phoihop.platform.VietnamTime;

/**
 * The e-mail of a consultation reminder: which message, with which arguments; {@link OutgoingMail} sends it (one
 * message per recipient, nothing without a mail host, failures logged).
 */
@Component
class ConsultationReminderMail {

    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final OutgoingMail mail;

    ConsultationReminderMail(OutgoingMail mail) {
        this.mail = mail;
    }

    void send(ConsultationReminders.Sent reminder) {
        Object[] args = { reminder.roundTitle(), reminder.draftTitle(),
                DEADLINE.format(reminder.deadline().atZone(VietnamTime.ZONE)) };
        mail.sendEach(reminder.recipients(), "consultation.reminder.mail.subject",
                "consultation.reminder.mail." + reminder.kind(), "consultation.reminder.mail.footer", args,
                "invitation " + reminder.invitationId());
    }
}
