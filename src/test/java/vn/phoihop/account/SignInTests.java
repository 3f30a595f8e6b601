package vn.phoihop.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumSet;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.phoihop.support.CookieSession;
import vn.phoihop.support.Fixtures;
import vn.phoihop.account.security.TwoFactor;
import vn.phoihop.account.user.AccountSetup;
import vn.phoihop.account.user.UserView;

/** Sign-in through the real filter chain: throttling and lockout, disabled accounts, two-factor codes, headers. */
@SpringBootTest
@AutoConfigureMockMvc
class SignInTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired TwoFactor twoFactor;
    @Autowired JdbcClient jdbc;

    @Test
    void elevenWrongPasswordsLockTheAccountAndTheUserIsToldWhyInVietnamese() throws Exception {
        fixtures.user("lockout.victim", "T20-CA", Role.PROVINCE_POLICE_STAFF);
        for (int i = 0; i < 11; i++) {
            signIn("lockout.victim", "sai-mat-khau-" + i);
        }
        CookieSession session = signIn("lockout.victim", Fixtures.PASSWORD);
        String page = session.body(get("/login"));
        assertThat(page).contains("Tài khoản tạm thời bị khóa do đăng nhập sai nhiều lần liên tiếp")
                .contains("phút");
        assertThat(session.status(get("/"))).isEqualTo(302);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE actor = 'lockout.victim' AND action = 'LOGIN_REFUSED_LOCKED'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void anUnknownAccountIsLockedLikeAKnownOneSoTheLockRevealsNothing() throws Exception {
        for (int i = 0; i < 6; i++) {
            signIn("khong.ton.tai", "sai-mat-khau");
        }
        CookieSession session = signIn("khong.ton.tai", "sai-mat-khau");
        assertThat(session.body(get("/login")))
                .contains("tạm thời bị khóa");
    }

    @Test
    void aWrongPasswordSaysSoWithoutTellingWhetherTheAccountExists() throws Exception {
        fixtures.user("wrong.once", "T20-CA", Role.VIEWER);
        String known = loginPageAfter(signIn("wrong.once", "khong-dung-123"));
        String unknown = loginPageAfter(signIn("chua.co.ai", "khong-dung-123"));
        assertThat(known).contains("Tên đăng nhập hoặc mật khẩu không đúng.");
        assertThat(unknown).contains("Tên đăng nhập hoặc mật khẩu không đúng.");
    }

    @Test
    void aCorrectPasswordSignsInAndIsAudited() throws Exception {
        fixtures.user("signs.in", "T20-TU", Role.PROVINCE_PARTY_STAFF);
        CookieSession session = signIn("signs.in", Fixtures.PASSWORD);
        String home = session.body(get("/"));
        assertThat(home).contains("Xin chào, Người dùng signs.in!").contains("Tỉnh ủy Bắc Ninh");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE actor = 'signs.in' AND action = 'LOGIN_SUCCEEDED'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void inputIsNormalisedToNfcSoADecomposedPasswordStillMatches() throws Exception {
        fixtures.user("nfc.user", "T20-CA", Role.VIEWER);
        String decomposed = java.text.Normalizer.normalize(Fixtures.PASSWORD, java.text.Normalizer.Form.NFD);
        CookieSession session = signIn("NFC.User", decomposed);
        assertThat(session.status(get("/"))).isEqualTo(200);
    }

    @Test
    void twoFactorCodeIsRequiredOnceEnabled() throws Exception {
        UserView user = fixtures.user("totp.user", "T20-CA", EnumSet.of(Role.PROVINCE_POLICE_STAFF), Clearance.NONE);
        TwoFactor.Enrolment enrolment = Fixtures.as(Fixtures.principal(user), () -> twoFactor.startEnrolment());
        assertThat(enrolment.qrDataUri()).startsWith("data:image/png;base64,");
        String code = currentCode(enrolment.secret());
        Fixtures.as(Fixtures.principal(user), () -> {
            twoFactor.confirm(code);
            return null;
        });
        assertThat(loginPageAfter(signIn("totp.user", Fixtures.PASSWORD)))
                .contains("vui lòng nhập mã xác thực 6 chữ số");
        assertThat(loginPageAfter(signIn("totp.user", Fixtures.PASSWORD, "000000".equals(code) ? "111111" : "000000")))
                .contains("Mã xác thực hai lớp không đúng");
        CookieSession session = signIn("totp.user", Fixtures.PASSWORD, currentCode(enrolment.secret()));
        assertThat(session.status(get("/"))).isEqualTo(200);
    }

    @Test
    void pagesCarryStrictSecurityHeadersAndTheSessionCookieIsHttpOnlyAndSameSite() throws Exception {
        MvcResult result = mvc.perform(get("/login")).andReturn();
        var response = result.getResponse();
        assertThat(response.getHeader("Content-Security-Policy")).contains("script-src 'self'")
                .doesNotContain("unsafe-inline").contains("frame-ancestors 'none'");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        String cookie = String.join(";", response.getHeaders("Set-Cookie"));
        assertThat(cookie).contains("PHOIHOP_SESSION=").contains("HttpOnly").contains("SameSite=Lax");
    }

    @Test
    void aFormPostWithoutCsrfTokenIsRefused() throws Exception {
        int status = mvc.perform(post("/login").param("username", "admin").param("password", AccountSetup.DEMO_PASSWORD))
                .andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(403);
    }

    private static String currentCode(String secret) throws Exception {
        return new DefaultCodeGenerator(HashingAlgorithm.SHA1).generate(secret, System.currentTimeMillis() / 1000 / 30);
    }

    private CookieSession signIn(String username, String password) throws Exception {
        return signIn(username, password, null);
    }

    private CookieSession signIn(String username, String password, String code) throws Exception {
        CookieSession session = new CookieSession(mvc);
        var request = post("/login").param("username", username).param("password", password).with(csrf());
        if (code != null) {
            request.param("code", code);
        }
        session.perform(request);
        return session;
    }

    private String loginPageAfter(CookieSession session) throws Exception {
        return session.body(get("/login"));
    }
}
