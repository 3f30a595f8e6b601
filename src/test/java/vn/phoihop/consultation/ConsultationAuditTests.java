package vn.phoihop.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.phoihop.account.Clearance;
import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.consultation.access.ConsultationAccess;
import vn.phoihop.consultation.comment.CommentCommand;
import vn.phoihop.consultation.comment.Comments;
import vn.phoihop.consultation.disposition.Disposition;
import vn.phoihop.consultation.disposition.DispositionCommand;
import vn.phoihop.consultation.disposition.DispositionFixtures;
import vn.phoihop.consultation.disposition.Dispositions;
import vn.phoihop.consultation.disposition.Groups;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.support.Fixtures;

/**
 * The audit trail of consultation (DESIGN.md: every write, and every read of a marked document): the invitee's writes
 * are about the invitee, the drafting body's writes (dispositions, notes, groups) about the drafting body only, so an
 * invitee's administrator never learns that its comments carry internal notes; a refused write leaves no row; a read
 * of a marked draft is recorded once per request, a read of an unmarked one not at all, and inside a write it joins
 * the write's transaction (a transaction of its own would wait forever on the audit lock the write holds).
 */
@SpringBootTest
class ConsultationAuditTests {

    @Autowired Comments comments;
    @Autowired Dispositions dispositions;
    @Autowired Groups groups;
    @Autowired ConsultationAccess access;
    @Autowired DispositionFixtures data;
    @Autowired ConsultationFixtures consultation;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void writesAreAuditedAboutTheOrganisationThatMayKnowOfThem() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        CurrentUser central = user("caudit.central", "CTDCT", Role.CENTRAL_STAFF, Clearance.NONE);
        CurrentUser police = user("caudit.police", "T20-CA", Role.PROVINCE_POLICE_STAFF, Clearance.NONE);
        DispositionFixtures.Round round = data.round("CTDCT", "Dự thảo nhật ký " + tag, 2, "T20-CA", "T01-CA");

        long written = Fixtures.as(police, () -> comments.write(round.invitations().get("T20-CA"),
                new CommentCommand(round.articles().get(0), "Góp ý nhật ký " + tag, null, null, null, null), null));
        assertThat(rows("CONSULTATION_COMMENT_WRITTEN", "consultation_comment", written))
                .containsExactly(List.of(org("T20-CA")));

        long submitted = data.submitted(round, "T01-CA", 1, "Góp ý đã gửi " + tag);
        long twin = data.submitted(round, "T20-CA", 1, "Góp ý đã gửi " + tag + " nữa");
        Fixtures.as(central, () -> dispositions.record(round.roundId(), submitted,
                new DispositionCommand(Disposition.ACCEPTED, null, null, null, null)));
        Fixtures.as(central, () -> dispositions.note(round.roundId(), submitted, "Ghi chú nội bộ " + tag));
        long group = Fixtures.as(central, () -> groups.create(round.roundId(), null, List.of(submitted, twin)));
        Fixtures.as(central, () -> groups.answer(round.roundId(), group,
                new DispositionCommand(Disposition.EXPLAINED, "Giữ như dự thảo", null, null, null)));
        assertThat(rows("CONSULTATION_DISPOSITION_RECORDED", "consultation_comment", submitted))
                .containsExactly(List.of(org("CTDCT")));
        assertThat(rows("CONSULTATION_NOTE_ADDED", "consultation_comment", submitted))
                .containsExactly(List.of(org("CTDCT")));
        assertThat(rows("CONSULTATION_GROUP_CREATED", "consultation_comment_group", group))
                .containsExactly(List.of(org("CTDCT")));
        assertThat(rows("CONSULTATION_GROUP_ANSWERED", "consultation_comment_group", group))
                .containsExactly(List.of(org("CTDCT")));
        assertThat(jdbc.sql("SELECT details FROM audit_event WHERE action = 'CONSULTATION_NOTE_ADDED'"
                + " AND target_id = :t").param("t", String.valueOf(submitted)).query(String.class).single())
                .doesNotContain("Ghi chú nội bộ");

