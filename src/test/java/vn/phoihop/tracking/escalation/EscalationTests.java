package vn.phoihop.tracking.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
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
import vn.phoihop.support.Fixtures;
import vn.phoihop.tracking.progress.ProgressFixtures;

/**
 * The leaders' list of late work holds what the reader may read, oldest due date first, with the carrier and the
 * days late, never a done or another province's assignment; reminders before and after the due date go out once,
 * run twice or twice at the same time, in-app and by e-mail (GreenMail as the SMTP server) to the carrier's staff only. “Today” is passed in for reminders (due dates in 2034), so nothing depends
 * on the clock; the overdue list uses due dates years in the past.
 */
@SpringBootTest
class EscalationTests {

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

    @Autowired OverdueAssignments overdue;
    @Autowired TrackingReminders reminders;
    @Autowired ProgressFixtures tracking;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    @Test
    void theOverdueListShowsWhatIsLateAndWhereOldestFirstWithinTheReadersAccess() {
        long older = tracking.assignment("TEO", "T20-CA", LocalDate.of(2023, 1, 15));
        long newer = tracking.assignment("TEO", "T20-CA", LocalDate.of(2024, 3, 1));
        long done = tracking.assignment("TEO", "T20-CA", LocalDate.of(2023, 1, 1));
        jdbc.sql("UPDATE tracking_assignment SET status = 'DONE', percent = 100 WHERE id = :a").param("a", done)
                .update();
        long future = tracking.assignment("TEO", "T20-CA", LocalDate.of(2031, 1, 1));
        long haNoi = tracking.assignment("TEO", "T01-CA", LocalDate.of(2023, 1, 1));
        CurrentUser leader = Fixtures.principal(fixtures.user("te.leader", "T20-CA", Role.LEADER));
        CurrentUser central = Fixtures.principal(fixtures.user("te.central", "CTDCT", Role.CENTRAL_STAFF));

        List<OverdueAssignments.Overdue> bacNinh = Fixtures.as(leader, overdue::list);
        List<Long> ids = bacNinh.stream().map(OverdueAssignments.Overdue::id).toList();
        assertThat(ids).contains(older, newer).doesNotContain(done, future, haNoi);
        assertThat(ids.indexOf(older)).isLessThan(ids.indexOf(newer));
        OverdueAssignments.Overdue row = bacNinh.get(ids.indexOf(older));
        assertThat(row.carrierId()).isEqualTo(tracking.org("T20-CA"));
        assertThat(row.carrier()).isNotBlank();
        assertThat(row.daysLate()).isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2023, 1, 15),
                vn.phoihop.platform.VietnamTime.today()));
        assertThat(bacNinh).allSatisfy(o -> assertThat(o.dueOn()).isBefore(vn.phoihop.platform.VietnamTime.today()));

        assertThat(Fixtures.as(central, overdue::list)).extracting(OverdueAssignments.Overdue::id)
                .as("the assigning side reads every province's").contains(older, haNoi);
    }

    @Test
    void aReminderIsSentOnceBeforeAndAfterTheDueDate() throws Exception {
        fixtures.user("te.mail.staff", "T20-CA", Role.PROVINCE_POLICE_STAFF);
        fixtures.user("te.mail.viewer", "T20-CA", Role.VIEWER);
        jdbc.sql("UPDATE user_account SET email = username || '@phoihop.test' WHERE username LIKE 'te.mail.%'")
                .update();
        long assignment = tracking.assignment("TER", "T20-CA", LocalDate.of(2034, 5, 10));
        long done = tracking.assignment("TER", "T20-CA", LocalDate.of(2034, 5, 10));
        jdbc.sql("UPDATE tracking_assignment SET status = 'DONE' WHERE id = :a").param("a", done).update();

        List<TrackingReminders.Sent> first = mine(reminders.send(LocalDate.of(2034, 5, 3)), assignment, done);
        List<TrackingReminders.Sent> second = mine(reminders.send(LocalDate.of(2034, 5, 3)), assignment, done);
        assertThat(first).singleElement().satisfies(s -> {
            assertThat(s.assignmentId()).isEqualTo(assignment);
            assertThat(s.offsetDays()).isEqualTo(-7);
            assertThat(s.organizationId()).isEqualTo(tracking.org("T20-CA"));
        });
        assertThat(second).as("the second run finds it sent").isEmpty();
        assertThat(first.get(0).recipients()).contains("te.mail.staff@phoihop.test")
                .doesNotContain("te.mail.viewer@phoihop.test");
        String code = jdbc.sql("SELECT t.code FROM tracking_task t JOIN tracking_assignment a ON a.task_id = t.id"
                + " WHERE a.id = :a").param("a", assignment).query(String.class).single();
        List<MimeMessage> mails = mailsTo("te.mail.staff@phoihop.test", code);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("[PhoiHop] Nhắc thực hiện nhiệm vụ " + code + ", hạn 10/05/2034");
        assertThat(GreenMailUtil.getBody(mails.get(0))).isNotBlank();
        assertThat(mailsTo("te.mail.viewer@phoihop.test", code)).as("a viewer is not mailed").isEmpty();

        List<TrackingReminders.Sent> late = mine(reminders.send(LocalDate.of(2034, 5, 11)), assignment, done);
        assertThat(late).singleElement().satisfies(s -> assertThat(s.offsetDays()).isEqualTo(1));
        assertThat(jdbc.sql("SELECT count(*) FROM tracking_reminder WHERE assignment_id IN (:a, :d)")
                .param("a", assignment).param("d", done).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void twoInstancesRunningAtTheSameTimeStillSendOnce() throws Exception {
        long assignment = tracking.assignment("TEC", "T01-CA", LocalDate.of(2034, 6, 10));
        LocalDate dayBefore = LocalDate.of(2034, 6, 9);
        CyclicBarrier start = new CyclicBarrier(2);
        Callable<List<TrackingReminders.Sent>> run = () -> {
            start.await();
            return reminders.send(dayBefore);
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<TrackingReminders.Sent> sent = new ArrayList<>();
        try {
            for (Future<List<TrackingReminders.Sent>> r : pool.invokeAll(List.of(run, run))) {
                sent.addAll(mine(r.get(), assignment, assignment));
            }
        }
        finally {
            pool.shutdown();
        }
        assertThat(sent).singleElement().satisfies(s -> assertThat(s.offsetDays()).isEqualTo(-1));
        assertThat(jdbc.sql("SELECT count(*) FROM tracking_reminder WHERE assignment_id = :a")
                .param("a", assignment).query(Long.class).single()).isEqualTo(1);
    }

    private static List<MimeMessage> mailsTo(String address, String code) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : MAIL.getReceivedMessages()) {
            if (m.getSubject().contains(code + ",") && java.util.Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(address))) {
                found.add(m);
            }
        }
        return found;
    }

    private static List<TrackingReminders.Sent> mine(List<TrackingReminders.Sent> sent, long a, long b) {
        return sent.stream().filter(s -> s.assignmentId() == a || s.assignmentId() == b).toList();
    }
}
