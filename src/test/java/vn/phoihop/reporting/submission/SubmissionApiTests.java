package vn.phoihop.reporting.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.account.security.ApiTokens;
import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.platform.web.Notice;
import vn.phoihop.reporting.review.Reviews;
import vn.phoihop.support.Fixtures;
import vn.phoihop.support.RegistryFixtures;

/**
 * The API and the form as their callers see them: the JSON contract of {@code POST /api/v1/reporting/submissions},
 * idempotency (the same request twice, a reused key with another request, concurrent duplicates, a double-clicked
 * form), bad input (400 with Vietnamese {@code errors}, nothing stored), and who reads, submits and reviews: another
 * province, the province's Party committee (accepted reports only), the provincial police leader for its units and
 * the central staff for provinces.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SubmissionApiTests {

    static final String T = "RSA";

    @Autowired MockMvc mvc;
    @Autowired ApiTokens tokens;
    @Autowired SubmissionFixtures fixtures;
    @Autowired RegistryFixtures registry;
    @Autowired Reviews reviews;
    @Autowired JdbcClient jdbc;

    long template;
    long bacNinh;
    CurrentUser police;
    CurrentUser hanoi;
    CurrentUser central;
    CurrentUser party;
    CurrentUser leader;

    @BeforeEach
    void data() {
        template = fixtures.template(T);
        fixtures.assign(template, "T20-CA");
        bacNinh = fixtures.org("T20-CA");
        police = fixtures.user("rsa.police", "T20-CA", Role.PROVINCE_POLICE_STAFF);
        hanoi = fixtures.user("rsa.hanoi", "T01-CA", Role.PROVINCE_POLICE_STAFF);
        central = fixtures.user("rsa.central", "CTDCT", Role.CENTRAL_STAFF);
        party = fixtures.user("rsa.party", "T20-TU", Role.PROVINCE_PARTY_STAFF);
        leader = fixtures.user("rsa.leader", "T20-CA", Role.LEADER);
    }

    String body(String period, long org, String admitted, boolean submit) {
        return """
                {"templateCode":"%s","periodCode":"%s","organizationId":%d,"submit":%s,"values":[
                 {"indicator":"%s_N","option":"","value":"%s"},{"indicator":"%s_C","option":"","value":"10"},
                 {"indicator":"%s_S","option":"nam","value":"1"},{"indicator":"%s_S","option":"nu","value":"2"}]}
                """.formatted(T, period, org, submit, T, admitted, T, T, T);
    }

    MockHttpServletResponse api(CurrentUser user, String method, String path, String json, String key)
            throws Exception {
        var request = MockMvcRequestBuilders.request(org.springframework.http.HttpMethod.valueOf(method), path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.issue(user).accessToken());
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.getBytes(StandardCharsets.UTF_8));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }

    long count(String sql, Object id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }

    long submissionOf(long period) {
        return jdbc.sql("SELECT id FROM report_submission WHERE period_id = :p").param("p", period).query(Long.class)
                .single();
    }

    @Test
    void theSameRequestTwiceWithOneKeyIsStoredOnce() throws Exception {
        long period = fixtures.openPeriod(template, "idem");
        String json = body("idem", bacNinh, "3", true);
        MockHttpServletResponse first = api(police, "POST", "/api/v1/reporting/submissions", json, "k-idem-1");
        assertThat(first.getStatus()).isEqualTo(201);
        assertThat((String) JsonPath.read(first.getContentAsString(), "$.status")).isEqualTo("SUBMITTED");
        assertThat((Boolean) JsonPath.read(first.getContentAsString(), "$.late")).isFalse();
        MockHttpServletResponse again = api(police, "POST", "/api/v1/reporting/submissions", json, "k-idem-1");
        assertThat(again.getStatus()).isEqualTo(200);
        assertThat((Integer) JsonPath.read(again.getContentAsString(), "$.id"))
                .isEqualTo((Integer) JsonPath.read(first.getContentAsString(), "$.id"));
        long id = submissionOf(period);
        assertThat(count("SELECT count(*) FROM report_submission_event WHERE submission_id = :id AND action ="
                + " 'SUBMITTED'", id)).isEqualTo(1);

        MockHttpServletResponse other = api(police, "POST", "/api/v1/reporting/submissions",
                body("idem", bacNinh, "4", true), "k-idem-1");
        assertThat(other.getStatus()).isEqualTo(422);
        assertThat(other.getContentAsString()).contains("Khóa chống gửi trùng này đã được dùng");
        MockHttpServletResponse withoutKey = api(police, "POST", "/api/v1/reporting/submissions", json, null);
        assertThat(withoutKey.getStatus()).as("submitted already: not editable").isEqualTo(409);
        assertThat(count("SELECT count(*) FROM report_value_change WHERE submission_id = :id", id)).isEqualTo(4);
    }

    @Test
    void concurrentRequestsWithOneKeyAreStoredOnce() throws Exception {
        long period = fixtures.openPeriod(template, "race");
        String json = body("race", bacNinh, "2", true);
        int clients = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return api(police, "POST", "/api/v1/reporting/submissions", json, "k-race-1");
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        for (Future<MockHttpServletResponse> answer : answers) {
            MockHttpServletResponse response = answer.get(60, TimeUnit.SECONDS);
            statuses.add(response.getStatus());
            ids.add(JsonPath.read(response.getContentAsString(), "$.id"));
        }
        pool.shutdown();
        assertThat(statuses).containsOnly(201, 200).containsOnlyOnce(201);
        assertThat(ids).containsOnly(ids.get(0));
        long id = submissionOf(period);
        assertThat(count("SELECT count(*) FROM report_submission_event WHERE submission_id = :id AND action ="
                + " 'SUBMITTED'", id)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM report_idempotency WHERE submission_id = :id", id)).isEqualTo(1);
    }

    @Test
    void aDoubleClickedFormSubmitsOnce() throws Exception {
        long period = fixtures.openPeriod(template, "click");
        long id = Fixtures.as(police, () -> fixturesOpen(period));
        List<String> flashes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            MvcResult result = mvc.perform(MockMvcRequestBuilders.post("/reporting/submissions/" + id + "/submit")
                    .with(csrf()).with(as(police)).param("token", "tok-click-1")
                    .param("v:" + T + "_N:", "1").param("v:" + T + "_C:", "2").param("v:" + T + "_S:nam", "0")
                    .param("v:" + T + "_S:nu", "0")).andReturn();
            assertThat(result.getResponse().getStatus()).isEqualTo(302);
            flashes.add(((Notice) result.getFlashMap().get(Notice.ATTRIBUTE)).key());
        }
        assertThat(flashes).containsExactly("reporting.submission.submitted", "reporting.submission.alreadySubmitted");
        assertThat(count("SELECT count(*) FROM report_submission_event WHERE submission_id = :id AND action ="
                + " 'SUBMITTED'", id)).isEqualTo(1);
    }

    @Autowired Submissions submissions;

    long fixturesOpen(long period) {
        return submissions.open(period, bacNinh);
    }

    static org.springframework.test.web.servlet.request.RequestPostProcessor as(CurrentUser user) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @Test
    void badInputAnswers400WithEveryErrorInVietnameseAndStoresNothing() throws Exception {
        long period = fixtures.openPeriod(template, "bad");
        String json = """
                {"templateCode":"%s","periodCode":"bad","organizationId":%d,"submit":true,"values":[
                 {"indicator":"%s_N","option":"","value":"1.234"},{"indicator":"%s_D","option":"","value":"31/02/2026"},
                 {"indicator":"%s_K","option":"","value":"Xuất sắc"},{"indicator":"KHONG_CO","option":"","value":"1"}]}
                """.formatted(T, bacNinh, T, T, T);
        MockHttpServletResponse response = api(police, "POST", "/api/v1/reporting/submissions", json, "k-bad");
        assertThat(response.getStatus()).isEqualTo(400);
        String text = response.getContentAsString();
        List<String> indicators = JsonPath.read(text, "$.errors[*].indicator");
        assertThat(indicators).as("every refused value, then what is missing").startsWith(T + "_N", T + "_D", T + "_K",
                "KHONG_CO").endsWith(T + "_C");
        List<String> messages = JsonPath.read(text, "$.errors[*].message");
        assertThat(messages.get(0)).contains("có thể hiểu hai cách");
        assertThat(messages.get(1)).contains("không phải là ngày có thật");
        assertThat(text).doesNotContain("Exception");
        assertThat(count("SELECT count(*) FROM report_submission WHERE period_id = :id", period)).isZero();
        assertThat(count("SELECT count(*) FROM report_idempotency WHERE key = :id", "k-bad")).isZero();

        assertThat(api(police, "POST", "/api/v1/reporting/submissions", "{}", null).getStatus()).isEqualTo(400);
        assertThat(api(police, "POST", "/api/v1/reporting/submissions",
                "{\"templateCode\":\"KHONG\",\"periodCode\":\"x\",\"organizationId\":1}", null).getContentAsString())
                .contains("Không có mẫu báo cáo mã");
    }

    @Test
    void whoReadsSubmitsAndReviews() throws Exception {
        long period = fixtures.openPeriod(template, "access");
        assertThat(api(hanoi, "POST", "/api/v1/reporting/submissions", body("access", bacNinh, "1", true), null)
                .getStatus()).as("another province cannot submit for Bắc Ninh").isEqualTo(403);
        MockHttpServletResponse created = api(police, "POST", "/api/v1/reporting/submissions",
                body("access", bacNinh, "1", true), null);
        assertThat(created.getStatus()).isEqualTo(201);
        long id = submissionOf(period);
        String path = "/api/v1/reporting/submissions/" + id;

        assertThat(api(hanoi, "GET", path, null, null).getStatus()).isEqualTo(404);
        assertThat(api(party, "GET", path, null, null).getStatus()).as("not accepted yet").isEqualTo(404);
        assertThat(api(central, "GET", path, null, null).getStatus()).isEqualTo(200);
        assertThat(api(hanoi, "POST", path + "/accept", "{}", null).getStatus()).isEqualTo(404);
        assertThat(api(leader, "POST", path + "/accept", "{}", null).getStatus())
                .as("a province's report is accepted centrally, not by its own leader").isEqualTo(403);
        assertThat(api(police, "POST", path + "/accept", "{}", null).getStatus()).isEqualTo(403);
        assertThat(api(central, "POST", path + "/return", "{}", null).getStatus()).as("reason required")
                .isEqualTo(400);
        assertThat(api(central, "POST", path + "/accept", "{\"version\":0}", null).getStatus()).as("stale")
                .isEqualTo(409);
        assertThat(api(central, "GET", "/api/v1/reporting/review", null, null).getContentAsString())
                .contains("\"id\":" + id + ",");
        assertThat(api(hanoi, "GET", "/api/v1/reporting/review", null, null).getContentAsString())
                .doesNotContain("\"id\":" + id + ",");
        assertThat(api(central, "POST", path + "/accept", "{}", null).getStatus()).isEqualTo(200);

        MockHttpServletResponse read = api(party, "GET", path, null, null);
        assertThat(read.getStatus()).as("the Party committee reads accepted reports").isEqualTo(200);
        assertThat((String) JsonPath.read(read.getContentAsString(), "$.status")).isEqualTo("ACCEPTED");
        List<String> actions = JsonPath.read(read.getContentAsString(), "$.events[*].action");
        assertThat(actions).containsExactly("CREATED", "SUBMITTED", "ACCEPTED");
        assertThat(api(hanoi, "GET", path, null, null).getStatus()).as("another province's scope").isEqualTo(404);
    }

    @Test
    void aProvincialPoliceLeaderReviewsItsUnitsAndTheCentreDoesNot() throws Exception {
        registry.unit("RSA-UNIT", OrganizationKind.POLICE_UNIT, "Phòng thử báo cáo", "T20-CA",
                java.time.LocalDate.of(2025, 7, 1));
        fixtures.assign(template, "RSA-UNIT");
        CurrentUser unitStaff = fixtures.user("rsa.unit", "RSA-UNIT", Role.PROVINCE_POLICE_STAFF);
        long period = fixtures.openPeriod(template, "unit");
        long unit = fixtures.org("RSA-UNIT");
        assertThat(api(unitStaff, "POST", "/api/v1/reporting/submissions", body("unit", unit, "1", true), null)
                .getStatus()).isEqualTo(201);
        long id = submissionOf(period);
        String path = "/api/v1/reporting/submissions/" + id;
        assertThat(api(central, "POST", path + "/accept", "{}", null).getStatus()).isEqualTo(404);
        assertThat(api(police, "POST", path + "/accept", "{}", null).getStatus()).as("staff, not leader")
                .isEqualTo(404);
        MockHttpServletResponse returned = api(leader, "POST", path + "/return",
                "{\"reason\":\"Bổ sung số liệu\"}", null);
        assertThat(returned.getStatus()).isEqualTo(200);
        assertThat((String) JsonPath.read(returned.getContentAsString(), "$.status")).isEqualTo("RETURNED");
    }
}