        long before = count();
        assertThatThrownBy(() -> Fixtures.as(central, () -> dispositions.record(round.roundId(), twin,
                new DispositionCommand(Disposition.PARTLY_ACCEPTED, " ", null, null, null))))
                .isInstanceOf(UserFacingException.class);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aReadOfAMarkedDraftIsAuditedOncePerRequest() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        CurrentUser reader = user("caudit.cleared", "CTDCT", Role.CENTRAL_STAFF, Clearance.CONFIDENTIAL);
        long marked = consultation.draft("CTDCT", "Dự thảo mật " + tag, "CONFIDENTIAL");
        long markedRound = consultation.round(marked, consultation.version(marked, 1),
                Instant.now().plus(5, ChronoUnit.DAYS), "FLAG");
        consultation.invite(markedRound, "T20-CA", LocalDate.of(2025, 8, 1));
        long open = consultation.draft("CTDCT", "Dự thảo thường " + tag, "NONE");

        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        Fixtures.as(reader, () -> {
            access.requireDraftReadable(marked);
            access.requireRoundReadable(markedRound);
            return access.requireDraftReadable(open);
        });
        assertThat(rows("CONSULTATION_DRAFT_READ", "consultation_draft", marked))
                .containsExactly(List.of(org("CTDCT")));
        assertThat(jdbc.sql("SELECT actor || ' ' || details FROM audit_event WHERE action = 'CONSULTATION_DRAFT_READ'"
                + " AND target_id = :t").param("t", String.valueOf(marked)).query(String.class).single())
                .isEqualTo("caudit.cleared CONFIDENTIAL");
        assertThat(rows("CONSULTATION_DRAFT_READ", "consultation_draft", open)).isEmpty();

        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        Fixtures.as(reader, () -> access.requireRoundReadable(markedRound));
        assertThat(rows("CONSULTATION_DRAFT_READ", "consultation_draft", marked)).hasSize(2);
    }

    @Test
    void aReadInsideAWriteJoinsItsTransactionAndAReadOnlyOneIsStillRecorded() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        CurrentUser reader = user("caudit.cleared", "CTDCT", Role.CENTRAL_STAFF, Clearance.CONFIDENTIAL);
        long marked = consultation.draft("CTDCT", "Dự thảo mật trong giao dịch " + tag, "CONFIDENTIAL");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        TransactionTemplate write = new TransactionTemplate(transactions);
        Fixtures.as(reader, () -> write.execute(status -> {
            access.requireDraftReadable(marked);
            status.setRollbackOnly();
            return null;
        }));
        assertThat(rows("CONSULTATION_DRAFT_READ", "consultation_draft", marked)).isEmpty();

        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        Fixtures.as(reader, () -> readOnly.execute(status -> access.requireDraftReadable(marked)));
        assertThat(rows("CONSULTATION_DRAFT_READ", "consultation_draft", marked)).hasSize(1);
    }

    private CurrentUser user(String name, String org, Role role, Clearance clearance) {
        return Fixtures.principal(fixtures.user(name, org, EnumSet.of(role), clearance));
    }

    private long org(String code) {
        return jdbc.sql("SELECT id FROM organization WHERE code = :c").param("c", code).query(Long.class).single();
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM audit_event").query(Long.class).single();
    }

    /** The organisation ids of each audit row of the action on the target, oldest first. */
    private List<List<Long>> rows(String action, String targetType, long targetId) {
        return jdbc.sql("SELECT organization_ids FROM audit_event WHERE action = :a AND target_type = :t"
                + " AND target_id = :id ORDER BY seq").param("a", action).param("t", targetType)
                .param("id", String.valueOf(targetId))
                .query((rs, n) -> Arrays.asList((Long[]) rs.getArray(1).getArray())).list();
    }
}
