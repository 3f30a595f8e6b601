package vn.phoihop.consultation.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.account.security.ApiTokens;
import vn.phoihop.consultation.ConsultationFixtures;
import vn.phoihop.support.Fixtures;

/**
 * Comments through the API (issue 11, points 3 and 7): Công an tỉnh Bắc Ninh's staff write, its leader approves and
 * submits once (a retry with the same key answers the same result); submission is refused while drafts remain; after
 * the deadline a submission is marked late, or refused with nothing changed when the round says so; the drafting body
 * reads submitted comments only, another province none, dispositions appear to the invitee once published, and the
 * text filter ignores diacritics.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CommentsApiTests {

    @Autowired MockMvc mvc;
    @Autowired ApiTokens tokens;
    @Autowired Fixtures fixtures;
    @Autowired ConsultationFixtures consult;
    @Autowired JdbcClient jdbc;
    @Autowired Comments comments;

    CurrentUser staff;
    CurrentUser leader;
    CurrentUser central;
    CurrentUser hanoi;

    @BeforeEach
    void users() {
        staff = Fixtures.principal(fixtures.user("cc.staff", "T20-CA", Role.PROVINCE_POLICE_STAFF));
        leader = Fixtures.principal(fixtures.user("cc.leader", "T20-CA", Role.LEADER));
        central = Fixtures.principal(fixtures.user("cc.central", "CTDCT", Role.CENTRAL_STAFF));
        hanoi = Fixtures.principal(fixtures.user("cc.hanoi", "T01-CA", Role.PROVINCE_POLICE_STAFF));
    }

    record Setup(long round, long bacNinh, long haNoi, List<Long> articles) {
    }

    private Setup round(Instant deadline, String policy) {
        long draft = consult.draft("CTDCT", "Dự thảo quy chế phối hợp " + UUID.randomUUID(), "NONE");
        long version = consult.version(draft, 1);
        List<Long> articles = consult.articles(draft, version, 3);
        long round = consult.round(draft, version, deadline, policy);
        return new Setup(round, consult.invite(round, "T20-CA", LocalDate.of(2025, 8, 1)),
                consult.invite(round, "T01-CA", LocalDate.of(2025, 8, 1)), articles);
    }

    @Test
    void staffWriteTheLeaderApprovesAndSubmitsOnce() throws Exception {
        Setup s = round(Instant.now().plus(10, ChronoUnit.DAYS), "FLAG");
        String base = "/api/v1/consultations/" + s.round();
        MockHttpServletResponse first = call(staff, "POST", base + "/comments", """
                {"provisionId":%d,"body":"Đề nghị bổ sung cơ chế phối hợp trao đổi thông tin.",
                 "proposal":"Bổ sung khoản 3","quote":"điều 1"}""".formatted(s.articles().get(0)), null);
        assertThat(first.getStatus()).as(first.getContentAsString()).isEqualTo(201);
        long firstId = id(first);
        assertThat(jdbc.sql("SELECT quote_start FROM consultation_comment WHERE id = :c").param("c", firstId)
                .query(Integer.class).single()).isEqualTo("Nội dung ".length());
        assertThat(call(staff, "POST", base + "/comments", """
                {"provisionId":%d,"body":"Làm rõ trách nhiệm của Công an cấp tỉnh."}"""
                .formatted(s.articles().get(1)), null).getStatus()).isEqualTo(201);
        assertThat(status(s.bacNinh())).isEqualTo("DRAFTING");

        MockHttpServletResponse early = call(leader, "POST", base + "/invitations/" + s.bacNinh() + "/submit", null,
                "k-" + s.round());
        assertThat(early.getStatus()).isEqualTo(400);
        assertThat(early.getContentAsString()).contains("Còn 2 góp ý chưa được lãnh đạo duyệt");
        assertThat(call(staff, "POST", base + "/invitations/" + s.bacNinh() + "/approve", "{}", null).getStatus())
                .as("staff do not approve").isEqualTo(403);
        MockHttpServletResponse approved = call(leader, "POST", base + "/invitations/" + s.bacNinh() + "/approve",
                "{}", null);
        assertThat(JsonPath.<Integer>read(approved.getContentAsString(), "$.approved")).isEqualTo(2);
        assertThat(call(central, "GET", base + "/comments", null, null).getContentAsString())
                .as("the drafting body does not read approved, unsubmitted comments").isEqualTo("[]");

        MockHttpServletResponse submitted = call(leader, "POST", base + "/invitations/" + s.bacNinh() + "/submit",
                null, "k-" + s.round());
        assertThat(submitted.getStatus()).as(submitted.getContentAsString()).isEqualTo(201);
        assertThat(JsonPath.<Boolean>read(submitted.getContentAsString(), "$.late")).isFalse();
        MockHttpServletResponse retry = call(leader, "POST", base + "/invitations/" + s.bacNinh() + "/submit", null,
                "k-" + s.round());
        assertThat(retry.getStatus()).isEqualTo(200);
        assertThat(JsonPath.<Boolean>read(retry.getContentAsString(), "$.replayed")).isTrue();
        assertThat(call(leader, "POST", base + "/invitations/" + s.bacNinh() + "/submit", null, "other")
                .getStatus()).as("another key after the answer").isEqualTo(409);
        assertThat(status(s.bacNinh())).isEqualTo("SUBMITTED");
        assertThat(jdbc.sql("SELECT count(*) FROM consultation_comment WHERE invitation_id = :i"
                + " AND status = 'SUBMITTED' AND submitted_at IS NOT NULL").param("i", s.bacNinh())
                .query(Long.class).single()).isEqualTo(2);

        String drafting = call(central, "GET", base + "/comments", null, null).getContentAsString();
        assertThat(JsonPath.<List<Integer>>read(drafting, "$[*].id")).hasSize(2);
        assertThat(JsonPath.<List<String>>read(drafting, "$[*].provisionLabel")).containsExactly("Điều 1", "Điều 2");
        String detail = call(central, "GET", base, null, null).getContentAsString();
        assertThat(JsonPath.<List<String>>read(detail, "$.invitations[?(@.id == " + s.bacNinh() + ")].shown"))
                .containsExactly("SUBMITTED");
        assertThat(call(hanoi, "GET", base + "/comments", null, null).getContentAsString())
                .as("Hà Nội reads no Bắc Ninh comment").isEqualTo("[]");
        assertThat(JsonPath.<List<Integer>>read(call(hanoi, "GET", base, null, null).getContentAsString(),
                "$.invitations[*].id")).containsExactly((int) s.haNoi());
    }

    @Test
    void afterTheDeadlineASubmissionIsMarkedLate() throws Exception {
        Setup s = round(Instant.now().minus(1, ChronoUnit.DAYS), "FLAG");
        consult.comment(s.round(), s.bacNinh(), s.articles().get(0), "Góp ý đã duyệt", "APPROVED");
        MockHttpServletResponse late = call(leader, "POST", "/api/v1/consultations/" + s.round() + "/invitations/"
                + s.bacNinh() + "/submit", null, null);
        assertThat(late.getStatus()).as(late.getContentAsString()).isEqualTo(201);
        assertThat(JsonPath.<Boolean>read(late.getContentAsString(), "$.late")).isTrue();
        assertThat(jdbc.sql("SELECT late FROM consultation_invitation WHERE id = :i").param("i", s.bacNinh())
                .query(Boolean.class).single()).isTrue();
        String comments = call(central, "GET", "/api/v1/consultations/" + s.round() + "/comments", null, null)
                .getContentAsString();
        assertThat(JsonPath.<List<Boolean>>read(comments, "$[*].late")).containsExactly(true);
    }

    @Test
    void afterTheDeadlineARoundThatRefusesLateAnswersChangesNothing() throws Exception {
        Setup s = round(Instant.now().minus(1, ChronoUnit.HOURS), "REFUSE");
        long comment = consult.comment(s.round(), s.bacNinh(), s.articles().get(0), "Góp ý đã duyệt", "APPROVED");
        jdbc.sql("UPDATE consultation_invitation SET status = 'DRAFTING' WHERE id = :i").param("i", s.bacNinh())
                .update();
        Map<String, Object> before = invitation(s.bacNinh());
        MockHttpServletResponse refused = call(leader, "POST", "/api/v1/consultations/" + s.round()
                + "/invitations/" + s.bacNinh() + "/submit", null, "late-key");
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(refused.getContentAsString()).contains("không nhận ý kiến gửi muộn");
        assertThat(invitation(s.bacNinh())).isEqualTo(before);
        assertThat(jdbc.sql("SELECT status FROM consultation_comment WHERE id = :c").param("c", comment)
                .query(String.class).single()).isEqualTo("APPROVED");
        assertThat(call(leader, "POST", "/api/v1/consultations/" + s.round() + "/invitations/" + s.bacNinh()
                + "/no-comments", null, null).getStatus()).isEqualTo(409);
        assertThat(invitation(s.bacNinh())).isEqualTo(before);
    }

    @Test
    void dispositionsShowOncePublishedAndTheFilterIgnoresDiacritics() throws Exception {
        Setup s = round(Instant.now().plus(5, ChronoUnit.DAYS), "FLAG");
        long mine = consult.comment(s.round(), s.bacNinh(), s.articles().get(0), "Đề nghị làm rõ phạm vi điều chỉnh",
                "SUBMITTED");
        consult.comment(s.round(), s.bacNinh(), s.articles().get(1), "Góp ý khác", "DRAFT");
        long theirs = consult.comment(s.round(), s.haNoi(), s.articles().get(0), "CANARY Hà Nội", "SUBMITTED");
        jdbc.sql("UPDATE consultation_comment SET disposition = 'EXPLAINED', disposition_reason = 'Đã quy định tại"
                + " Điều 3' WHERE id IN (:a, :b)").param("a", mine).param("b", theirs).update();
        consult.note(mine, "Ghi chú nội bộ CANARYNOTE");
        String base = "/api/v1/consultations/" + s.round() + "/comments";

        String own = call(staff, "GET", base, null, null).getContentAsString();
        assertThat(JsonPath.<List<String>>read(own, "$[*].body")).containsExactly(
                "Đề nghị làm rõ phạm vi điều chỉnh", "Góp ý khác");
        assertThat(own).doesNotContain("disposition", "CANARY");
        jdbc.sql("UPDATE consultation_round SET dispositions_published = true WHERE id = :r").param("r", s.round())
                .update();
        String published = call(staff, "GET", base, null, null).getContentAsString();
        assertThat(JsonPath.<List<String>>read(published, "$[?(@.id == " + mine + ")].disposition"))
                .containsExactly("EXPLAINED");
        assertThat(published).doesNotContain("CANARY");

        String folded = call(staff, "GET", base + "?q=PHAM%20VI", null, null).getContentAsString();
        assertThat(JsonPath.<List<Integer>>read(folded, "$[*].id")).containsExactly((int) mine);
        String central = call(this.central, "GET", base + "?q=ha%20noi", null, null).getContentAsString();
        assertThat(JsonPath.<List<Integer>>read(central, "$[*].id")).containsExactly((int) theirs);
        assertThat(call(hanoi, "GET", base + "?q=pham", null, null).getContentAsString())
                .as("the filter stays within readable comments").isEqualTo("[]");
    }

    @Test
    void badInputIsRefusedInVietnameseAndStoresNothing() throws Exception {
        Setup s = round(Instant.now().plus(5, ChronoUnit.DAYS), "FLAG");
        String base = "/api/v1/consultations/" + s.round() + "/comments";
        long before = comments(s.bacNinh());
        MockHttpServletResponse outside = call(staff, "POST", base, """
                {"provisionId":%d,"body":"Góp ý","quote":"không có trong điều","quoteStart":0,"quoteEnd":5}"""
                .formatted(s.articles().get(0)), null);
        assertThat(outside.getStatus()).isEqualTo(400);
        assertThat(outside.getContentAsString()).contains("Đoạn trích dẫn phải nằm trong nội dung");
        assertThat(call(staff, "POST", base, """
                {"provisionId":%d,"body":"   "}""".formatted(s.articles().get(0)), null).getStatus()).isEqualTo(400);
        assertThat(call(staff, "POST", base, """
                {"provisionId":%d,"body":"Góp ý \\u0007"}""".formatted(s.articles().get(0)), null).getStatus())
                .isEqualTo(400);
        assertThat(call(staff, "POST", base, """
                {"provisionId":%d,"body":"Góp ý"}""".formatted(Long.MAX_VALUE), null).getStatus()).isEqualTo(400);
        assertThat(call(staff, "POST", base, """
                {"provisionId":%d,"body":"%s"}""".formatted(s.articles().get(0), "x".repeat(8001)), null)
                .getStatus()).isEqualTo(400);
        assertThat(call(central, "POST", base, """
                {"provisionId":%d,"body":"Góp ý"}""".formatted(s.articles().get(0)), null).getStatus())
                .as("the drafting body holds no invitation").isEqualTo(403);
        assertThat(call(hanoi, "POST", base, """
                {"invitationId":%d,"provisionId":%d,"body":"Góp ý"}""".formatted(s.bacNinh(), s.articles().get(0)),
                null).getStatus()).as("another province's invitation does not exist for Hà Nội").isEqualTo(404);
        assertThat(comments(s.bacNinh())).isEqualTo(before);
        assertThat(status(s.bacNinh())).isEqualTo("NOT_OPENED");
    }

    @Test
    void draftsAreEditedAndDeletedWithTheirVersionAndALeaderSendsAnApprovedOneBack() {
        Setup s = round(Instant.now().plus(5, ChronoUnit.DAYS), "FLAG");
        long id = consult.comment(s.round(), s.bacNinh(), s.articles().get(0), "Bản đầu", "DRAFT");
        CommentCommand edit = new CommentCommand(null, "Bản sửa", "Đề xuất mới", null, null, null);
        Fixtures.as(staff, () -> {
            comments.edit(id, edit, 0L);
            return null;
        });
        assertThat(jdbc.sql("SELECT body || '|' || proposal || '|' || body_folded || '|' || version"
                + " FROM consultation_comment WHERE id = :c").param("c", id).query(String.class).single())
                .isEqualTo("Bản sửa|Đề xuất mới|" + vn.phoihop.platform.Texts.fold("Bản sửa") + "|1");
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(vn.phoihop.platform.UserFacingException.class,
                () -> Fixtures.as(staff, () -> {
                    comments.edit(id, edit, 0L);
                    return null;
                })).status()).as("a stale version").isEqualTo(409);
        Fixtures.as(leader, () -> {
            comments.approve(id, 1L);
            comments.sendBack(id, 2L);
            return null;
        });
        assertThat(jdbc.sql("SELECT status FROM consultation_comment WHERE id = :c").param("c", id)
                .query(String.class).single()).isEqualTo("DRAFT");
        Fixtures.as(staff, () -> {
            comments.delete(id, 3L);
            return null;
        });
        assertThat(comments(s.bacNinh())).isZero();
    }

    @Test
    void theDraftingBodyAssignsASubmittedCommentToOneOfItsDrafters() throws Exception {
        Setup s = round(Instant.now().plus(10, ChronoUnit.DAYS), "FLAG");
        long comment = consult.comment(s.round(), s.bacNinh(), s.articles().get(0), "Góp ý cần giao xử lý", "SUBMITTED");
        consult.markSubmitted(s.bacNinh());
        String base = "/api/v1/consultations/" + s.round();

        MockHttpServletResponse drafters = call(central, "GET", base + "/drafters", null, null);
        assertThat(drafters.getStatus()).isEqualTo(200);
        List<String> names = JsonPath.read(drafters.getContentAsString(), "$");
        assertThat(names).contains("cc.central").doesNotContain("cc.staff", "cc.leader", "cc.hanoi");
        assertThat(call(staff, "GET", base + "/drafters", null, null).getStatus()).isEqualTo(404);

        String path = base + "/comments/" + comment + "/assignment";
        MockHttpServletResponse assigned = call(central, "PUT", path, "{\"username\":\"cc.central\"}", null);
        assertThat(assigned.getStatus()).isEqualTo(200);
        assertThat((String) JsonPath.read(assigned.getContentAsString(), "$.assignedTo")).isEqualTo("cc.central");
        MockHttpServletResponse refused = call(central, "PUT", path, "{\"username\":\"cc.hanoi\"}", null);
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("Người xử lý phải là");
        assertThat(call(hanoi, "PUT", path, "{\"username\":\"cc.hanoi\"}", null).getStatus()).isEqualTo(403);
        assertThat(call(staff, "PUT", path, "{}", null).getStatus()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT assigned_to FROM consultation_comment WHERE id = :c").param("c", comment)
                .query(String.class).single()).isEqualTo("cc.central");
        MockHttpServletResponse unassigned = call(central, "PUT", path, "{}", null);
        assertThat(unassigned.getStatus()).isEqualTo(200);
        assertThat((String) JsonPath.read(unassigned.getContentAsString(), "$.assignedTo")).isNull();
    }

    private long comments(long invitation) {
        return jdbc.sql("SELECT count(*) FROM consultation_comment WHERE invitation_id = :i").param("i", invitation)
                .query(Long.class).single();
    }

    private String status(long invitation) {
        return jdbc.sql("SELECT status FROM consultation_invitation WHERE id = :i").param("i", invitation)
                .query(String.class).single();
    }

    private Map<String, Object> invitation(long id) {
        return jdbc.sql("SELECT * FROM consultation_invitation WHERE id = :i").param("i", id).query().singleRow();
    }

    private static long id(MockHttpServletResponse response) throws Exception {
        return ((Number) JsonPath.read(response.getContentAsString(), "$.id")).longValue();
    }

    private MockHttpServletResponse call(CurrentUser user, String method, String path, String body, String key)
            throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(
                org.springframework.http.HttpMethod.valueOf(method), java.net.URI.create(path))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.issue(user).accessToken());
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8));
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }
}
