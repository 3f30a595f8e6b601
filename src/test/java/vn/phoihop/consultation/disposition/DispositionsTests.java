package vn.phoihop.consultation.disposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import vn.phoihop.account.Clearance;
import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.consultation.ConsultationFixtures;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.support.Fixtures;

/**
 * Dispositions, notes, drafters, publication and near-duplicate groups: the drafting body's staff writes them on
 * submitted comments only, with a reason where required and a stale version refused; invitees never read notes or
 * groups; refused input changes nothing; a group is suggested from similar wording and answered once for all.
 */
@SpringBootTest
class DispositionsTests {

    @Autowired Dispositions dispositions;
    @Autowired Groups groups;
    @Autowired DispositionFixtures data;
    @Autowired ConsultationFixtures consultation;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    CurrentUser central;
    CurrentUser police;
    DispositionFixtures.Round round;
    String tag;

    @BeforeEach
    void round() {
        tag = UUID.randomUUID().toString().substring(0, 6);
        central = user("cdispo.central", "CTDCT", Role.CENTRAL_STAFF);
        police = user("cdispo.police", "T20-CA", Role.PROVINCE_POLICE_STAFF);
        round = data.round("CTDCT", "Dự thảo xử lý ý kiến " + tag, 3, "T20-CA", "T01-CA", "T20-TU");
    }

    private CurrentUser user(String name, String org, Role role) {
        return Fixtures.principal(fixtures.user(name, org, EnumSet.of(role), Clearance.NONE));
    }

