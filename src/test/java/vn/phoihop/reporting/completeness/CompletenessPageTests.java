package vn.phoihop.reporting.completeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.account.security.ApiTokens;
import vn.phoihop.reporting.ReportingFixtures;
import vn.phoihop.reporting.ReportingFixtures.TestTemplate;
import vn.phoihop.support.Fixtures;

/**
 * The dashboard, the province detail, the home page, the notifications page and the completeness API render for
 * their readers, keep to the reader's scope (Bắc Ninh sees no Hà Nội row) and refuse bad input with a Vietnamese
 * message and a 4xx, never a 500.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CompletenessPageTests {

    static final String CODE = "RW-PAGE";

    @Autowired MockMvc mvc;
    @Autowired ReportingFixtures reporting;
    @Autowired WatchFixtures watch;
    @Autowired Fixtures fixtures;
    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;

    static TestTemplate template;

    @BeforeEach
    void data() {
        synchronized (CompletenessPageTests.class) {
            if (template != null) {
                return;
            }
            TestTemplate created = reporting.monthlyTemplate(CODE, LocalDate.of(2025, 1, 1), 1);
            List<Long> periods = reporting.monthlyPeriods(created.id(), YearMonth.of(2025, 9), YearMonth.of(2025, 10));
            reporting.assign(created.id(), "T20-CA", LocalDate.of(2025, 7, 1));
            reporting.assign(created.id(), "T01-CA", LocalDate.of(2025, 7, 1));
            watch.submission(periods.get(0), created.versionId(), "T20-CA", "ACCEPTED", false, LocalDate.of(2025, 9, 20));
            watch.submission(periods.get(0), created.versionId(), "T01-CA", "SUBMITTED", true, LocalDate.of(2025, 9, 29));
            template = created;
        }
    }

    private CurrentUser central() {
        return Fixtures.principal(fixtures.user("rw.page.central", "CTDCT", Role.CENTRAL_STAFF));
    }

    private CurrentUser bacNinh() {
        return Fixtures.principal(fixtures.user("rw.page.bacninh", "T20-CA", Role.PROVINCE_POLICE_STAFF));
    }

    private MvcResult page(CurrentUser user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(authentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities())))).andReturn();
    }

    @Test
    void theDashboardShowsTableTilesAndChartData() throws Exception {
        MvcResult result = page(central(), get("/reporting/completeness").param("template", CODE)
                .param("period", "2025-09"));
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        String html = result.getResponse().getContentAsString();
        assertThat(html).contains("data-testid=\"row-T20-CA\"", "data-testid=\"row-T01-CA\"",
                "data-testid=\"tile-24\"", "data-testid=\"tile-01\"", "data-chart=", "completeness-chart",
                "/js/reporting-completeness.js", "/echarts.min.js", "Trễ hạn",
                "/reporting/completeness/province?template=RW-PAGE&amp;code=24");
        assertThat(html).containsPattern("data-testid=\"total-expected\">2<");
    }

    @Test
    void bacNinhSeesNoHanoiRowAndHanoisTileIsNoLink() throws Exception {
        String html = page(bacNinh(), get("/reporting/completeness").param("template", CODE).param("period", "2025-09"))
                .getResponse().getContentAsString();
        assertThat(html).contains("data-testid=\"row-T20-CA\"").doesNotContain("row-T01-CA")
                .doesNotContain("code=01").doesNotContain("Công an thành phố Hà Nội");
        assertThat(page(bacNinh(), get("/reporting/completeness/province").param("template", CODE).param("code", "01"))
                .getResponse().getStatus()).isEqualTo(404);
        String province = page(bacNinh(), get("/reporting/completeness/province").param("template", CODE)
                .param("code", "24").param("from", "2025-09").param("to", "2025-10")).getResponse()
                .getContentAsString();
        assertThat(province).contains("data-testid=\"province-table\"", "Bắc Ninh").doesNotContain("Hà Nội");
    }

    @Test
    void badInputGetsAVietnameseMessageNeverA500() throws Exception {
        for (MockHttpServletRequestBuilder bad : List.of(
                get("/reporting/completeness").param("template", "KHONG-CO-MAU"),
                get("/reporting/completeness").param("template", CODE).param("period", "1999-99"),
                get("/reporting/completeness").param("template", CODE).param("from", "2025-13"),
                get("/reporting/completeness").param("template", CODE).param("from", "2025-10").param("to", "2025-01"),
                get("/reporting/completeness/province").param("template", CODE).param("code", "99"))) {
            MvcResult result = page(central(), bad);
            assertThat(result.getResponse().getStatus()).isBetween(400, 404);
            assertThat(result.getResponse().getContentAsString()).containsAnyOf("không hợp lệ", "Không có mẫu",
                    "không có kỳ", "Không tìm thấy", "Tháng bắt đầu");
        }
    }

    @Test
    void theApiAnswersRowsWithinScopeAndTotals() throws Exception {
        String body = mvc.perform(get("/api/v1/reporting/completeness").param("template", CODE).param("period", "2025-09")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.issue(bacNinh()).accessToken())).andReturn()
                .getResponse().getContentAsString();
        assertThat(body).contains("\"template\":\"RW-PAGE\"", "\"period\":\"2025-09\"", "\"code\":\"T20-CA\"",
                "\"standing\":\"ON_TIME\"", "\"expected\":1").doesNotContain("T01-CA");
        String national = mvc.perform(get("/api/v1/reporting/completeness").param("template", CODE)
                .param("period", "2025-09").header(HttpHeaders.AUTHORIZATION, "Bearer "
                        + tokens.issue(central()).accessToken())).andReturn().getResponse().getContentAsString();
        assertThat(national).contains("\"code\":\"T01-CA\"", "\"standing\":\"LATE\"", "\"late\":true",
                "\"expected\":2", "\"rate\":100");
        MvcResult bad = mvc.perform(get("/api/v1/reporting/completeness").param("template", CODE).param("period", "X")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.issue(central()).accessToken())).andReturn();
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(bad.getResponse().getContentAsString()).contains("không có kỳ mã");
    }

    @Test
    void theHomePageAndNotificationsRender() throws Exception {
        CurrentUser user = bacNinh();
        long org = user.organizationId();
        long id = jdbc.sql("INSERT INTO report_notification (organization_id, kind, message_key, arguments)"
                + " VALUES (:o, 'REMINDER', 'reporting.reminder.after', ARRAY['Mẫu thử RW-PAGE', 'Tháng 10/2025',"
                + " '25/10/2025', '1']) RETURNING id").param("o", org).query(Long.class).single();
        String home = page(user, get("/reporting")).getResponse().getContentAsString();
        assertThat(home).contains("data-testid=\"due-reports\"", "Mẫu thử RW-PAGE, Tháng 10/2025 đã quá hạn nộp",
                "href=\"/reporting/templates\"", "href=\"/reporting/rollup\"", "nav-reporting");
        String central = page(central(), get("/reporting")).getResponse().getContentAsString();
        assertThat(central).contains("data-testid=\"national-tiles\"", "href=\"/reporting/review\"");
        MvcResult read = page(user, post("/reporting/notifications/read").param("id", String.valueOf(id)).with(csrf()));
        assertThat(read.getResponse().getRedirectedUrl()).isEqualTo("/reporting/notifications");
        assertThat(jdbc.sql("SELECT read_at IS NOT NULL FROM report_notification WHERE id = :id").param("id", id)
                .query(Boolean.class).single()).isTrue();
        assertThat(page(central(), post("/reporting/notifications/read").param("id", String.valueOf(id)).with(csrf()))
                .getResponse().getStatus()).as("another organisation's notification").isEqualTo(404);
        assertThat(page(user, get("/reporting/notifications")).getResponse().getContentAsString())
                .contains("data-testid=\"notification-" + id + "\"");
    }
}
