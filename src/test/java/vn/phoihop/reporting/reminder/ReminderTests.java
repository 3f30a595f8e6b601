package vn.phoihop.reporting.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
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

import vn.phoihop.account.Role;
import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.reporting.ReportingFixtures;
import vn.phoihop.reporting.ReportingFixtures.TestTemplate;
import vn.phoihop.reporting.completeness.WatchFixtures;
import vn.phoihop.support.Fixtures;
import vn.phoihop.support.RegistryFixtures;

/**
 * Reminders go out once per period, organisation and offset, in-app and by e-mail (GreenMail as the SMTP server),
 * only to expected organisations without a submitted report and only to members with a staff role: run twice, or
 * twice at the same time, and still once. Each test has its own unit, template and periods in 2033 (no demo data
 * is due then); "today" is passed in, so nothing depends on the clock.
 */
@SpringBootTest
class ReminderTests {

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

    @Autowired Reminders reminders;
    @Autowired ReportingFixtures reporting;
    @Autowired WatchFixtures watch;
    @Autowired RegistryFixtures registry;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    /** A unit expected to report, its staff member with an address, a viewer with one, and two monthly periods. */
    record Scenario(long unit, String staffAddress, String viewerAddress, TestTemplate template, List<Long> periods) {
    }

    private Scenario scenario(String name) {
        String code = "RW-" + name;
        long unit = registry.unit(code, OrganizationKind.POLICE_UNIT, "Phòng thử nhắc " + name, "T05-CA",
                LocalDate.of(2025, 7, 1));
        String staff = "rw.staff." + name.toLowerCase();
        String viewer = "rw.viewer." + name.toLowerCase();
        fixtures.user(staff, code, Role.PROVINCE_POLICE_STAFF);
        fixtures.user(viewer, code, Role.VIEWER);
        watch.email(staff, staff + "@phoihop.test");
        watch.email(viewer, viewer + "@phoihop.test");
        TestTemplate template = reporting.monthlyTemplate(code, LocalDate.of(2030, 1, 1), 1);
        List<Long> periods = reporting.monthlyPeriods(template.id(), YearMonth.of(2033, 1), YearMonth.of(2033, 2));
        reporting.assign(template.id(), code, LocalDate.of(2030, 1, 1));
        return new Scenario(unit, staff + "@phoihop.test", viewer + "@phoihop.test", template, periods);
    }

    @Test
    void aReminderIsSentOnceInAppAndByMailToStaffOnly() throws Exception {
        Scenario s = scenario("ONCE");
        LocalDate threeDaysBefore = LocalDate.of(2033, 1, 22);

        List<Reminders.Sent> first = mine(reminders.send(threeDaysBefore), s);
        List<Reminders.Sent> second = mine(reminders.send(threeDaysBefore), s);

        assertThat(first).singleElement().satisfies(r -> {
            assertThat(r.periodId()).isEqualTo(s.periods().get(0));
            assertThat(r.offsetDays()).isEqualTo(-3);
            assertThat(r.recipients()).containsExactly(s.staffAddress());
        });
        assertThat(second).as("the second run finds it sent").isEmpty();
        assertThat(reminderRows(s)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT recipients FROM report_reminder WHERE organization_id = :o").param("o", s.unit())
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT message_key || '|' || array_to_string(arguments, '|') FROM report_notification"
                + " WHERE organization_id = :o").param("o", s.unit()).query(String.class).list())
                .containsExactly("reporting.reminder.before|Mẫu thử RW-ONCE|Tháng 01/2033|25/01/2033|3");
        List<MimeMessage> mails = mailsTo(s.staffAddress());
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("[PhoiHop] Nhắc nộp báo cáo: Mẫu thử RW-ONCE, Tháng 01/2033");
        assertThat(GreenMailUtil.getBody(mails.get(0))).isNotBlank();
        assertThat(mailsTo(s.viewerAddress())).as("a viewer is not mailed").isEmpty();
    }

    @Test
    void twoConcurrentRunsStillSendOnce() throws Exception {
        Scenario s = scenario("TWICE");
        LocalDate dayAfterDue = LocalDate.of(2033, 2, 26);
        CyclicBarrier start = new CyclicBarrier(2);
        Callable<List<Reminders.Sent>> run = () -> {
            start.await();
            return reminders.send(dayAfterDue);
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Reminders.Sent> sent = new ArrayList<>();
        try {
            List<Future<List<Reminders.Sent>>> runs = pool.invokeAll(List.of(run, run));
            for (Future<List<Reminders.Sent>> r : runs) {
                sent.addAll(mine(r.get(), s));
            }
        }
        finally {
            pool.shutdown();
        }
        assertThat(sent).singleElement().satisfies(r -> {
            assertThat(r.periodId()).isEqualTo(s.periods().get(1));
            assertThat(r.offsetDays()).as("only the latest offset due within the catch-up window").isEqualTo(1);
        });
        assertThat(reminderRows(s)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM report_notification WHERE organization_id = :o")
                .param("o", s.unit()).query(Long.class).single()).isEqualTo(1);
        assertThat(mailsTo(s.staffAddress())).hasSize(1);
    }

    @Test
    void noReminderOnceSubmittedOrOutsideTheWindow() throws Exception {
        Scenario s = scenario("DONE");
        watch.submission(s.periods().get(0), s.template().versionId(), "RW-DONE", "SUBMITTED", false,
                LocalDate.of(2033, 1, 20));
        assertThat(mine(reminders.send(LocalDate.of(2033, 1, 22)), s)).as("submitted: no reminder").isEmpty();
        assertThat(mine(reminders.send(LocalDate.of(2033, 2, 10)), s)).as("nothing due that day").isEmpty();
        watch.submission(s.periods().get(1), s.template().versionId(), "RW-DONE", "DRAFT", false, null);
        assertThat(mine(reminders.send(LocalDate.of(2033, 2, 22)), s)).as("a draft is not submitted").hasSize(1);
        assertThat(mailsTo(s.staffAddress())).hasSize(1);
    }

    @Test
    void theTaskIsRegisteredWithTheClusterSafeScheduler() {
        assertThat(jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = 'reporting-reminders'")
                .query(Long.class).single()).isEqualTo(1);
    }

    private long reminderRows(Scenario s) {
        return jdbc.sql("SELECT count(*) FROM report_reminder WHERE organization_id = :o").param("o", s.unit())
                .query(Long.class).single();
    }

    private static List<Reminders.Sent> mine(List<Reminders.Sent> sent, Scenario s) {
        return sent.stream().filter(r -> r.organizationId() == s.unit()).toList();
    }

    private static List<MimeMessage> mailsTo(String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : MAIL.getReceivedMessages()) {
            if (Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address))) {
                found.add(m);
            }
        }
        return found;
    }
}
