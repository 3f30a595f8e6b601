package vn.phoihop.reporting.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.support.ApiCalls;
import vn.phoihop.support.Fixtures;

/**
 * The calendar's pages and API with bad input: the form comes back with a Vietnamese message beside the field and
 * nothing is stored (an impossible date, an end before the start, an empty assignment, an exception without reason);
 * the API answers 400/404 problem details in Vietnamese, never a 500; a Bắc Ninh reader sees only reporters within
 * scope.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PeriodPagesTests {

    @Autowired MockMvc mvc;
    @Autowired ApiCalls api;
    @Autowired Fixtures fixtures;
    @Autowired PeriodFixtures periodFixtures;
    @Autowired ReportingPeriods periods;

    @Test
    void formsComeBackWithVietnameseMessagesAndStoreNothing() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        long adHoc = periodFixtures.template("RPW" + tag, "AD_HOC");
        CurrentUser central = Fixtures.principal(fixtures.user("rperiod.central", "CTDCT", Role.CENTRAL_STAFF));

        String page = get(central, "/reporting/periods?year=2025").getContentAsString();
        assertThat(page).contains("Lịch kỳ báo cáo", "Mẫu lịch RPW" + tag, "data-testid=\"period-form\"");

        String impossible = post(central, "/reporting/periods", "templateId", String.valueOf(adHoc), "code", "DX-" + tag,
                "name", "Đột xuất", "startsOn", "2025-02-30", "endsOn", "2025-03-05", "dueOn", "2025-03-10")
                .getContentAsString();
        assertThat(impossible).contains("Ngày không hợp lệ", "is-invalid");
        String reversed = post(central, "/reporting/periods", "templateId", String.valueOf(adHoc), "code", "DX-" + tag,
                "name", "Đột xuất", "startsOn", "2025-03-10", "endsOn", "2025-03-01", "dueOn", "2025-03-12")
                .getContentAsString();
        assertThat(reversed).contains("Ngày kết thúc không được trước ngày bắt đầu.");
        String empty = post(central, "/reporting/periods").getContentAsString();
        assertThat(empty).contains("Vui lòng chọn mẫu báo cáo.", "Vui lòng nhập mã kỳ.");
        assertThat(periods.ofTemplate(adHoc, null)).isEmpty();

        MockHttpServletResponse created = post(central, "/reporting/periods", "templateId", String.valueOf(adHoc),
                "code", "DX-" + tag, "name", "Đột xuất", "startsOn", "2025-09-01", "endsOn", "2025-09-05", "dueOn",
                "2025-09-10", "lockedOn", "2025-09-20");
        assertThat(created.getStatus()).isEqualTo(302);
        Period period = periods.findByCode(adHoc, "DX-" + tag).orElseThrow();
        assertThat(created.getRedirectedUrl()).isEqualTo("/reporting/periods/" + period.id());

        String assign = post(central, "/reporting/templates/" + adHoc + "/assignments", "organizationCodes", "",
                "validFrom", "2025-07-01").getContentAsString();
        assertThat(assign).contains("Vui lòng nhập mã đơn vị hoặc chọn giao cho tất cả công an tỉnh, thành phố.");
        String unknown = post(central, "/reporting/templates/" + adHoc + "/assignments", "organizationCodes",
                "KHONG-CO-" + tag, "validFrom", "2025-07-01").getContentAsString();
        assertThat(unknown).contains("Không có đơn vị mã KHONG-CO-" + tag);
        assertThat(post(central, "/reporting/templates/" + adHoc + "/assignments", "organizationCodes", "T20-CA",
                "validFrom", "2025-07-01").getStatus()).isEqualTo(302);
        String exception = post(central, "/reporting/periods/" + period.id() + "/exceptions", "until", "2025-10-01")
                .getContentAsString();
        assertThat(exception).contains("Vui lòng chọn đơn vị.", "Vui lòng nêu lý do gia hạn.");
        assertThat(periods.exceptionUntil(period.id(), period.templateId())).isEmpty();

        String show = get(central, "/reporting/periods/" + period.id()).getContentAsString();
        assertThat(show).contains("Đơn vị phải báo cáo (1)", "data-testid=\"exception-form\"");
        assertThat(get(central, "/reporting/templates/" + adHoc + "/assignments?asOf=2025-09-01").getContentAsString())
                .contains("T20-CA");
    }

    @Test
    void theApiListsPeriodsAndReportersWithinScopeAndRefusesBadInputClearly() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        long template = periodFixtures.template("RPI" + tag, "MONTHLY");
        long period = periodFixtures.period(template, "2025-08", LocalDate.of(2025, 8, 1), LocalDate.of(2025, 8, 31),
                LocalDate.of(2025, 8, 25), null);
        periodFixtures.assignment(template, "T20-CA");
        periodFixtures.assignment(template, "T01-CA");
        CurrentUser viewer = Fixtures.principal(fixtures.user("rperiod.viewer", "T20-CA", Role.VIEWER));

        MockHttpServletResponse list = api.get(mvc, viewer, "/api/v1/reporting/periods?template=RPI" + tag
                + "&year=2025");
        assertThat(list.getStatus()).isEqualTo(200);
        assertThat(JsonPath.<List<String>>read(list.getContentAsString(), "$[*].code")).containsExactly("2025-08");
        assertThat(JsonPath.<String>read(list.getContentAsString(), "$[0].phase")).isNotBlank();
        MockHttpServletResponse expected = api.get(mvc, viewer, "/api/v1/reporting/periods/" + period + "/expected");
        assertThat(JsonPath.<List<String>>read(expected.getContentAsString(), "$[*].code")).containsExactly("T20-CA");

        MockHttpServletResponse noTemplate = api.get(mvc, viewer, "/api/v1/reporting/periods");
        assertThat(noTemplate.getStatus()).isEqualTo(400);
        assertThat(JsonPath.<String>read(noTemplate.getContentAsString(), "$.detail")).contains("mã mẫu báo cáo");
        MockHttpServletResponse badYear = api.get(mvc, viewer, "/api/v1/reporting/periods?template=RPI" + tag
                + "&year=99999");
        assertThat(badYear.getStatus()).isEqualTo(400);
        assertThat(JsonPath.<String>read(badYear.getContentAsString(), "$.detail")).contains("Năm phải từ 1945");
        assertThat(api.get(mvc, viewer, "/api/v1/reporting/periods?template=RPI" + tag + "&year=abc").getStatus())
                .isEqualTo(400);
        assertThat(api.get(mvc, viewer, "/api/v1/reporting/periods?template=KHONG-CO").getStatus()).isEqualTo(404);
        assertThat(api.get(mvc, viewer, "/api/v1/reporting/periods/0/expected").getStatus()).isEqualTo(404);
    }

    private MockHttpServletResponse get(CurrentUser user, String path) throws Exception {
        return perform(MockMvcRequestBuilders.get(path), user);
    }

    private MockHttpServletResponse post(CurrentUser user, String path, String... fields) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return perform(request, user);
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, CurrentUser user)
            throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(authentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())))).andReturn()
                .getResponse();
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        return response;
    }
}
