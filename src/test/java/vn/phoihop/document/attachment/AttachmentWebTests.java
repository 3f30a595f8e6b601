package vn.phoihop.document.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.phoihop.account.security.ApiTokens;
import vn.phoihop.account.Clearance;
import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.document.SecrecyMark;
import vn.phoihop.platform.web.Notice;
import vn.phoihop.support.Fixtures;

/**
 * The attachments section (htmx fragment and forms), downloads and the API over HTTP: what the user sees, the
 * headers of a download, Vietnamese refusals, 404 for documents the user may not read.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AttachmentWebTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired AttachmentFixtures files;
    @Autowired ApiTokens tokens;

    private CurrentUser police() {
        return Fixtures.principal(fixtures.user("attweb.police", "T20-CA", EnumSet.of(Role.PROVINCE_POLICE_STAFF),
                Clearance.NONE));
    }

    private CurrentUser viewer() {
        return Fixtures.principal(fixtures.user("attweb.viewer", "T20-TU", EnumSet.of(Role.VIEWER), Clearance.NONE));
    }

    private static RequestPostProcessor as(CurrentUser user) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private String bearer(CurrentUser user) {
        return "Bearer " + tokens.issue(user).accessToken();
    }

    private static String text(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void anHtmxUploadAnswersWithTheSectionShowingTheFileOrTheReason() throws Exception {
        long document = files.document("ATTWEB-HTMX", "T20-CA", false, SecrecyMark.NONE);
        MockMultipartFile pdf = new MockMultipartFile("file", "Báo cáo sơ kết.pdf", "application/pdf",
                AttachmentFixtures.pdf("So ket"));

        MockHttpServletResponse stored = mvc.perform(MockMvcRequestBuilders.multipart("/documents/" + document
                + "/attachments").file(pdf).header("HX-Request", "true").with(as(police())).with(csrf()))
                .andReturn().getResponse();

        assertThat(stored.getStatus()).isEqualTo(200);
        assertThat(text(stored)).contains("id=\"attachments\"").contains("Đã lưu tệp “Báo cáo sơ kết.pdf” (phiên bản 1).")
                .contains("/documents/" + document + "/attachments/").contains("/versions/1")
                .doesNotContain("<html");

        MockMultipartFile disguised = new MockMultipartFile("file", "bao-cao.docx", "application/vnd.openxmlformats-"
                + "officedocument.wordprocessingml.document", AttachmentFixtures.pdf("PDF"));
        MockHttpServletResponse refused = mvc.perform(MockMvcRequestBuilders.multipart("/documents/" + document
                + "/attachments").file(disguised).header("HX-Request", "true").with(as(police())).with(csrf()))
                .andReturn().getResponse();
        assertThat(text(refused)).contains("data-testid=\"attachment-problem\"")
                .contains("Nội dung tệp “bao-cao.docx” là PDF, không khớp với phần mở rộng .docx");

        MockHttpServletResponse section = mvc.perform(MockMvcRequestBuilders.get("/documents/" + document
                + "/attachments").header("HX-Request", "true").with(as(viewer()))).andReturn().getResponse();
        assertThat(text(section)).contains("Báo cáo sơ kết.pdf").contains(" B</td>").doesNotContain("bao-cao.docx")
                .doesNotContain("data-testid=\"attachment-upload\"");
    }

    @Test
    void aPlainFormUploadRedirectsToTheDocumentWithANotice() throws Exception {
        long document = files.document("ATTWEB-PLAIN", "T20-CA", false, SecrecyMark.NONE);
        MvcResult result = mvc.perform(MockMvcRequestBuilders.multipart("/documents/" + document + "/attachments")
                .file(new MockMultipartFile("file", "so-lieu.xlsx", null, AttachmentFixtures.xlsx("Số liệu")))
                .with(as(police())).with(csrf())).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/documents/" + document);
        assertThat(((Notice) result.getFlashMap().get(Notice.ATTRIBUTE)).key()).isEqualTo("attachment.uploaded");

        MvcResult missing = mvc.perform(MockMvcRequestBuilders.multipart("/documents/" + document + "/attachments")
                .with(as(police())).with(csrf())).andReturn();
        assertThat(((Notice) missing.getFlashMap().get(Notice.PROBLEM)).key()).isEqualTo("attachment.file.missing");
    }

    @Test
    void aDownloadIsAnAttachmentWithTheStoredTypeAndASafeName() throws Exception {
        long document = files.document("ATTWEB-DOWNLOAD", "T20-CA", false, SecrecyMark.NONE);
        byte[] docx = AttachmentFixtures.docx("Hướng dẫn");
        mvc.perform(MockMvcRequestBuilders.multipart("/documents/" + document + "/attachments")
                .file(new MockMultipartFile("file", "Hướng dẫn \"số 1\".docx", "text/html", docx))
                .with(as(police())).with(csrf())).andReturn();
        long attachment = files.attachmentId(document, "Hướng dẫn _số 1_.docx");

        for (String version : new String[] { "1", "latest" }) {
            MockHttpServletResponse download = mvc.perform(MockMvcRequestBuilders.get("/documents/" + document
                    + "/attachments/" + attachment + "/versions/" + version).with(as(viewer()))).andReturn()
                    .getResponse();
            assertThat(download.getStatus()).isEqualTo(200);
            assertThat(download.getContentAsByteArray()).isEqualTo(docx);
            assertThat(download.getContentType()).isEqualTo(AttachmentType.DOCX.mediaType());
            assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(download.getHeader(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo("attachment;"
                    + " filename=\"Huong dan _so 1_.docx\"; filename*=UTF-8''H%C6%B0%E1%BB%9Bng%20d%E1%BA%ABn%20_s"
                    + "%E1%BB%91%201_.docx");
        }
        MockHttpServletResponse bad = mvc.perform(MockMvcRequestBuilders.get("/documents/" + document
                + "/attachments/" + attachment + "/versions/abc").with(as(viewer()))).andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(text(bad)).contains("Phiên bản “abc” không hợp lệ");
    }

    @Test
    void theApiListsUploadsAndServesContent() throws Exception {
        long document = files.document("ATTWEB-API", "T20-CA", false, SecrecyMark.NONE);
        byte[] pdf = AttachmentFixtures.pdf("Chi thi");
        MockHttpServletResponse created = mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/documents/"
                + document + "/attachments").file(new MockMultipartFile("file", "chi-thi.pdf", null, pdf))
                .header(HttpHeaders.AUTHORIZATION, bearer(police()))).andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(201);
        Number id = JsonPath.read(text(created), "$.id");
        assertThat(created.getHeader(HttpHeaders.LOCATION)).isEqualTo("/api/v1/documents/" + document
                + "/attachments/" + id + "/content?version=1");

        String list = text(mvc.perform(MockMvcRequestBuilders.get("/api/v1/documents/" + document + "/attachments")
                .header(HttpHeaders.AUTHORIZATION, bearer(viewer()))).andReturn().getResponse());
        assertThat(JsonPath.<String>read(list, "$.attachments[0].versions[0].sha256")).hasSize(64);
        assertThat(JsonPath.<Boolean>read(list, "$.writable")).isFalse();

        MockHttpServletResponse content = mvc.perform(MockMvcRequestBuilders.get("/api/v1/documents/" + document
                + "/attachments/" + id + "/content").header(HttpHeaders.AUTHORIZATION, bearer(viewer())))
                .andReturn().getResponse();
        assertThat(content.getContentAsByteArray()).isEqualTo(pdf);
        assertThat(content.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;");

        MockHttpServletResponse wrong = mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/documents/"
                + document + "/attachments").file(new MockMultipartFile("file", "chi-thi.xlsx", null, pdf))
                .header(HttpHeaders.AUTHORIZATION, bearer(police()))).andReturn().getResponse();
        assertThat(wrong.getStatus()).isEqualTo(400);
        assertThat(wrong.getContentType()).isEqualTo("application/problem+json");
        assertThat(text(wrong)).contains("không khớp với phần mở rộng .xlsx");
    }

    @Test
    void unreadableDocumentsAreNotFoundAndSecretOnesExplainTheRule() throws Exception {
        long hanoiDraft = files.document("ATTWEB-HN", "T01-CA", true, SecrecyMark.NONE);
        long hanoiFile = files.attachment(hanoiDraft, "CANARYATTWEB.pdf");
        for (String path : new String[] { "/documents/" + hanoiDraft + "/attachments",
                "/documents/" + hanoiDraft + "/attachments/" + hanoiFile + "/versions/latest" }) {
            MockHttpServletResponse page = mvc.perform(MockMvcRequestBuilders.get(path).with(as(viewer())))
                    .andReturn().getResponse();
            assertThat(page.getStatus()).as(path).isEqualTo(404);
            assertThat(text(page)).doesNotContain("CANARYATTWEB");
        }
        for (String path : new String[] { "/api/v1/documents/" + hanoiDraft + "/attachments",
                "/api/v1/documents/" + hanoiDraft + "/attachments/" + hanoiFile + "/content" }) {
            MockHttpServletResponse api = mvc.perform(MockMvcRequestBuilders.get(path)
                    .header(HttpHeaders.AUTHORIZATION, bearer(viewer()))).andReturn().getResponse();
            assertThat(api.getStatus()).as(path).isEqualTo(404);
            assertThat(text(api)).doesNotContain("CANARYATTWEB");
        }

        CurrentUser cleared = Fixtures.principal(fixtures.user("attweb.cleared", "T20-CA",
                EnumSet.of(Role.PROVINCE_POLICE_STAFF), Clearance.SECRET));
        long secret = files.document("ATTWEB-SECRET", "T20-CA", false, SecrecyMark.SECRET);
        MockHttpServletResponse refused = mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/documents/" + secret
                + "/attachments").file(new MockMultipartFile("file", "mat.pdf", null, AttachmentFixtures.pdf("x")))
                .header(HttpHeaders.AUTHORIZATION, bearer(cleared))).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(text(refused)).contains("chỉ lưu thông tin mô tả của văn bản mật");
        String section = text(mvc.perform(MockMvcRequestBuilders.get("/documents/" + secret + "/attachments")
                .with(as(cleared))).andReturn().getResponse());
        assertThat(section).contains("data-testid=\"attachment-withheld\"")
                .doesNotContain("data-testid=\"attachment-upload\"");
    }

    @Test
    void sizesAreWrittenTheVietnameseWay() {
        AttachmentView.Version version = new AttachmentView.Version(1, "a.pdf", "application/pdf", 1_572_864, "0", "a",
                java.time.Instant.EPOCH);
        assertThat(version.sizeText(Locale.forLanguageTag("vi"))).isEqualTo("1,5 MB");
        assertThat(version.sizeText(Locale.ENGLISH)).isEqualTo("1.5 MB");
        assertThat(new AttachmentView.Version(1, "a", "a", 1536, "0", "a", java.time.Instant.EPOCH)
                .sizeText(Locale.forLanguageTag("vi"))).isEqualTo("1,5 KB");
    }
}
