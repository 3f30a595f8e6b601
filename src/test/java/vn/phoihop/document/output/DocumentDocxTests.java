package vn.phoihop.document.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static vn.phoihop.document.output.OfficialDocxTests.run;
import static vn.phoihop.document.output.OfficialDocxTests.texts;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.util.unit.DataSize;

import vn.phoihop.account.Clearance;
import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.document.register.DocumentAccess;
import vn.phoihop.document.register.DocumentSettings;
import vn.phoihop.organization.Organizations;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.support.ApiCalls;
import vn.phoihop.support.Fixtures;
import vn.phoihop.support.RegistryFixtures;

/**
 * {@code GET /documents/{id}/docx} and {@code /api/v1/documents/{id}/docx} over document rows inserted with JDBC
 * (numbers of a series of this test's own): the header read back from the DOCX, the issuer as named on the issue
 * date, the safe file name, and the reading rule (404 for what the reader may not read, 403 for secret content on an
 * internet-facing deployment, the read of a secret document audited).
 */
@SpringBootTest
@AutoConfigureMockMvc
class DocumentDocxTests {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Autowired MockMvc mvc;
    @Autowired ApiCalls api;
    @Autowired Fixtures fixtures;
    @Autowired RegistryFixtures registry;
    @Autowired JdbcClient jdbc;
    @Autowired DocumentAccess access;
    @Autowired OutputQueries queries;
    @Autowired Organizations organizations;
    @Autowired MessageSource messages;

    @Test
    void theSecretariatsDecisionInTheOfficialLayout() throws Exception {
        long id = document("BBT", "PARTY_QD", 987_654, "987654-QĐ/TW", LocalDate.of(2022, 12, 6), "ISSUED", "NONE",
                "TM", "Thường trực Ban Bí thư", "Võ Văn Thưởng");
        recipients(id, "Các tỉnh ủy, thành ủy,", "Lưu Văn phòng Trung ương Đảng.");
        CurrentUser reader = reader("docout.reader", Clearance.NONE);

        MockHttpServletResponse response = api.get(mvc, reader, "/api/v1/documents/" + id + "/docx");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith(DOCX);
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo(
                "attachment; filename=\"987654-QD-TW.docx\"; filename*=UTF-8''987654-Q%C4%90-TW.docx");
        assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            XWPFTableCell left = docx.getTables().get(0).getRow(0).getCell(0);
            XWPFTableCell right = docx.getTables().get(0).getRow(0).getCell(1);
            assertThat(texts(left)).containsExactly("BAN CHẤP HÀNH TRUNG ƯƠNG", "*", "Số 987654-QĐ/TW");
            assertThat(run(left, "BAN CHẤP HÀNH TRUNG ƯƠNG").isBold()).isTrue();
            assertThat(texts(right)).containsExactly("ĐẢNG CỘNG SẢN VIỆT NAM", "", "Hà Nội, ngày 06 tháng 12 năm 2022");
            assertThat(run(right, "ĐẢNG CỘNG SẢN VIỆT NAM").getUnderline()).isEqualTo(UnderlinePatterns.SINGLE);
            assertThat(docx.getParagraphs().stream().map(XWPFParagraph::getText))
                    .contains("QUYẾT ĐỊNH", "Quy chế thử của bản DOCX", "Điều 1. Nội dung thử.");
            XWPFTableCell recipients = docx.getTables().get(1).getRow(0).getCell(0);
            XWPFTableCell signature = docx.getTables().get(1).getRow(0).getCell(1);
            assertThat(texts(recipients)).containsExactly("Nơi nhận:", "- Các tỉnh ủy, thành ủy,",
                    "- Lưu Văn phòng Trung ương Đảng.");
            assertThat(texts(signature).stream().filter(t -> !t.isEmpty()))
                    .containsExactly("T/M BAN BÍ THƯ", "THƯỜNG TRỰC BAN BÍ THƯ", "Võ Văn Thưởng");
        }

