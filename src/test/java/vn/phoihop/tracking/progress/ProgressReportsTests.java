package vn.phoihop.tracking.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.phoihop.account.security.ApiTokens;
import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.document.attachment.AttachmentFixtures;
import vn.phoihop.platform.web.Notice;
import vn.phoihop.support.ApiCalls;
import vn.phoihop.support.Fixtures;

/**
 * Progress through the API and the pages as its users see them: the carrier's staff report only their own
 * province's assignments (another province's is “not found”), the province's Party committee reads but does not
 * report, a report with the same key is stored once (one after the other and at the same time), bad input and a
 * disguised file are refused with a Vietnamese message and store nothing, the assigning side accepts (the assignment
 * takes the status) or returns with a reason, a stale version is refused with 409, and evidence is downloaded only
 * by readers, as an attachment. Each test makes its own CTDCT plan and assignments (due in 2031).
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProgressReportsTests {

    private static final LocalDate DUE = LocalDate.of(2031, 6, 30);

    @Autowired MockMvc mvc;
    @Autowired ApiCalls api;
    @Autowired ApiTokens tokens;
    @Autowired Fixtures fixtures;
    @Autowired ProgressFixtures tracking;
    @Autowired JdbcClient jdbc;

    CurrentUser police;
    CurrentUser hanoi;
    CurrentUser party;
    CurrentUser central;

    @BeforeEach
    void users() {
        police = Fixtures.principal(fixtures.user("tp.police", "T20-CA", Role.PROVINCE_POLICE_STAFF));
        hanoi = Fixtures.principal(fixtures.user("tp.hanoi", "T01-CA", Role.PROVINCE_POLICE_STAFF));
        party = Fixtures.principal(fixtures.user("tp.party", "T20-TU", Role.PROVINCE_PARTY_STAFF));
        central = Fixtures.principal(fixtures.user("tp.central", "CTDCT", Role.CENTRAL_STAFF));
    }

    @Test
    void aProvinceReportsOnlyItsOwnAssignmentsAndItsPartyCommitteeReadsThem() throws Exception {
        long bacNinh = tracking.assignment("TPA", "T20-CA", DUE);
        long haNoi = tracking.assignment("TPA", "T01-CA", DUE);

        MockHttpServletResponse own = post(police, "/api/v1/tracking/assignments/" + bacNinh + "/progress",
                report("IN_PROGRESS", 30, "Đã triển khai tới các đơn vị"), "k-own");
        assertThat(own.getStatus()).isEqualTo(201);

        MockHttpServletResponse other = post(police, "/api/v1/tracking/assignments/" + haNoi + "/progress",
                report("IN_PROGRESS", 30, "Không được phép"), "k-other");
        assertThat(other.getStatus()).isEqualTo(404);
        assertThat(other.getContentAsString()).contains("Không tìm thấy nhiệm vụ được giao.");
        assertThat(api.get(mvc, police, "/api/v1/tracking/assignments/" + haNoi).getStatus()).isEqualTo(404);
        assertThat(page(police, "/tracking/assignments/" + haNoi).getStatus()).isEqualTo(404);
        MvcResult pagePost = mvc.perform(MockMvcRequestBuilders.multipart("/tracking/assignments/" + haNoi
                + "/progress").param("status", "DONE").param("percent", "100").param("narrative", "x")
                .param("key", "page-other").with(as(police)).with(csrf())).andReturn();
        assertThat(pagePost.getResponse().getStatus()).isEqualTo(404);
        assertThat(tracking.count("tracking_progress", haNoi)).isZero();

        MockHttpServletResponse read = api.get(mvc, party, "/api/v1/tracking/assignments/" + bacNinh);
        assertThat(read.getStatus()).isEqualTo(200);
        assertThat(read.getContentAsString()).contains("Đã triển khai tới các đơn vị").contains("\"mayReport\":false");
        assertThat(post(party, "/api/v1/tracking/assignments/" + bacNinh + "/progress",
                report("DONE", 100, "Tỉnh ủy không báo cáo thay"), "k-party").getStatus()).isEqualTo(403);
        assertThat(api.get(mvc, party, "/api/v1/tracking/assignments/" + haNoi).getStatus()).isEqualTo(404);
        assertThat(page(party, "/tracking/assignments/" + bacNinh).getContentAsString())
                .contains("Đã triển khai tới các đơn vị").doesNotContain("data-testid=\"progress-form\"");
        assertThat(api.get(mvc, hanoi, "/api/v1/tracking/assignments/" + bacNinh).getStatus()).isEqualTo(404);
        assertThat(tracking.count("tracking_progress", bacNinh)).isEqualTo(1);
    }

    @Test
    void theSameKeyIsStoredOnceOneAfterTheOtherAndAtTheSameTime() throws Exception {
        long assignment = tracking.assignment("TPI", "T20-CA", DUE);
        String path = "/api/v1/tracking/assignments/" + assignment + "/progress";
        MockHttpServletResponse first = post(police, path, report("IN_PROGRESS", 10, "Lần một"), "same-key");
        MockHttpServletResponse again = post(police, path, report("IN_PROGRESS", 10, "Lần một"), "same-key");
        assertThat(first.getStatus()).isEqualTo(201);
        assertThat(again.getStatus()).isEqualTo(200);
        assertThat(id(again)).isEqualTo(id(first));

        CyclicBarrier start = new CyclicBarrier(2);
        Callable<Integer> both = () -> {
            start.await();
            return post(police, path, report("IN_PROGRESS", 20, "Cùng lúc"), "together").getStatus();
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Integer> f : pool.invokeAll(List.of(both, both))) {
                statuses.add(f.get());
            }
        }
        finally {
            pool.shutdown();
        }
        assertThat(statuses).containsExactlyInAnyOrder(201, 200);
        assertThat(tracking.count("tracking_progress", assignment)).isEqualTo(2);

        String key = "page-" + assignment;
        for (int i = 0; i < 2; i++) {
            mvc.perform(MockMvcRequestBuilders.multipart("/tracking/assignments/" + assignment + "/progress")
                    .file(new MockMultipartFile("files", "bao-cao.pdf", "application/pdf",
                            AttachmentFixtures.pdf("Bao cao")))
                    .param("status", "IN_PROGRESS").param("percent", "50").param("narrative", "Nhấn hai lần")
                    .param("key", key).with(as(police)).with(csrf())).andReturn();
        }
        assertThat(tracking.count("tracking_progress", assignment)).isEqualTo(3);
        assertThat(tracking.count("tracking_evidence", assignment)).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedInVietnameseAndNothingIsStored() throws Exception {
        long assignment = tracking.assignment("TPB", "T20-CA", DUE);
        String path = "/api/v1/tracking/assignments/" + assignment + "/progress";
        long files = tracking.files();

        MockHttpServletResponse control = post(police, path,
                "{\"status\":\"IN_PROGRESS\",\"percent\":10,\"narrative\":\"Có ký tự \\u0007 lạ\"}", null);
        assertThat(control.getStatus()).isEqualTo(400);
        MockHttpServletResponse tooLong = post(police, path, report("IN_PROGRESS", 10, "a".repeat(4001)), null);
        assertThat(tooLong.getStatus()).isEqualTo(400);
        assertThat(tooLong.getContentAsString()).contains("Nội dung báo cáo không được quá 4.000 ký tự.");
        MockHttpServletResponse percent = post(police, path, report("IN_PROGRESS", 101, "Vượt quá"), null);
        assertThat(percent.getStatus()).isEqualTo(400);
        assertThat(percent.getContentAsString()).contains("Tỷ lệ hoàn thành phải là số nguyên từ 0 đến 100.");
        assertThat(post(police, path, report("OVERDUE", 10, "Không báo được quá hạn"), null).getStatus())
                .isEqualTo(400);
        assertThat(post(police, path, report("IN_PROGRESS", 10, "  "), null).getStatus()).isEqualTo(400);

        byte[] exe = new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0 };
        MockHttpServletResponse disguised = mvc.perform(MockMvcRequestBuilders.multipart(path)
                .file(new MockMultipartFile("files", "minh-chung.pdf", "application/pdf", AttachmentFixtures.pdf("ok")))
                .file(new MockMultipartFile("files", "chuong-trinh.pdf", "application/pdf", exe))
                .param("status", "DONE").param("percent", "100").param("narrative", "Kèm tệp giả")
                .header(HttpHeaders.AUTHORIZATION, bearer(police))).andReturn().getResponse();
        disguised.setCharacterEncoding("UTF-8");
        assertThat(disguised.getStatus()).isEqualTo(400);
        assertThat(disguised.getContentAsString()).contains("chuong-trinh.pdf");

        MvcResult form = mvc.perform(MockMvcRequestBuilders.multipart("/tracking/assignments/" + assignment
                + "/progress").param("status", "IN_PROGRESS").param("percent", "101").param("narrative", "Trang")
                .param("key", "bad-form").with(as(police)).with(csrf())).andReturn();
        assertThat(form.getResponse().getStatus()).isEqualTo(200);
        form.getResponse().setCharacterEncoding("UTF-8");
        assertThat(form.getResponse().getContentAsString()).contains("Tỷ lệ hoàn thành phải là số nguyên từ 0 đến 100.");

        assertThat(tracking.count("tracking_progress", assignment)).isZero();
        assertThat(tracking.files()).as("no file of a refused report is kept").isEqualTo(files);
    }

    @Test
    void theAssigningSideAcceptsOrReturnsAndAStaleVersionIsRefused() throws Exception {
        long assignment = tracking.assignment("TPR", "T20-CA", DUE);
        String path = "/api/v1/tracking/assignments/" + assignment + "/progress";
        long first = id(post(police, path, report("IN_PROGRESS", 40, "Báo cáo lần đầu"), null));

        assertThat(api.call(mvc, central, HttpMethod.POST, "/api/v1/tracking/progress/" + first + "/return",
                "{\"version\":0,\"reason\":\" \"}").getStatus()).isEqualTo(400);
        assertThat(api.call(mvc, police, HttpMethod.POST, "/api/v1/tracking/progress/" + first + "/accept",
                "{\"version\":0}").getStatus()).as("the carrier does not accept its own report").isEqualTo(403);
        assertThat(api.call(mvc, central, HttpMethod.POST, "/api/v1/tracking/progress/" + first + "/return",
                "{\"version\":0,\"reason\":\"Thiếu số liệu\"}").getStatus()).isEqualTo(204);
        MockHttpServletResponse stale = api.call(mvc, central, HttpMethod.POST,
                "/api/v1/tracking/progress/" + first + "/accept", "{\"version\":0}");
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString()).contains("đã được người khác xem xét hoặc đã thay đổi");

        long second = id(post(police, path, report("DONE", 100, "Đã hoàn thành"), null));
        MvcResult accepted = mvc.perform(MockMvcRequestBuilders.post("/tracking/progress/" + second + "/accept")
                .param("version", "0").with(as(central)).with(csrf())).andReturn();
        assertThat(accepted.getResponse().getRedirectedUrl()).isEqualTo("/tracking/assignments/" + assignment);
        assertThat(((Notice) accepted.getFlashMap().get(Notice.ATTRIBUTE)).key()).isEqualTo("tracking.progress.accepted");
        assertThat(jdbc.sql("SELECT status || ' ' || percent FROM tracking_assignment WHERE id = :a")
                .param("a", assignment).query(String.class).single()).isEqualTo("DONE 100");

        MockHttpServletResponse view = api.get(mvc, police, "/api/v1/tracking/assignments/" + assignment);
        assertThat((String) JsonPath.read(view.getContentAsString(), "$.status")).isEqualTo("DONE");
        assertThat((String) JsonPath.read(view.getContentAsString(), "$.updates[1].returnReason"))
                .isEqualTo("Thiếu số liệu");
    }

    @Test
    void evidenceIsDownloadedByReadersOnlyAsAnAttachment() throws Exception {
        long assignment = tracking.assignment("TPE", "T20-CA", DUE);
        MockHttpServletResponse stored = mvc.perform(MockMvcRequestBuilders.multipart(
                "/api/v1/tracking/assignments/" + assignment + "/progress")
                .file(new MockMultipartFile("files", "Biên bản kiểm tra.pdf", "application/pdf",
                        AttachmentFixtures.pdf("Bien ban")))
                .param("status", "IN_PROGRESS").param("percent", "60").param("narrative", "Kèm biên bản")
                .header(HttpHeaders.AUTHORIZATION, bearer(police))).andReturn().getResponse();
        assertThat(stored.getStatus()).isEqualTo(201);
        long progress = id(stored);
        MockHttpServletResponse view = api.get(mvc, party, "/api/v1/tracking/assignments/" + assignment);
        Number evidence = JsonPath.read(view.getContentAsString(), "$.updates[0].evidence[0].id");
        String url = "/api/v1/tracking/progress/" + progress + "/evidence/" + evidence;

        MockHttpServletResponse download = api.get(mvc, party, url);
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentType()).startsWith("application/pdf");
        assertThat(download.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;")
                .contains("filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20ki%E1%BB%83m%20tra.pdf");
        assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(api.get(mvc, hanoi, url).getStatus()).isEqualTo(404);
        assertThat(page(hanoi, "/tracking/progress/" + progress + "/evidence/" + evidence).getStatus()).isEqualTo(404);
        assertThat(page(police, "/tracking/progress/" + progress + "/evidence/" + evidence).getStatus()).isEqualTo(200);
    }

    @Test
    void myAssignmentsListWhatTheOrganisationCarries() throws Exception {
        long bacNinh = tracking.assignment("TPM", "T20-CA", DUE);
        long haNoi = tracking.assignment("TPM", "T01-CA", DUE);
        String page = page(police, "/tracking/mine").getContentAsString();
        assertThat(page).contains("data-assignment=\"" + bacNinh + "\"").doesNotContain("data-assignment=\"" + haNoi + "\"");
    }

    private MockHttpServletResponse post(CurrentUser user, String path, String json, String key) throws Exception {
        var request = MockMvcRequestBuilders.post(path).header(HttpHeaders.AUTHORIZATION, bearer(user))
                .contentType("application/json").content(json.getBytes(StandardCharsets.UTF_8));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }

    private MockHttpServletResponse page(CurrentUser user, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get(path).with(as(user))).andReturn()
                .getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }

    private String bearer(CurrentUser user) {
        return "Bearer " + tokens.issue(user).accessToken();
    }

    private static String report(String status, int percent, String narrative) {
        return "{\"status\":\"" + status + "\",\"percent\":" + percent + ",\"narrative\":\"" + narrative + "\"}";
    }

    private static long id(MockHttpServletResponse response) throws Exception {
        return ((Number) JsonPath.read(response.getContentAsString(), "$.id")).longValue();
    }

    private static RequestPostProcessor as(CurrentUser user) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
