package vn.phoihop.reporting.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.VietnamTime;
import vn.phoihop.reporting.review.Reviews;
import vn.phoihop.reporting.submission.SubmissionValues.Raw;
import vn.phoihop.support.Fixtures;

/**
 * The submission's life through the services: draft, value history (only actual changes), submit, accept (counted in
 * the roll-up in that transaction, a notification), return with a reason (taken back out), resubmit; the late flag,
 * the lock date and its exception, organisations not expected, and the optimistic lock.
 */
@SpringBootTest
class SubmissionLifecycleTests {

    static final String T = "RSL";

    @Autowired SubmissionFixtures fixtures;
    @Autowired Submissions submissions;
    @Autowired SubmissionQueries queries;
    @Autowired Reviews reviews;
    @Autowired JdbcClient jdbc;

    long template;
    CurrentUser police;
    CurrentUser central;

    @BeforeEach
    void data() {
        template = fixtures.template(T);
        fixtures.assign(template, "T20-CA");
        police = fixtures.user("rsl.police", "T20-CA", Role.PROVINCE_POLICE_STAFF);
        central = fixtures.user("rsl.central", "CTDCT", Role.CENTRAL_STAFF);
    }

    static List<Raw> complete(String admitted) {
        return List.of(new Raw(T + "_N", "", admitted), new Raw(T + "_C", "", "10"), new Raw(T + "_S", "nam", "3"),
                new Raw(T + "_S", "nu", "4"), new Raw(T + "_K", "", "Tốt"), new Raw(T + "_D", "", "05/01/2026"));
    }

    long draft(String periodCode, long period) {
        return Fixtures.as(police, () -> submissions.open(period, fixtures.org("T20-CA")));
    }

    SubmissionRow row(long id) {
        return Fixtures.as(police, () -> queries.view(id).row());
    }

    List<String> events(long id) {
        return jdbc.sql("SELECT action FROM report_submission_event WHERE submission_id = :s ORDER BY id")
                .param("s", id).query(String.class).list();
    }

    @Test
    void draftSubmitAcceptReturnResubmit() {
        long period = fixtures.openPeriod(template, "life");
        long id = draft("life", period);
        assertThat(draft("life", period)).as("opening again finds the same draft").isEqualTo(id);

        Submissions.Outcome saved = Fixtures.as(police, () -> submissions.save(id, 0L,
                List.of(new Raw(T + "_N", "", "7"))));
        assertThat(saved.status()).isEqualTo(SubmissionStatus.DRAFT);
        assertThat(saved.version()).isEqualTo(1);

        Submissions.Outcome submitted = Fixtures.as(police, () -> submissions.submit(id, 1L, complete("7"), null));
        assertThat(submitted.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(submitted.late()).isFalse();
        assertThatThrownBy(() -> Fixtures.as(police, () -> submissions.save(id, null, complete("8"))))
                .isInstanceOf(UserFacingException.class).hasMessage("reporting.submission.notEditable.SUBMITTED");

        Fixtures.as(central, () -> reviews.accept(id, submitted.version()));
        assertThat(row(id).status()).isEqualTo(SubmissionStatus.ACCEPTED);
        assertThat(jdbc.sql("SELECT count(*) FROM report_contribution WHERE submission_id = :s").param("s", id)
                .query(Long.class).single()).as("counted in the roll-up").isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM report_total t JOIN report_contribution c ON c.organization_id ="
                + " t.organization_id AND c.hierarchy = t.hierarchy WHERE c.submission_id = :s AND t.period_id = :p"
                + " AND t.indicator_code = :i AND t.value_sum >= 7").param("s", id).param("p", period)
                .param("i", T + "_N").query(Long.class).single()).isPositive();

        assertThatThrownBy(() -> Fixtures.as(central, () -> reviews.giveBack(id, null, "  ")))
                .hasMessage("reporting.review.reasonRequired");
        Fixtures.as(central, () -> reviews.giveBack(id, null, "Số liệu mục 2 chưa khớp"));
        SubmissionRow returned = row(id);
        assertThat(returned.status()).isEqualTo(SubmissionStatus.RETURNED);
        assertThat(returned.returnReason()).isEqualTo("Số liệu mục 2 chưa khớp");
        assertThat(jdbc.sql("SELECT count(*) FROM report_contribution WHERE submission_id = :s").param("s", id)
                .query(Long.class).single()).as("taken back out of the roll-up").isZero();
        assertThat(jdbc.sql("SELECT kind FROM report_notification WHERE submission_id = :s ORDER BY id").param("s", id)
                .query(String.class).list()).containsExactly("ACCEPTED", "RETURNED");

        Fixtures.as(police, () -> submissions.submit(id, returned.version(), complete("9"), null));
        assertThat(row(id).status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(events(id)).containsExactly("CREATED", "SUBMITTED", "ACCEPTED", "RETURNED", "RESUBMITTED");
    }

