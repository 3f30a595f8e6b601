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
