package vn.phoihop.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.phoihop.support.Fixtures;
import vn.phoihop.account.user.AccountSetup;

/** The JSON API: bearer tokens, /me, problem details in Vietnamese, and the same throttling as the login page. */
@SpringBootTest
@AutoConfigureMockMvc
class ApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;

    @Test
    void aTokenFromUsernameAndPasswordOpensMe() throws Exception {
        fixtures.user("api.user", "T20-TU", Role.PROVINCE_PARTY_STAFF);
        String token = token("api.user", Fixtures.PASSWORD);
        MockHttpServletResponse me = mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andReturn().getResponse();
        assertThat(me.getStatus()).isEqualTo(200);
        JsonNode body = JSON.readTree(me.getContentAsString());
        assertThat(body.get("username").asString()).isEqualTo("api.user");
        assertThat(body.get("roles").get(0).asString()).isEqualTo("PROVINCE_PARTY_STAFF");
        assertThat(body.get("organization").get("name").asString()).isEqualTo("Tỉnh ủy Bắc Ninh");
        assertThat(body.get("clearance").asString()).isEqualTo("NONE");
    }

    @Test
    void aWrongPasswordGetsAProblemInVietnamese() throws Exception {
        MockHttpServletResponse response = tokenRequest("{\"username\":\"admin\",\"password\":\"khong-dung-1\"}");
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(JSON.readTree(response.getContentAsString()).get("detail").asString())
                .isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");
    }

    @Test
    void theApiSharesTheLoginPagesThrottle() throws Exception {
        fixtures.user("api.locked", "T20-CA", Role.VIEWER);
        for (int i = 0; i < 6; i++) {
            tokenRequest("{\"username\":\"api.locked\",\"password\":\"sai-mat-khau\"}");
        }
        MockHttpServletResponse response = tokenRequest(
                "{\"username\":\"api.locked\",\"password\":\"" + Fixtures.PASSWORD + "\"}");
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentAsString()).contains("tạm thời bị khóa");
    }

    @Test
    void badInputGetsAClearProblemAndNeverAStackTrace() throws Exception {
        for (String body : new String[] { "{bad json", "{}", "[]", "{\"username\":\"a\"}", "null" }) {
            MockHttpServletResponse response = tokenRequest(body);
            assertThat(response.getStatus()).as(body).isEqualTo(400);
            String text = response.getContentAsString();
            assertThat(text).as(body).contains("\"detail\"").doesNotContain("Exception").doesNotContain("at vn.");
        }
    }

    @Test
    void withoutATokenTheApiAnswers401NotALoginPage() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/v1/me")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(response.getContentAsString()).contains("Bạn cần đăng nhập");
        assertThat(mvc.perform(get("/api/v1/me").header("Authorization", "Bearer forged")).andReturn()
                .getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void theOpenApiDescriptionListsTheEndpoints() throws Exception {
        String token = token("admin", AccountSetup.DEMO_PASSWORD);
        assertThat(token).isNotBlank();
        var session = new vn.phoihop.support.CookieSession(mvc);
        session.perform(post("/login").param("username", "canbo.tw").param("password", AccountSetup.DEMO_PASSWORD)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()));
        String docs = session.body(get("/v3/api-docs"));
        assertThat(docs).contains("/api/v1/auth/token").contains("/api/v1/me");
    }

    @Test
    void theOpenApiDescriptionAnswersABearerTokenOfAnySignedInUser() throws Exception {
        fixtures.user("api.docs.viewer", "T20-CA", Role.VIEWER);
        String token = token("api.docs.viewer", Fixtures.PASSWORD);
        for (String path : new String[] { "/v3/api-docs", "/v3/api-docs.yaml" }) {
            MockHttpServletResponse docs = mvc.perform(get(path).header("Authorization", "Bearer " + token))
                    .andReturn().getResponse();
            assertThat(docs.getStatus()).as(path).isEqualTo(200);
            assertThat(docs.getContentAsString()).as(path).contains("/api/v1/me");
            assertThat(docs.getCookie("PHOIHOP_SESSION")).as("no session for a token").isNull();
            MockHttpServletResponse anonymous = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(anonymous.getStatus()).as(path).isEqualTo(401);
            assertThat(anonymous.getContentAsString()).doesNotContain("/api/v1/me");
            assertThat(mvc.perform(get(path).header("Authorization", "Bearer forged")).andReturn().getResponse()
                    .getStatus()).as(path).isEqualTo(401);
        }
        MockHttpServletResponse swagger = mvc.perform(get("/swagger-ui.html")
                .header("Authorization", "Bearer " + token)).andReturn().getResponse();
        assertThat(swagger.getStatus()).as("Swagger UI stays a browser page for administrators").isEqualTo(302);
        assertThat(swagger.getRedirectedUrl()).endsWith("/login");
    }

    private String token(String username, String password) throws Exception {
        MockHttpServletResponse response = tokenRequest(
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return JSON.readTree(response.getContentAsString()).get("accessToken").asString();
    }

    private MockHttpServletResponse tokenRequest(String body) throws Exception {
        return mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse();
    }
}
