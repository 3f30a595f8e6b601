package vn.phoihop.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.validation.BindingResult;

import vn.phoihop.account.security.ApiTokens;
import vn.phoihop.account.Clearance;
import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.document.register.DocumentCommands.RelationKind;
import vn.phoihop.document.register.DocumentRelations;
import vn.phoihop.document.register.RelationView;
import vn.phoihop.support.Fixtures;

/**
 * Secrecy, drafts and relations through pages and API: a reader whose clearance is Thường gets 404 for a Mật document
 * by page and API and does not see it among another document's relations; a reader cleared to Tối mật reads it and
 * the read is audited; another organisation's draft is 404; "replaces" marks its target replaced and removing it
 * restores the status; the form shows refusals beside the field and a stale edit above the form.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DocumentAccessTests {

    static final String SECRET_TITLE = "Nghị quyết mật thử quan hệ 2047";
    static final String PLAIN_TITLE = "Kế hoạch thử thực hiện nghị quyết mật 2047";

    @Autowired MockMvc mvc;
    @Autowired DocumentFixtures documents;
    @Autowired DocumentRelations relations;
    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;

    private long secret;
    private long plain;
    private CurrentUser unclassified;
    private CurrentUser cleared;

    @BeforeEach
    void documentsAndReaders() {
        LocalDate date = LocalDate.of(2047, 4, 1);
        secret = documents.document("DUCA", "PARTY_NQ", SECRET_TITLE, 1, date, SecrecyMark.CONFIDENTIAL);
        plain = documents.document("DUCA", "PARTY_KH", PLAIN_TITLE, 2, date.plusDays(3), SecrecyMark.NONE);
        documents.relate("DUCA", plain, secret, RelationKind.IMPLEMENTS);
        unclassified = documents.reader("doc.reader.none", "T20-TU", Role.VIEWER, Clearance.NONE);
        cleared = documents.reader("doc.reader.secret", "T20-TU", Role.VIEWER, Clearance.SECRET);
    }

    private static RequestPostProcessor as(CurrentUser user) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private MockHttpServletResponse page(CurrentUser user, String uri) throws Exception {
        return mvc.perform(get(uri).with(as(user))).andReturn().getResponse();
    }

    private MockHttpServletResponse api(CurrentUser user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.issue(user).accessToken())
                .contentType(MediaType.APPLICATION_JSON)).andReturn().getResponse();
    }

    private static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private int reads(long id) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'document.read' AND target_id = :id")
                .param("id", String.valueOf(id)).query(Integer.class).single();
    }

    @Test
    void aReaderWithoutClearanceFindsNoSecretDocumentByPageApiOrRelation() throws Exception {
        assertThat(page(unclassified, "/documents/" + secret).getStatus()).isEqualTo(404);
        MockHttpServletResponse viaApi = api(unclassified, get("/api/v1/documents/" + secret));
        assertThat(viaApi.getStatus()).isEqualTo(404);
        assertThat(body(viaApi)).contains("Không tìm thấy văn bản").doesNotContain(SECRET_TITLE);

        MockHttpServletResponse plainPage = page(unclassified, "/documents/" + plain);
        assertThat(plainPage.getStatus()).isEqualTo(200);
        assertThat(body(plainPage)).contains(PLAIN_TITLE).doesNotContain(SECRET_TITLE).doesNotContain("01-NQ/ĐUCA")
                .doesNotContain("/documents/" + secret + "\"").contains("Chưa có quan hệ");
        String plainApi = body(api(unclassified, get("/api/v1/documents/" + plain)));
        assertThat(plainApi).contains("\"relations\":[]").doesNotContain(SECRET_TITLE);
        assertThat(Fixtures.as(unclassified, () -> relations.timeline(plain))).isEmpty();
    }

    @Test
    void aClearedReaderReadsTheSecretDocumentAndTheReadIsAudited() throws Exception {
        int before = reads(secret);
        MockHttpServletResponse response = page(cleared, "/documents/" + secret);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(body(response)).contains(SECRET_TITLE, "Số 01-NQ/ĐUCA", "Mật");
        assertThat(api(cleared, get("/api/v1/documents/" + secret)).getStatus()).isEqualTo(200);
        assertThat(reads(secret)).isGreaterThanOrEqualTo(before + 2);
        assertThat(Fixtures.as(cleared, () -> relations.timeline(plain))).extracting(RelationView::otherId)
                .containsExactly(secret);
        assertThat(Fixtures.as(cleared, () -> relations.timeline(secret))).singleElement()
                .satisfies(r -> assertThat(r.direction()).isEqualTo(RelationView.Direction.INCOMING));
    }

    @Test
    void anotherOrganisationsDraftDoesNotExistForTheReader() throws Exception {
        long draft = documents.document("T01-TU", "PARTY_KH", "Dự thảo thử của Thành ủy Hà Nội", null,
                (LocalDate) null, SecrecyMark.NONE);
        CurrentUser bacNinhStaff = documents.writer("T20-TU");
        assertThat(page(bacNinhStaff, "/documents/" + draft).getStatus()).isEqualTo(404);
        assertThat(page(bacNinhStaff, "/documents/" + draft + "/edit").getStatus()).isEqualTo(404);
        assertThat(api(bacNinhStaff, get("/api/v1/documents/" + draft)).getStatus()).isEqualTo(404);
        assertThat(page(documents.writer("T01-TU"), "/documents/" + draft).getStatus()).isEqualTo(200);
    }

    @Test
    void replacingMarksTheTargetReplacedAndRemovingTheRelationRestoresItsStatus() throws Exception {
        LocalDate date = LocalDate.of(2048, 2, 2);
        long old = documents.document("BCT", "PARTY_CT", "Chỉ thị thử bị thay thế 2048", 1, date, SecrecyMark.NONE);
        long replacement = documents.document("BCT", "PARTY_CT", "Chỉ thị thử thay thế 2048", 2, date.plusMonths(1),
                SecrecyMark.NONE);
        CurrentUser writer = documents.writer("BCT");
        MockHttpServletResponse added = api(writer, post("/api/v1/documents/" + replacement + "/relations")
                .content("{\"targetId\":" + old + ",\"kind\":\"REPLACES\"}"));
        assertThat(added.getStatus()).isEqualTo(201);
        long relationId = ((Number) com.jayway.jsonpath.JsonPath.read(body(added), "$.id")).longValue();
        assertThat(status(old)).isEqualTo("REPLACED");
        assertThat(body(page(writer, "/documents/" + old))).contains("Bị thay thế bởi", "02-CT/TW");

        assertThat(api(writer, post("/api/v1/documents/" + replacement + "/relations")
                .content("{\"targetId\":" + old + ",\"kind\":\"REPLACES\"}")).getStatus()).isEqualTo(400);
        assertThat(api(documents.writer("T20-TU"), delete("/api/v1/documents/" + replacement + "/relations/"
                + relationId)).getStatus()).isEqualTo(403);
        assertThat(api(writer, delete("/api/v1/documents/" + replacement + "/relations/" + relationId)).getStatus())
                .isEqualTo(204);
        assertThat(status(old)).isEqualTo("ISSUED");
    }

    private String status(long id) {
        return jdbc.sql("SELECT status FROM document WHERE id = :id").param("id", id).query(String.class).single();
    }

    @Test
    void theFormShowsRefusalsBesideTheFieldAndAStaleEditAboveIt() throws Exception {
        CurrentUser writer = documents.writer("T20-TU");
        MvcResult empty = mvc.perform(post("/documents").with(as(writer)).with(csrf()).param("typeCode", "PARTY_KH")
                .param("issuerId", String.valueOf(documents.id("T20-TU"))).param("title", "")).andReturn();
        assertThat(empty.getResponse().getStatus()).isEqualTo(200);
        BindingResult errors = (BindingResult) empty.getModelAndView().getModel()
                .get(BindingResult.MODEL_KEY_PREFIX + "form");
        assertThat(errors.getFieldError("title")).isNotNull();
        assertThat(body(empty.getResponse())).contains("Vui lòng nhập trích yếu");

        MvcResult secretBody = mvc.perform(post("/documents").with(as(writer)).with(csrf())
                .param("typeCode", "PARTY_KH").param("issuerId", String.valueOf(documents.id("T20-TU")))
                .param("title", "Kế hoạch mật thử qua biểu mẫu").param("secrecy", "CONFIDENTIAL")
                .param("body", "nội dung mật")).andReturn();
        BindingResult refused = (BindingResult) secretBody.getModelAndView().getModel()
                .get(BindingResult.MODEL_KEY_PREFIX + "form");
        assertThat(refused.getFieldError("body")).isNotNull();

        long id = documents.document("T20-TU", "PARTY_TB", "Thông báo thử sửa qua biểu mẫu", null, (LocalDate) null,
                SecrecyMark.NONE);
        int version = jdbc.sql("SELECT version FROM document WHERE id = :id").param("id", id).query(Integer.class)
                .single();
        MvcResult saved = mvc.perform(post("/documents/" + id).with(as(writer)).with(csrf())
                .param("typeCode", "PARTY_TB").param("issuerId", String.valueOf(documents.id("T20-TU")))
                .param("title", "Thông báo thử sửa qua biểu mẫu").param("summary", "Lần một")
                .param("version", String.valueOf(version))).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/documents/" + id);
        MvcResult stale = mvc.perform(post("/documents/" + id).with(as(writer)).with(csrf())
                .param("typeCode", "PARTY_TB").param("issuerId", String.valueOf(documents.id("T20-TU")))
                .param("title", "Thông báo thử sửa qua biểu mẫu").param("summary", "Lần hai, từ bản cũ")
                .param("version", String.valueOf(version))).andReturn();
        assertThat(stale.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(stale.getResponse())).contains("đã được người khác thay đổi");
        assertThat(jdbc.sql("SELECT summary FROM document WHERE id = :id").param("id", id).query(String.class)
                .single()).isEqualTo("Lần một");

        assertThat(mvc.perform(post("/documents").with(as(unclassified)).with(csrf()).param("title", ""))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theNextNumberIsProposedToWritersOnly() throws Exception {
        String uri = "/api/v1/documents/next-number?kind=PARTY&type=PARTY_NQ&issuerId=" + documents.id("DUCA")
                + "&date=2047-06-01";
        MockHttpServletResponse proposal = api(documents.writer("DUCA"), get(uri));
        assertThat(proposal.getStatus()).isEqualTo(200);
        assertThat(body(proposal)).contains("\"notation\":\"02-NQ/ĐUCA\"", "Số 02-NQ/ĐUCA");
        assertThat(api(unclassified, get(uri)).getStatus()).isEqualTo(403);
    }
}
