package vn.phoihop.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;

import vn.phoihop.account.Role;
import vn.phoihop.support.Fixtures;

/** The sign-in journeys of issue 2 in a real browser. */
class SignInJourneyTests extends BrowserTest {

    @Autowired Fixtures fixtures;

    @Test
    void loginSucceedsAndTheHomePageGreetsWithOrganisationAndRole() {
        signIn(page, "lanhdao.bacninh", DEMO_PASSWORD);
        assertThat(page.getByTestId("greeting")).hasText("Xin chào, Đỗ Quang Vinh!");
        assertThat(page.getByTestId("organization")).hasText("Công an tỉnh Bắc Ninh");
        assertThat(page.getByTestId("roles")).containsText("Lãnh đạo");
        assertThat(page.getByTestId("demo-banner")).isVisible();
        screenshot("home-vi");
    }

    @Test
    void aWrongPasswordIsExplainedInVietnamese() {
        signIn(page, "canbo.tw", "khong-dung-mat-khau");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?error$"));
        assertThat(page.getByTestId("login-error")).hasText("Tên đăng nhập hoặc mật khẩu không đúng.");
        screenshot("login-wrong-password");
    }

    @Test
    void repeatedFailuresLockTheAccountWithAClearMessage() {
        fixtures.user("browser.lockout", "T20-CA", Role.PROVINCE_POLICE_STAFF);
        for (int i = 0; i < 5; i++) {
            signIn(page, "browser.lockout", "sai-lan-" + i);
        }
        signIn(page, "browser.lockout", Fixtures.PASSWORD);
        assertThat(page.getByTestId("login-error")).containsText("Tài khoản tạm thời bị khóa");
        assertThat(page.getByTestId("login-error")).containsText("phút");
        screenshot("login-locked");
    }

    @Test
    void theLanguageSwitchIsRememberedForTheUser() {
        fixtures.user("browser.english", "T01-CA", Role.PROVINCE_POLICE_STAFF);
        signIn(page, "browser.english", Fixtures.PASSWORD);
        assertThat(page.getByTestId("greeting")).hasText("Xin chào, Người dùng browser.english!");
        page.getByTestId("lang-en").click();
        assertThat(page.getByTestId("greeting")).hasText("Hello, Người dùng browser.english!");
        assertThat(page.getByTestId("logout")).hasText("Sign out");
        screenshot("home-en");

        page.getByTestId("logout").click();
        var other = newContext();
        Page second = other.newPage();
        watch(second);
        signIn(second, "browser.english", Fixtures.PASSWORD);
        assertThat(second.getByTestId("greeting")).hasText("Hello, Người dùng browser.english!");
        second.getByTestId("lang-vi").click();
        assertThat(second.getByTestId("greeting")).hasText("Xin chào, Người dùng browser.english!");
        other.close();
    }

    @Test
    void logoutEndsTheSession() {
        signIn(page, "congan.hanoi", DEMO_PASSWORD);
        assertThat(page.getByTestId("greeting")).isVisible();
        page.getByTestId("logout").click();
        assertThat(page.getByTestId("logged-out")).hasText("Bạn đã đăng xuất.");
        page.navigate("/");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
    }
}
