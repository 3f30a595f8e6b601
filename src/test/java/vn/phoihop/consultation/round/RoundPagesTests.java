package vn.phoihop.consultation.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.consultation.ConsultationFixtures;
import vn.phoihop.support.Fixtures;

/**
 * Opening a round through the page: the drafting body's staff choose the draft, fill the form and land on the round's
 * status table; a refused form comes back with the message beside its field and stores nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RoundPagesTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired ConsultationFixtures consult;
    @Autowired JdbcClient jdbc;

    @Test
    void theDraftingBodyOpensARoundFromThePage() throws Exception {
        CurrentUser central = Fixtures.principal(fixtures.user("crp.central", "CTDCT", Role.CENTRAL_STAFF));
        String title = "Dự thảo trang " + UUID.randomUUID().toString().substring(0, 6);
        long draft = consult.draft("CTDCT", title, "NONE");
        long version = consult.version(draft, 1);
        consult.articles(draft, version, 2);

        MvcResult form = mvc.perform(MockMvcRequestBuilders.get("/consultations/rounds/new").param("draft",
                String.valueOf(draft)).with(as(central))).andReturn();
        assertThat(form.getResponse().getStatus()).isEqualTo(200);
        assertThat(form.getResponse().getContentAsString()).contains(title, "Dự thảo 1", "data-testid=\"round-form\"");

        MvcResult refused = mvc.perform(open(central, draft, version, "KHONG-CO-MA")).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(refused.getResponse().getContentAsString()).contains("Không tìm thấy cơ quan có mã KHONG-CO-MA.");
        assertThat(rounds(draft)).isZero();

        MvcResult opened = mvc.perform(open(central, draft, version, "T20-CA, T01-CA")).andReturn();
        assertThat(opened.getResponse().getRedirectedUrl()).startsWith("/consultations/");
        assertThat(rounds(draft)).isEqualTo(1);
        String page = mvc.perform(MockMvcRequestBuilders.get(opened.getResponse().getRedirectedUrl())
                .with(as(central))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Đợt lấy ý kiến từ trang", "data-testid=\"invitation-row\"", "Chưa mở");
    }

    /**
     * After a merge the successor holds its predecessor's invitation as well as its own: the round page offers both,
     * shows the chosen one's comments, and an invitation the reader does not hold (another province's) falls back to
     * the reader's own.
     */
    @Test
    void aSuccessorHoldingTwoInvitationsChoosesBetweenThem() throws Exception {
        CurrentUser staff = Fixtures.principal(fixtures.user("crp.bn", "T20-CA", Role.PROVINCE_POLICE_STAFF));
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long draft = consult.draft("CTDCT", "Dự thảo kế thừa " + tag, "NONE");
        long version = consult.version(draft, 1);
        long article = consult.articles(draft, version, 1).get(0);
        long round = consult.round(draft, version, java.time.Instant.now().plusSeconds(86_400), "FLAG");
        long own = consult.invite(round, "T20-CA", java.time.LocalDate.of(2025, 8, 1));
        long inherited = consult.invite(round, "P1997-24-CA", java.time.LocalDate.of(2021, 8, 1));
        long hanoi = consult.invite(round, "T01-CA", java.time.LocalDate.of(2025, 8, 1));
        jdbc.sql("UPDATE consultation_invitation_holder SET valid_to = DATE '2025-06-30' WHERE invitation_id = :i")
                .param("i", inherited).update();
        jdbc.sql("INSERT INTO consultation_invitation_holder (invitation_id, organization_id, valid_from)"
                + " SELECT :i, id, DATE '2025-07-01' FROM organization WHERE code = 'T20-CA'").param("i", inherited)
                .update();
        consult.comment(round, own, article, "Góp ý của chính đơn vị " + tag, "DRAFT");
        consult.comment(round, inherited, article, "Góp ý kế thừa Bắc Giang " + tag, "DRAFT");
        consult.comment(round, hanoi, article, "Góp ý Hà Nội " + tag, "DRAFT");

        String first = page(staff, round, null);
        assertThat(first).contains("data-testid=\"held-invitations\"", "Góp ý của chính đơn vị " + tag)
                .doesNotContain("Góp ý kế thừa Bắc Giang " + tag);
        String chosen = page(staff, round, inherited);
        assertThat(chosen).contains("Góp ý kế thừa Bắc Giang " + tag).doesNotContain("Góp ý của chính đơn vị " + tag);
        String foreign = page(staff, round, hanoi);
        assertThat(foreign).contains("Góp ý của chính đơn vị " + tag).doesNotContain("Góp ý Hà Nội " + tag);
    }

    private String page(CurrentUser user, long round, Long invitation) throws Exception {
        var request = MockMvcRequestBuilders.get("/consultations/" + round).with(as(user));
        if (invitation != null) {
            request.param("invitation", String.valueOf(invitation));
        }
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    private long rounds(long draft) {
        return jdbc.sql("SELECT count(*) FROM consultation_round WHERE draft_id = :d").param("d", draft)
                .query(Long.class).single();
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder open(CurrentUser user,
            long draft, long version, String codes) {
        return MockMvcRequestBuilders.post("/consultations/rounds").with(as(user)).with(csrf())
                .param("draftId", String.valueOf(draft)).param("versionId", String.valueOf(version))
                .param("title", "Đợt lấy ý kiến từ trang").param("opensOn", "2026-01-05")
                .param("deadlineDate", "2026-02-05").param("deadlineTime", "17:00").param("latePolicy", "REFUSE")
                .param("asOf", "2026-01-05").param("organizationCodes", codes);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor as(CurrentUser user) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
