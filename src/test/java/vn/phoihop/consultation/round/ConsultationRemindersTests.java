package vn.phoihop.consultation.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.consultation.ConsultationFixtures;
import vn.phoihop.platform.VietnamTime;
import vn.phoihop.support.Fixtures;

/**
 * Reminders to invitees that have not answered (issue 11, point 2): three days before the deadline and once overdue,
 * each once even when run twice or by two instances at the same time, in-app (the invitee's dashboard) and by e-mail
 * (GreenMail as the SMTP server) to the holder's staff only; an answered invitation gets none. “Today” is passed in
 * (deadlines in 2034), so nothing depends on the clock.
 */
@SpringBootTest
class ConsultationRemindersTests {

    static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        MAIL.start();
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    @AfterAll
    static void stopMail() {
        MAIL.stop();
    }

    @Autowired ConsultationReminders reminders;
    @Autowired RoundQueries queries;
    @Autowired ConsultationFixtures consult;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    private long round(String title, LocalDate deadline) {
        long draft = consult.draft("CTDCT", title, "NONE");
        long version = consult.version(draft, 1);
        consult.articles(draft, version, 1);
        long round = consult.round(draft, version, deadline.atTime(LocalTime.of(17, 0)).atZone(VietnamTime.ZONE)
                .toInstant(), "FLAG");
        jdbc.sql("UPDATE consultation_round SET title = :t WHERE id = :r").param("t", "Đợt " + title)
                .param("r", round).update();
        return round;
    }

    @Test
    void aReminderGoesOutBeforeTheDeadlineAndOnceOverdue() throws Exception {
        fixtures.user("crm.staff", "T20-CA", Role.PROVINCE_POLICE_STAFF);
        fixtures.user("crm.viewer", "T20-CA", Role.VIEWER);
        jdbc.sql("UPDATE user_account SET email = username || '@phoihop.test' WHERE username LIKE 'crm.%'").update();
        String title = "Dự thảo nhắc " + UUID.randomUUID().toString().substring(0, 6);
        long round = round(title, LocalDate.of(2034, 5, 10));
        long open = consult.invite(round, "T20-CA", LocalDate.of(2025, 8, 1));
        long answered = consult.invite(round, "T01-CA", LocalDate.of(2025, 8, 1));
        jdbc.sql("UPDATE consultation_invitation SET status = 'NO_COMMENTS', submitted_at = now() WHERE id = :i")
                .param("i", answered).update();

        assertThat(mine(reminders.send(LocalDate.of(2034, 5, 6)), open, answered)).as("four days before").isEmpty();
        List<ConsultationReminders.Sent> first = mine(reminders.send(LocalDate.of(2034, 5, 7)), open, answered);
        assertThat(first).singleElement().satisfies(s -> {
            assertThat(s.invitationId()).isEqualTo(open);
            assertThat(s.kind()).isEqualTo("BEFORE_DEADLINE");
            assertThat(s.recipients()).contains("crm.staff@phoihop.test").doesNotContain("crm.viewer@phoihop.test");
        });
        assertThat(mine(reminders.send(LocalDate.of(2034, 5, 7)), open, answered)).as("sent already").isEmpty();
        assertThat(mine(reminders.send(LocalDate.of(2034, 5, 9)), open, answered)).as("once before").isEmpty();
        assertThat(mailsTo("crm.staff@phoihop.test", title)).singleElement().satisfies(m -> assertThat(m.getSubject())
                .isEqualTo("[PhoiHop] Nhắc góp ý dự thảo: Đợt " + title + ", hạn 17:00 10/05/2034"));
        assertThat(mailsTo("crm.viewer@phoihop.test", title)).isEmpty();

        assertThat(mine(reminders.send(LocalDate.of(2034, 5, 10)), open, answered)).as("deadline day").isEmpty();
        assertThat(mine(reminders.send(LocalDate.of(2034, 5, 11)), open, answered)).singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo("OVERDUE"));
        assertThat(mine(reminders.send(LocalDate.of(2034, 5, 12)), open, answered)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM consultation_reminder WHERE invitation_id IN (:a, :b)")
                .param("a", open).param("b", answered).query(Long.class).single()).isEqualTo(2);

        CurrentUser staff = Fixtures.principal(fixtures.user("crm.staff", "T20-CA", Role.PROVINCE_POLICE_STAFF));
        assertThat(Fixtures.as(staff, queries::dashboard)).filteredOn(c -> c.invitationId() == open)
                .singleElement().satisfies(c -> assertThat(c.reminders()).extracting(RoundViews.ReminderRow::kind)
                        .containsExactly("BEFORE_DEADLINE", "OVERDUE"));
    }

    @Test
    void twoInstancesRunningAtTheSameTimeStillSendOnce() throws Exception {
        long round = round("Dự thảo song song " + UUID.randomUUID(), LocalDate.of(2034, 6, 10));
        long invitation = consult.invite(round, "T01-CA", LocalDate.of(2025, 8, 1));
        CyclicBarrier start = new CyclicBarrier(2);
        Callable<List<ConsultationReminders.Sent>> run = () -> {
            start.await();
            return reminders.send(LocalDate.of(2034, 6, 8));
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<ConsultationReminders.Sent> sent = new ArrayList<>();
        try {
            for (Future<List<ConsultationReminders.Sent>> r : pool.invokeAll(List.of(run, run))) {
                sent.addAll(mine(r.get(), invitation, invitation));
            }
        }
        finally {
            pool.shutdown();
        }
        assertThat(sent).singleElement().satisfies(s -> assertThat(s.kind()).isEqualTo("BEFORE_DEADLINE"));
        assertThat(jdbc.sql("SELECT count(*) FROM consultation_reminder WHERE invitation_id = :i")
                .param("i", invitation).query(Long.class).single()).isEqualTo(1);
    }

    private static List<MimeMessage> mailsTo(String address, String title) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : MAIL.getReceivedMessages()) {
            if (m.getSubject().contains(title) && java.util.Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(address))) {
                found.add(m);
            }
        }
        return found;
    }

    private static List<ConsultationReminders.Sent> mine(List<ConsultationReminders.Sent> sent, long a, long b) {
        return sent.stream().filter(s -> s.invitationId() == a || s.invitationId() == b).toList();
    }
}