    @Test
    void everyActualChangeKeepsOldAndNewValueWhoAndWhen() {
        long id = draft("history", fixtures.openPeriod(template, "history"));
        Fixtures.as(police, () -> submissions.save(id, null, List.of(new Raw(T + "_N", "", "1.234.567"))));
        Fixtures.as(police, () -> submissions.save(id, null, List.of(new Raw(T + "_N", "", "1234567"))));
        Fixtures.as(police, () -> submissions.save(id, null, List.of(new Raw(T + "_N", "", "12,5"),
                new Raw(T + "_T", "", "Tốt"))));
        Fixtures.as(police, () -> submissions.save(id, null, List.of(new Raw(T + "_T", "", ""))));

        SubmissionView view = Fixtures.as(police, () -> queries.view(id));
        assertThat(view.changes()).extracting(c -> c.indicator() + ":" + c.oldValue() + "→" + c.newValue())
                .containsExactly(T + "_N:null→1234567", T + "_N:1234567→12,5", T + "_T:null→Tốt", T + "_T:Tốt→null");
        assertThat(view.changes()).allMatch(c -> c.changedBy().equals("rsl.police") && c.changedAt() != null);
        assertThat(view.display(T + "_T", "")).isEmpty();
        assertThat(view.row().version()).as("the unchanged save did not count").isEqualTo(3);
    }

    @Test
    void aReportSubmittedAfterItsDueDateIsLate() {
        LocalDate today = VietnamTime.today();
        long id = draft("late", fixtures.period(template, "late", today.minusDays(1), today.plusDays(5)));
        Submissions.Outcome outcome = Fixtures.as(police, () -> submissions.submit(id, null, complete("1"), null));
        assertThat(outcome.late()).isTrue();
        assertThat(jdbc.sql("SELECT late FROM report_submission_event WHERE submission_id = :s AND action = 'SUBMITTED'")
                .param("s", id).query(Boolean.class).single()).isTrue();
    }

    @Test
    void fromTheLockDateSubmittingNeedsAnExceptionStillRunning() {
        LocalDate today = VietnamTime.today();
        long period = fixtures.period(template, "locked", today.minusDays(20), today);
        long id = draft("locked", period);
        assertThatThrownBy(() -> Fixtures.as(police, () -> submissions.submit(id, null, complete("1"), null)))
                .isInstanceOf(UserFacingException.class).hasMessage("reporting.submission.locked")
                .satisfies(ex -> assertThat(((UserFacingException) ex).status()).isEqualTo(409));
        assertThat(row(id).status()).isEqualTo(SubmissionStatus.DRAFT);
        assertThat(Fixtures.as(police, () -> submissions.values(id))).as("nothing stored").isEmpty();

        fixtures.lockException(period, "T20-CA", today.minusDays(1));
        assertThatThrownBy(() -> Fixtures.as(police, () -> submissions.submit(id, null, complete("1"), null)))
                .hasMessage("reporting.submission.locked");

        fixtures.lockException(period, "T20-CA", today);
        Submissions.Outcome outcome = Fixtures.as(police, () -> submissions.submit(id, null, complete("1"), null));
        assertThat(outcome.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(outcome.late()).isTrue();
    }

    @Test
    void anOrganisationNotExpectedCannotOpenAReport() {
        long other = fixtures.template("RSL2");
        long period = fixtures.openPeriod(other, "unassigned");
        assertThatThrownBy(() -> Fixtures.as(police, () -> submissions.open(period, fixtures.org("T20-CA"))))
                .hasMessage("reporting.submission.notExpected");
        assertThat(jdbc.sql("SELECT count(*) FROM report_submission WHERE period_id = :p").param("p", period)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aStaleVersionChangesNothing() {
        long id = draft("stale", fixtures.openPeriod(template, "stale"));
        Fixtures.as(police, () -> submissions.save(id, 0L, List.of(new Raw(T + "_N", "", "5"))));
        assertThatThrownBy(() -> Fixtures.as(police, () -> submissions.save(id, 0L,
                List.of(new Raw(T + "_N", "", "6"))))).hasMessage("reporting.submission.stale");
        assertThatThrownBy(() -> Fixtures.as(police, () -> submissions.submit(id, 0L, complete("6"), null)))
                .hasMessage("reporting.submission.stale");
        assertThat(Fixtures.as(police, () -> queries.view(id)).display(T + "_N", "")).isEqualTo("5");
        assertThat(row(id).status()).isEqualTo(SubmissionStatus.DRAFT);
    }

    @Test
    void refusedValuesOnSubmitStoreNothing() {
        long id = draft("refused", fixtures.openPeriod(template, "refused"));
        assertThatThrownBy(() -> Fixtures.as(police, () -> submissions.submit(id, null, complete("11"), null)))
                .isInstanceOfSatisfying(InvalidValues.class, ex -> assertThat(ex.problems())
                        .extracting(SubmissionValues.Problem::messageKey).containsExactly("reporting.value.rule"));
        assertThat(Fixtures.as(police, () -> submissions.values(id))).isEmpty();
        assertThat(events(id)).containsExactly("CREATED");
    }
}