        MockHttpServletResponse page = mvc.perform(MockMvcRequestBuilders.get("/documents/" + id + "/docx")
                .with(signedIn(reader))).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentType()).startsWith(DOCX);
        assertThat(page.getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("filename=\"987654-QD-TW.docx\"");
        assertThat(page.getContentAsByteArray()).startsWith('P', 'K');
    }

    @Test
    void aFormerProvincesDocumentKeepsTheNamesOfItsIssueDate() throws Exception {
        long id = document("P1997-24-DUCA", "PARTY_KH", 987_653, "987653-KH/ĐU", LocalDate.of(2024, 5, 10),
                "ISSUED", "NONE", "KT", "Phó Bí thư", "Người Ký Thử");

        MockHttpServletResponse response = api.get(mvc, reader("docout.reader", Clearance.NONE),
                "/api/v1/documents/" + id + "/docx");

        assertThat(response.getStatus()).isEqualTo(200);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            assertThat(texts(docx.getTables().get(0).getRow(0).getCell(0))).containsExactly("ĐẢNG BỘ TỈNH BẮC GIANG",
                    "ĐẢNG ỦY CÔNG AN TỈNH BẮC GIANG", "*", "Số 987653-KH/ĐU");
            assertThat(texts(docx.getTables().get(0).getRow(0).getCell(1)))
                    .contains("Bắc Giang, ngày 10 tháng 5 năm 2024");
            assertThat(texts(docx.getTables().get(1).getRow(0).getCell(1)).stream().filter(t -> !t.isEmpty()))
                    .containsExactly("T/M BAN THƯỜNG VỤ", "K/T BÍ THƯ", "PHÓ BÍ THƯ", "Người Ký Thử");
        }
    }

    @Test
    void aSecretDocumentsContentIsRefusedOnAnInternetFacingDeploymentAndItsReadAudited() throws Exception {
        long id = document("DUCA", "PARTY_NQ", 987_652, "987652-NQ/ĐUCA", LocalDate.of(2023, 1, 18), "ISSUED",
                "CONFIDENTIAL", "TM", "Bí thư", "Người Ký Thử");
        String path = "/api/v1/documents/" + id + "/docx";

        MockHttpServletResponse uncleared = api.get(mvc, reader("docout.reader", Clearance.NONE), path);
        assertThat(uncleared.getStatus()).isEqualTo(404);
        assertThat(uncleared.getContentAsString()).doesNotContain("987652");

        long auditedBefore = audited(id);
        CurrentUser cleared = reader("docout.cleared", Clearance.CONFIDENTIAL);
        MockHttpServletResponse refused = api.get(mvc, cleared, path);
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentType()).contains("problem+json");
        assertThat(refused.getContentAsString()).contains("mạng nội bộ cô lập");
        assertThat(audited(id)).isEqualTo(auditedBefore + 1);
        MockHttpServletResponse page = mvc.perform(MockMvcRequestBuilders.get("/documents/" + id + "/docx")
                .with(signedIn(cleared))).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(403);
        assertThat(page.getContentAsString()).contains("mạng nội bộ cô lập");

        OfficialDocuments isolated = new OfficialDocuments(access,
                new DocumentSettings(DocumentSettings.Network.ISOLATED_LAN, DataSize.ofMegabytes(20)), queries,
                organizations, messages);
        DocxFile file = Fixtures.as(cleared, () -> isolated.docx(id));
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(file.content()))) {
            assertThat(texts(docx.getTables().get(0).getRow(0).getCell(0))).containsExactly(
                    "ĐẢNG ỦY CÔNG AN TRUNG ƯƠNG", "*", "Số 987652-NQ/ĐUCA", "MẬT");
        }
        assertThatThrownBy(() -> Fixtures.as(reader("docout.reader", Clearance.NONE), () -> isolated.docx(id)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void anotherOrganisationsDraftAndAnUnknownDocumentAreNotFound() throws Exception {
        long draft = document("T01-TU", "PARTY_CT", null, null, null, "DRAFT", "NONE", null, null, null);
        CurrentUser reader = reader("docout.reader", Clearance.NONE);

        assertThat(api.get(mvc, reader, "/api/v1/documents/" + draft + "/docx").getStatus()).isEqualTo(404);
        assertThat(api.get(mvc, reader, "/api/v1/documents/999999999/docx").getStatus()).isEqualTo(404);
        assertThat(api.get(mvc, reader, "/api/v1/documents/abc/docx").getStatus()).isEqualTo(400);
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/documents/" + draft + "/docx").with(signedIn(reader)))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/api/v1/documents/" + draft + "/docx")).andReturn()
                .getResponse().getStatus()).isEqualTo(401);

        CurrentUser hanoiStaff = Fixtures.principal(fixtures.user("docout.hanoi", "T01-TU",
                EnumSet.of(Role.PROVINCE_PARTY_STAFF), Clearance.NONE));
        MockHttpServletResponse own = api.get(mvc, hanoiStaff, "/api/v1/documents/" + draft + "/docx");
        assertThat(own.getStatus()).isEqualTo(200);
        assertThat(own.getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("van-ban-" + draft + ".docx");
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(own.getContentAsByteArray()))) {
            assertThat(texts(docx.getTables().get(0).getRow(0).getCell(0))).contains("THÀNH ỦY HÀ NỘI");
            assertThat(texts(docx.getTables().get(0).getRow(0).getCell(0)).get(2)).matches("Số \u00A0+-CT/TU");
        }
    }

    private CurrentUser reader(String username, Clearance clearance) {
        return Fixtures.principal(fixtures.user(username, "T20-TU", EnumSet.of(Role.PROVINCE_PARTY_STAFF),
                clearance));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor signedIn(CurrentUser user) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** A document row of this test's own numbering series. */
    private long document(String issuerCode, String type, Integer number, String notation, LocalDate issuedOn,
            String status, String secrecy, String authority, String position, String signer) {
        String kind = type.startsWith("PARTY") ? "PARTY" : "STATE";
        return jdbc.sql("""
                INSERT INTO document (kind, type_code, number, notation, series_key, issuer_id, issued_on, signer_name,
                    signer_position, signing_authority, title, body, secrecy, status, created_by, updated_by)
                VALUES (:kind, :type, :number, :notation, :series, :issuer, :issuedOn, :signer, :position, :authority,
                    'Quy chế thử của bản DOCX', :body, :secrecy, :status, 'docout.test', 'docout.test')
                RETURNING id""")
                .param("kind", kind).param("type", type).param("number", number).param("notation", notation)
                .param("series", "DOCOUT-TEST|" + UUID.randomUUID()).param("issuer", registry.id(issuerCode))
                .param("issuedOn", issuedOn).param("signer", signer).param("position", position)
                .param("authority", authority).param("body", "Điều 1. Nội dung thử.\nĐiều 2. Thi hành.")
                .param("secrecy", secrecy).param("status", status)
                .query(Long.class).single();
    }

    private void recipients(long id, String... texts) {
        for (int i = 0; i < texts.length; i++) {
            jdbc.sql("INSERT INTO document_recipient (document_id, position, text) VALUES (:id, :position, :text)")
                    .param("id", id).param("position", i).param("text", texts[i]).update();
        }
    }

    private long audited(long documentId) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'document.read' AND target_id = :id")
                .param("id", String.valueOf(documentId)).query(Long.class).single();
    }

    static List<String> nonEmpty(List<String> texts) {
        return texts.stream().filter(t -> !t.isEmpty()).toList();
    }
}
