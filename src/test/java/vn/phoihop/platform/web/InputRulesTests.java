package vn.phoihop.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.phoihop.account.security.ApiTokens;
import vn.phoihop.account.CurrentUser;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.support.Fixtures;

/**
 * One set of input rules for pages, query parameters and JSON bodies: a control character is refused with 400 and
 * a Vietnamese message naming the field, a date outside 02/09/1945-31/12/2100 with 400, and nothing is stored;
 * PostgreSQL's refusal of a NUL is a 400, not a 500; dates in messages read dd/MM/yyyy.
 */
@SpringBootTest
@AutoConfigureMockMvc
class InputRulesTests {

    private static final String CONTROL = "ký tự điều khiển không hợp lệ";
    private static final String OUT_OF_RANGE = "nằm ngoài khoảng cho phép";

    @Autowired MockMvc mvc;
    @Autowired ApiTokens tokens;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired MessageSource messages;

    @Test
    void aNulInAFormFieldIsRefusedWithTheFieldAndNothingIsStored() throws Exception {
        String code = unique("NUL");
        MockHttpServletResponse response = page(post("/organizations/" + t05() + "/units").param("code", code)
                .param("kind", "POLICE_UNIT").param("name", "Phòng\u0000Thử").param("validFrom", "01/07/2025")
                .with(csrf()));
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains(CONTROL).contains("“name”")
                .doesNotContain("Exception");
        assertThat(exists(code)).isFalse();
    }

    @Test
    void anAbsurdDateInAFormIsRefusedAndNothingIsStored() throws Exception {
        String code = unique("DATE");
        MockHttpServletResponse response = page(post("/organizations/" + t05() + "/units").param("code", code)
                .param("kind", "POLICE_UNIT").param("name", "Phòng Thử ngày").param("validFrom", "01/01/99999")
                .with(csrf()));
        assertThat(response.getStatus()).as("the form again, the error beside the date field").isEqualTo(200);
        assertThat(response.getContentAsString()).contains("id=\"unitFrom-error\"").contains("02/09/1945")
                .contains("31/12/2100");
        assertThat(exists(code)).isFalse();
    }

    @Test
    void aNulInAJsonBodyIsAProblemNamingTheField() throws Exception {
        String code = unique("JNUL");
        MockHttpServletResponse response = api(post("/api/v1/organizations").contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"code":"%s","kind":"POLICE_UNIT","name":"Phòng\\u0000Thử","parentId":%d,"validFrom":"2025-07-01"}
                        """.formatted(code, t05())));
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains(CONTROL).contains("“name”");
        assertThat(exists(code)).isFalse();
    }

    @Test
    void anAbsurdDateInAJsonBodyOrAQueryIsRefused() throws Exception {
        String code = unique("JDATE");
        MockHttpServletResponse body = api(post("/api/v1/organizations").contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"code":"%s","kind":"POLICE_UNIT","name":"Phòng Thử","parentId":%d,"validFrom":"+99999-01-01"}
                        """.formatted(code, t05())));
        assertThat(body.getStatus()).isEqualTo(400);
        assertThat(body.getContentAsString()).contains(OUT_OF_RANGE).contains("+99999-01-01");
        assertThat(exists(code)).isFalse();

        MockHttpServletResponse query = api(get("/api/v1/organizations/" + t05() + "/descendants")
                .param("asOf", "+99999-01-01"));
        assertThat(query.getStatus()).isEqualTo(400);
        assertThat(query.getContentAsString()).contains(OUT_OF_RANGE);
        MockHttpServletResponse early = api(get("/api/v1/organizations/" + t05() + "/descendants")
                .param("asOf", "1900-01-01"));
        assertThat(early.getStatus()).isEqualTo(400);
        MockHttpServletResponse fine = api(get("/api/v1/organizations/" + t05() + "/descendants")
                .param("asOf", "2025-07-01"));
        assertThat(fine.getStatus()).isEqualTo(200);
    }

    @Test
    void aControlCharacterInAQueryParameterIsRefused() throws Exception {
        MockHttpServletResponse api = api(get("/api/v1/organizations/search").param("q", "Bắc\u0001Ninh"));
        assertThat(api.getStatus()).isEqualTo(400);
        assertThat(api.getContentAsString()).contains(CONTROL).contains("“q”");
        MockHttpServletResponse tabAndNewline = api(get("/api/v1/organizations/search").param("q", "Bắc\tNinh\n"));
        assertThat(tabAndNewline.getStatus()).isEqualTo(200);
    }

    @Test
    void datesInMessagesReadDayMonthYear() {
        Locale vi = Locale.forLanguageTag("vi");
        UserFacingException refused = UserFacingException.invalid("organization.notInForce", LocalDate.of(2025, 6, 30));
        String text = messages.getMessage(refused.messageKey(), refused.arguments(), vi);
        assertThat(text).contains("30/06/2025").doesNotContain("2025-06-30");
        Notice notice = new Notice("organization.parent.notValid", "T05-CA", LocalDate.of(2025, 7, 1));
        assertThat(messages.getMessage(notice.key(), notice.args(), Locale.ENGLISH)).contains("01/07/2025");
    }

    @Test
    void postgresRefusingANulIsAnInputErrorNotAServerError() {
        SQLException nul = new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021");
        assertThat(RefusedText.causedBy(new DataIntegrityViolationException("insert", nul))).isTrue();
        assertThat(RefusedText.causedBy(new DataIntegrityViolationException("insert",
                new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(RefusedText.causedBy(null)).isFalse();
    }

    private MockHttpServletResponse page(MockHttpServletRequestBuilder request) throws Exception {
        CurrentUser admin = fixtures.demoAdmin();
        MockHttpServletResponse response = mvc.perform(request.with(authentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()))))
                .andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }

    private MockHttpServletResponse api(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.header(HttpHeaders.AUTHORIZATION,
                "Bearer " + tokens.issue(fixtures.demoAdmin()).accessToken())).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }

    private long t05() {
        return jdbc.sql("SELECT id FROM organization WHERE code = 'T05-CA'").query(Long.class).single();
    }

    private boolean exists(String code) {
        return jdbc.sql("SELECT count(*) FROM organization WHERE code = :c").param("c", code).query(Long.class)
                .single() > 0;
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    }
}
