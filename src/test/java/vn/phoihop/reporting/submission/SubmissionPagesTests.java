package vn.phoihop.reporting.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.platform.web.Notice;
import vn.phoihop.support.Fixtures;

/**
 * The pages: the own organisation's list, the form (autosave answering with the error beside the field or "saved",
 * a refused submit showing every error beside its field and storing nothing, the read-only view once submitted) and
 * the review queue with its decisions.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SubmissionPagesTests {

    static final String T = "RSP";

    @Autowired MockMvc mvc;
    @Autowired SubmissionFixtures fixtures;
    @Autowired Submissions submissions;
    @Autowired JdbcClient jdbc;

    long template;
    CurrentUser police;
    CurrentUser central;

    @BeforeEach
    void data() {
        template = fixtures.template(T);
        fixtures.assign(template, "T20-CA");
        police = fixtures.user("rsp.police", "T20-CA", Role.PROVINCE_POLICE_STAFF);
        central = fixtures.user("rsp.central", "CTDCT", Role.CENTRAL_STAFF);
    }

    static RequestPostProcessor as(CurrentUser user) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }

    long open(String code) {
        long period = fixtures.openPeriod(template, code);
        return Fixtures.as(police, () -> submissions.open(period, fixtures.org("T20-CA")));
    }

    @Test
    void theFormAutosavesAndShowsRefusalsBesideTheirFields() throws Exception {
        long id = open("page-form");
        MockHttpServletResponse list = call(get("/reporting/submissions").with(as(police)));
        assertThat(list.getStatus()).isEqualTo(200);
        assertThat(list.getContentAsString()).contains("Kỳ thử page-form", "/reporting/submissions/" + id);

        MockHttpServletResponse page = call(get("/reporting/submissions/" + id).with(as(police)));
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("Đảng viên mới kết nạp", "Lượt cán bộ tham gia — Nữ",
                "name=\"v:RSP_S:nu\"", "hx-post=\"/reporting/submissions/" + id + "/values\"", "name=\"token\"",
                "Số đảng viên mới kết nạp không vượt quá số quần chúng ưu tú được xem xét");

        MockHttpServletResponse refused = call(post("/reporting/submissions/" + id + "/values").with(csrf())
                .with(as(police)).param("version", "0").param("v:RSP_N:", "12.500").param("v:RSP_P:", "120"));
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("có thể hiểu hai cách", "tỷ lệ phải từ 0 đến 100",
                "hx-swap-oob=\"true\"").doesNotContain("id=\"version\"");
        assertThat(Fixtures.as(police, () -> submissions.values(id))).isEmpty();

        MockHttpServletResponse saved = call(post("/reporting/submissions/" + id + "/values").with(csrf())
                .with(as(police)).param("version", "0").param("v:RSP_N:", "12").param("v:RSP_C:", "10"));
        assertThat(saved.getContentAsString()).contains("Đã lưu", "id=\"version\"", "value=\"1\"", "Chưa đạt");

        var submitted = mvc.perform(post("/reporting/submissions/" + id + "/submit").with(csrf()).with(as(police))
                .param("version", "1").param("token", "tok-page-1").param("v:RSP_N:", "12").param("v:RSP_C:", "10"))
                .andReturn();
        assertThat(submitted.getResponse().getStatus()).as("the form again, with its errors").isEqualTo(200);
        String body = submitted.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body).contains("Chưa thỏa điều kiện: Số đảng viên mới kết nạp", "is-invalid");
        assertThat(jdbc.sql("SELECT status FROM report_submission WHERE id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("DRAFT");

        var ok = mvc.perform(post("/reporting/submissions/" + id + "/submit").with(csrf()).with(as(police))
                .param("version", "1").param("token", "tok-page-2").param("v:RSP_N:", "9").param("v:RSP_C:", "10"))
                .andReturn();
        assertThat(((Notice) ok.getFlashMap().get(Notice.ATTRIBUTE)).key()).isEqualTo("reporting.submission.submitted");
        MockHttpServletResponse readOnly = call(get("/reporting/submissions/" + id).with(as(police)));
        assertThat(readOnly.getContentAsString()).contains("Đã gửi, chờ tiếp nhận", "disabled")
                .doesNotContain("data-testid=\"submit-report\"");
    }

    @Test
    void theReviewQueueAcceptsAndReturnsWithAReason() throws Exception {
        long first = open("page-review-1");
        long second = open("page-review-2");
        for (long id : new long[] { first, second }) {
            Fixtures.as(police, () -> submissions.submit(id, null, java.util.List.of(
                    new SubmissionValues.Raw(T + "_N", "", "1"), new SubmissionValues.Raw(T + "_C", "", "2")), null));
        }
        String queue = call(get("/reporting/review").with(as(central))).getContentAsString();
        assertThat(queue).contains("data-submission=\"" + first + "\"", "data-submission=\"" + second + "\"");
        assertThat(call(get("/reporting/review").with(as(police))).getContentAsString())
                .doesNotContain("data-submission=\"" + first + "\"");

        var accepted = mvc.perform(post("/reporting/review/" + first + "/accept").with(csrf()).with(as(central)))
                .andReturn();
        assertThat(((Notice) accepted.getFlashMap().get(Notice.ATTRIBUTE)).key()).isEqualTo("reporting.review.accepted");
        var noReason = mvc.perform(post("/reporting/review/" + second + "/return").with(csrf()).with(as(central))
                .param("reason", "")).andReturn();
        assertThat(((Notice) noReason.getFlashMap().get(Notice.PROBLEM)).key()).isEqualTo("reporting.review.reasonRequired");
        mvc.perform(post("/reporting/review/" + second + "/return").with(csrf()).with(as(central))
                .param("reason", "Thiếu số liệu phân tổ").param("from", "submission")).andReturn();
        String page = call(get("/reporting/submissions/" + second).with(as(police))).getContentAsString();
        assertThat(page).contains("Bị trả lại", "Thiếu số liệu phân tổ", "data-testid=\"submit-report\"");
    }
}