    @Test
    void theDraftingBodyRecordsChangesAndPublishesDispositions() {
        long comment = data.submitted(round, "T20-CA", 0, "Đề nghị sửa điều một " + tag);
        long draft = consultation.comment(round.roundId(), round.invitations().get("T20-CA"), round.articles().get(1),
                "Góp ý chưa gửi " + tag, "DRAFT");
        long version = Fixtures.as(central, () -> dispositions.record(round.roundId(), comment,
                new DispositionCommand(Disposition.ACCEPTED, null, null, null, 0L)));
        long v2 = consultation.version(round.draftId(), 2);
        consultation.text(v2, round.articles().get(0), null, 1, "Điều 1", "Tiêu đề", "Nội dung mới", "EDITED");
        Fixtures.as(central, () -> dispositions.record(round.roundId(), comment, new DispositionCommand(
                Disposition.EXPLAINED, "  Giữ như dự thảo  ", round.articles().get(0), v2, version)));
        SubmittedComment saved = Fixtures.as(central, () -> dispositions.comment(round.roundId(), comment));
        assertThat(saved.disposition()).isEqualTo(Disposition.EXPLAINED);
        assertThat(saved.reason()).isEqualTo("Giữ như dự thảo");
        assertThat(saved.changedVersionId()).isEqualTo(v2);
        assertThat(saved.organization()).isEqualTo("Công an tỉnh Bắc Ninh");
        refused(() -> dispositions.record(round.roundId(), comment, new DispositionCommand(Disposition.ACCEPTED, null,
                null, null, version)), "consultation.disposition.stale", 409);
        refused(() -> dispositions.record(round.roundId(), draft, new DispositionCommand(Disposition.ACCEPTED, null,
                null, null, null)), "consultation.disposition.commentNotFound", 404);

        assertThat(Fixtures.as(central, () -> dispositions.publish(round.roundId(), true, null))).isPositive();
        assertThat(jdbc.sql("SELECT dispositions_published FROM consultation_round WHERE id = :r")
                .param("r", round.roundId()).query(Boolean.class).single()).isTrue();
        assertThatThrownBy(() -> Fixtures.as(police, () -> dispositions.publish(round.roundId(), false, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Fixtures.as(police, () -> dispositions.record(round.roundId(), comment,
                new DispositionCommand(Disposition.ACCEPTED, null, null, null, null))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void badInputIsRefusedInVietnameseAndChangesNothing() {
        long comment = data.submitted(round, "T20-CA", 0, "Góp ý cần xử lý " + tag);
        DispositionFixtures.Round other = data.round("CTDCT", "Dự thảo khác " + tag, 1, "T20-CA");
        String before = state(comment);
        refused(() -> dispositions.record(round.roundId(), comment, new DispositionCommand(null, "x", null, null,
                null)), "consultation.disposition.required", 400);
        refused(() -> dispositions.record(round.roundId(), comment, new DispositionCommand(Disposition.EXPLAINED,
                "   ", null, null, null)), "consultation.disposition.reasonRequired", 400);
        refused(() -> dispositions.record(round.roundId(), comment, new DispositionCommand(
                Disposition.PARTLY_ACCEPTED, "lý do\u0007", null, null, null)), "consultation.disposition.badReason",
                400);
        refused(() -> dispositions.record(round.roundId(), comment, new DispositionCommand(Disposition.EXPLAINED,
                "x".repeat(4001), null, null, null)), "consultation.disposition.badReason", 400);
        refused(() -> dispositions.record(round.roundId(), comment, new DispositionCommand(Disposition.ACCEPTED,
                null, round.articles().get(0), null, null)), "consultation.disposition.changedBoth", 400);
        refused(() -> dispositions.record(round.roundId(), comment, new DispositionCommand(Disposition.ACCEPTED,
                null, other.articles().get(0), other.versionId(), null)), "consultation.disposition.changedNotInDraft",
                400);
        refused(() -> dispositions.note(round.roundId(), comment, " "), "consultation.note.required", 400);
        refused(() -> dispositions.note(round.roundId(), comment, "a\u0000b"), "consultation.note.bad", 400);
        refused(() -> {
            dispositions.assign(round.roundId(), comment, "cdispo.police");
            return null;
        }, "consultation.disposition.badDrafter", 400);
        user("cdispo.viewer", "CTDCT", Role.VIEWER);
        assertThat(Fixtures.as(central, () -> dispositions.drafters(dispositions.requireDraftingReader(
                round.roundId())))).contains("cdispo.central").doesNotContain("cdispo.viewer", "cdispo.police");
        refused(() -> {
            dispositions.assign(round.roundId(), comment, "cdispo.viewer");
            return null;
        }, "consultation.disposition.badDrafter", 400);
        refused(() -> dispositions.publish(round.roundId(), null, null), "consultation.disposition.publishRequired",
                400);
        assertThat(state(comment)).isEqualTo(before);
    }

    @Test
    void notesAndTheListAreTheDraftingBodysOnly() {
        long comment = data.submitted(round, "T20-CA", 0, "Góp ý có ghi chú " + tag);
        Fixtures.as(central, () -> dispositions.note(round.roundId(), comment, "Ghi chú nội bộ " + tag));
        Fixtures.as(central, () -> {
            dispositions.assign(round.roundId(), comment, "cdispo.central");
            return null;
        });
        assertThat(Fixtures.as(central, () -> dispositions.notes(round.roundId(), comment)))
                .extracting(InternalNote::body).containsExactly("Ghi chú nội bộ " + tag);
        assertThat(Fixtures.as(central, () -> dispositions.list(round.roundId(), new DispositionFilter(null, null,
                "UNDECIDED", true)))).extracting(SubmittedComment::id).containsExactly(comment);
        for (CurrentUser invitee : List.of(police, user("cdispo.party", "T20-TU", Role.PROVINCE_PARTY_STAFF))) {
            assertThatThrownBy(() -> Fixtures.as(invitee, () -> dispositions.notes(round.roundId(), comment)))
                    .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.status()).isEqualTo(404));
            assertThatThrownBy(() -> Fixtures.as(invitee, () -> dispositions.list(round.roundId(),
                    DispositionFilter.none()))).isInstanceOf(UserFacingException.class);
            assertThatThrownBy(() -> Fixtures.as(invitee, () -> groups.suggestions(round.roundId())))
                    .isInstanceOf(UserFacingException.class);
        }
    }

    @Test
    void nearDuplicatesAreSuggestedSameProvisionFirstAndAGroupIsAnsweredOnce() {
        long a = data.submitted(round, "T20-CA", 1, "Đề nghị quy định việc bổ nhiệm Giám đốc Công an tỉnh phải có ý"
                + " kiến thống nhất bằng văn bản của ban thường vụ tỉnh ủy " + tag);
        long b = data.submitted(round, "T01-CA", 1, "Đề nghị quy định rõ việc bổ nhiệm Giám đốc Công an tỉnh phải có"
                + " ý kiến thống nhất bằng văn bản của ban thường vụ tỉnh ủy " + tag);
        long c = data.submitted(round, "T20-TU", 2, "Đề nghị quy định việc bổ nhiệm Giám đốc Công an tỉnh phải có ý"
                + " kiến thống nhất bằng văn bản của ban thường vụ tỉnh ủy, thành ủy " + tag);
        long unrelated = data.submitted(round, "T20-TU", 1, "Nhất trí với nội dung dự thảo, đề nghị sớm ban hành.");
        List<GroupSuggestion> suggestions = Fixtures.as(central, () -> groups.suggestions(round.roundId()));
        assertThat(suggestions).singleElement().satisfies(s -> {
            assertThat(s.commentIds()).containsExactly(a, b, c);
            assertThat(s.sameProvision()).isFalse();
            assertThat(s.similarity()).isGreaterThanOrEqualTo(groups.threshold());
        });
        refused(() -> groups.create(round.roundId(), "Nhóm", List.of(a)), "consultation.group.tooFew", 400);
        long group = Fixtures.as(central, () -> groups.create(round.roundId(), null, List.of(a, b)));
        refused(() -> groups.create(round.roundId(), "Nhóm", List.of(b, c)), "consultation.group.memberTaken", 409);
        assertThat(Fixtures.as(central, () -> groups.suggestions(round.roundId()))).isEmpty();
        int answered = Fixtures.as(central, () -> groups.answer(round.roundId(), group, new DispositionCommand(
                Disposition.PARTLY_ACCEPTED, "Tiếp thu một phần " + tag, null, null, 0L)));
        assertThat(answered).isEqualTo(2);
        Map<Long, String> kinds = new java.util.HashMap<>();
        jdbc.sql("SELECT id, coalesce(disposition, '-') || '|' || coalesce(disposition_reason, '') FROM"
                + " consultation_comment WHERE id IN (:a, :b, :c, :u)").param("a", a).param("b", b).param("c", c)
                .param("u", unrelated).query((rs, n) -> kinds.put(rs.getLong(1), rs.getString(2))).list();
        assertThat(kinds).containsEntry(a, "PARTLY_ACCEPTED|Tiếp thu một phần " + tag)
                .containsEntry(b, "PARTLY_ACCEPTED|Tiếp thu một phần " + tag).containsEntry(c, "-|")
                .containsEntry(unrelated, "-|");
        refused(() -> groups.answer(round.roundId(), group, new DispositionCommand(Disposition.ACCEPTED, null, null,
                null, 0L)), "consultation.group.stale", 409);
        Fixtures.as(central, () -> {
            groups.removeMember(round.roundId(), group, a);
            groups.removeMember(round.roundId(), group, b);
            return null;
        });
        assertThat(jdbc.sql("SELECT count(*) FROM consultation_comment_group WHERE id = :g").param("g", group)
                .query(Long.class).single()).as("an empty group is deleted").isZero();
    }

    private String state(long comment) {
        return jdbc.sql("SELECT c::text || (SELECT count(*) FROM consultation_internal_note n WHERE n.comment_id ="
                + " c.id) || (SELECT r::text FROM consultation_round r WHERE r.id = c.round_id)"
                + " FROM consultation_comment c WHERE c.id = :c").param("c", comment).query(String.class).single();
    }

    private void refused(java.util.function.Supplier<?> work, String key, int status) {
        assertThatThrownBy(() -> Fixtures.as(central, work)).isInstanceOfSatisfying(UserFacingException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.status()).isEqualTo(status);
        });
    }
}
