package vn.phoihop.consultation.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import vn.phoihop.account.Clearance;
import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.consultation.ConsultationFixtures;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.support.Fixtures;

/**
 * The consultation access rule (ACCESS.md, “consultation”): the drafting body reads everything, an invitee its own
 * invitation only, another province and a national reader outside the drafting body nothing, a reader below the
 * draft's secrecy nothing; writing is the holder's staff, approving its leader.
 */
@SpringBootTest
class ConsultationAccessTests {

    @Autowired ConsultationAccess access;
    @Autowired ConsultationFixtures consultation;
    @Autowired Fixtures fixtures;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private List<Long> readableComments(long round) {
        java.util.Map<String, Object> params = access.parameters();
        params.put("round", round);
        return jdbc.sql("SELECT c.id FROM consultation_comment c JOIN consultation_round r ON r.id = c.round_id"
                + " JOIN consultation_draft d ON d.id = r.draft_id WHERE c.round_id = :round AND "
                + access.commentReadable("c", "d") + " ORDER BY c.id").params(params).query(Long.class).list();
    }

    private CurrentUser user(String name, String org, Role... roles) {
        return Fixtures.principal(fixtures.user(name, org, EnumSet.of(roles[0], roles), Clearance.NONE));
    }

    @Test
    void theDraftingBodyReadsAllAnInviteeItsOwnInvitationOthersNothing() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long draft = consultation.draft("CTDCT", "Dự thảo quyền " + tag, "NONE");
        long version = consultation.version(draft, 1);
        long round = consultation.round(draft, version, Instant.now().plus(10, ChronoUnit.DAYS), "FLAG");
        long bacNinh = consultation.invite(round, "T20-CA", LocalDate.of(2025, 8, 1));
        long haNoi = consultation.invite(round, "T01-CA", LocalDate.of(2025, 8, 1));

        long article = consultation.articles(draft, version, 1).get(0);
        long bnDraft = consultation.comment(round, bacNinh, article, "Góp ý đang soạn " + tag, "DRAFT");
        long bnSubmitted = consultation.comment(round, bacNinh, article, "Góp ý đã gửi " + tag, "SUBMITTED");
        long hnSubmitted = consultation.comment(round, haNoi, article, "Góp ý Hà Nội " + tag, "SUBMITTED");
        CurrentUser central = user("cacc.central", "CTDCT", Role.CENTRAL_STAFF);
        CurrentUser staff = user("cacc.bn", "T20-CA", Role.PROVINCE_POLICE_STAFF);
        CurrentUser leader = user("cacc.bn.lead", "T20-CA", Role.PROVINCE_POLICE_STAFF, Role.LEADER);
        CurrentUser party = user("cacc.bn.tu", "T20-TU", Role.PROVINCE_PARTY_STAFF);
        CurrentUser board = user("cacc.board", "VN", Role.CENTRAL_STAFF);

        Fixtures.as(central, () -> {
            assertThat(access.requireRoundReadable(round).drafting()).isTrue();
            assertThat(access.findInvitation(haNoi)).isPresent();
            assertThat(access.requireDrafter(draft).id()).isEqualTo(draft);
            assertThat(readableComments(round)).containsExactly(bnSubmitted, hnSubmitted);
            return null;
        });
        Fixtures.as(staff, () -> {
            assertThat(access.findDraft(draft)).isPresent();
            assertThat(access.requireRoundReadable(round).drafting()).isFalse();
            assertThat(access.ownInvitations(round)).containsExactly(bacNinh);
            assertThat(access.findInvitation(haNoi)).isEmpty();
            assertThat(readableComments(round)).containsExactly(bnDraft, bnSubmitted);
            InvitationHeader own = access.requireWriter(bacNinh);
            assertThat(own.holderId()).isNotNull();
            assertThat(access.mayApprove(own)).isFalse();
            assertThatThrownBy(() -> access.requireDrafter(draft)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> access.requireApprover(bacNinh)).isInstanceOf(AccessDeniedException.class);
            return null;
        });
        Fixtures.as(leader, () -> assertThat(access.requireApprover(bacNinh).id()).isEqualTo(bacNinh));
        for (CurrentUser outsider : List.of(party, board)) {
            Fixtures.as(outsider, () -> {
                assertThat(access.findDraft(draft)).isEmpty();
                assertThat(access.findRound(round)).isEmpty();
                assertThat(access.findInvitation(bacNinh)).isEmpty();
                assertThat(readableComments(round)).isEmpty();
                assertThatThrownBy(() -> access.requireRoundReadable(round)).isInstanceOf(UserFacingException.class);
                return null;
            });
        }
    }

    @Test
    void aDraftAboveTheReadersClearanceDoesNotExistForThem() {
        long draft = consultation.draft("CTDCT", "Dự thảo mật", "SECRET");
        long version = consultation.version(draft, 1);
        long round = consultation.round(draft, version, Instant.now().plus(10, ChronoUnit.DAYS), "FLAG");
        consultation.invite(round, "T20-CA", LocalDate.of(2025, 8, 1));
        CurrentUser staff = user("cacc.bn", "T20-CA", Role.PROVINCE_POLICE_STAFF);
        CurrentUser cleared = Fixtures.principal(fixtures.user("cacc.bn.secret", "T20-CA",
                EnumSet.of(Role.PROVINCE_POLICE_STAFF), Clearance.SECRET));
        Fixtures.as(staff, () -> {
            assertThat(access.findDraft(draft)).isEmpty();
            assertThat(access.findRound(round)).isEmpty();
            return null;
        });
        Fixtures.as(cleared, () -> assertThat(access.findRound(round)).isPresent());
    }
}
