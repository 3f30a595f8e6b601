package vn.phoihop.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import vn.phoihop.account.Role;
import vn.phoihop.support.Fixtures;

/** An administrator's journeys in a real browser. */
class AdministrationJourneyTests extends BrowserTest {

    @Autowired Fixtures fixtures;

    @Test
    void anAdminCreatesAUserWhoThenSignsInAndTheCreationIsAudited() {
        signIn(page, "admin", DEMO_PASSWORD);
        page.navigate("/admin/users");
        page.getByTestId("new-user").click();

        page.locator("[data-testid=save-user]").click();
        assertThat(page.locator("#username + .form-text + .invalid-feedback")).hasText("Vui lòng nhập tên đăng nhập.");
        screenshot("user-new-errors");

        page.locator("#username").fill("nguyen.thi.hoa");
        page.locator("#fullName").fill("Nguyễn Thị Hoa");
        page.locator("#organizationId").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Công an tỉnh Bắc Ninh"));
        page.getByLabel("Cán bộ Công an tỉnh, thành phố").check();
        page.locator("#clearance").selectOption("CONFIDENTIAL");
        page.locator("#password").fill("Hoa@BacNinh2026");
        page.locator("[data-testid=save-user]").click();
        assertThat(page.locator(".alert-success")).hasText("Đã tạo người dùng.");
        assertThat(page.locator("h1")).hasText("nguyen.thi.hoa");
        screenshot("user-created");

        page.navigate("/admin/audit?action=USER_CREATED&target=nguyen.thi.hoa");
        assertThat(page.getByTestId("audit-row")).hasCount(1);
        assertThat(page.getByTestId("audit-row")).containsText("admin");
        screenshot("audit-user-created");
        page.getByTestId("logout").click();

        signIn(page, "nguyen.thi.hoa", "Hoa@BacNinh2026");
        assertThat(page.getByTestId("greeting")).hasText("Xin chào, Nguyễn Thị Hoa!");
        assertThat(page.getByTestId("organization")).hasText("Công an tỉnh Bắc Ninh");
    }

    @Test
    void theUserListFiltersAsYouTypeIgnoringDiacritics() {
        fixtures.user("tim.kiem", "T20-CA", Role.VIEWER);
        signIn(page, "admin", DEMO_PASSWORD);
        page.navigate("/admin/users");
        page.locator("#q").fill("nguoi dung tim");
        assertThat(page.locator("#user-results tbody tr")).hasCount(1);
        assertThat(page.locator("#user-results")).containsText("tim.kiem");
        screenshot("users-search");
    }

    @Test
    void disablingAUserEndsTheSessionTheyHaveOpen() {
        fixtures.user("browser.disabled", "T20-TU", Role.PROVINCE_PARTY_STAFF);
        BrowserContext userContext = newContext();
        Page user = userContext.newPage();
        watch(user);
        signIn(user, "browser.disabled", Fixtures.PASSWORD);
        assertThat(user.getByTestId("greeting")).isVisible();

        signIn(page, "admin", DEMO_PASSWORD);
        page.navigate("/admin/users?q=browser.disabled");
        page.locator("#user-results a", new Page.LocatorOptions().setHasText("browser.disabled")).click();
        page.getByTestId("disable-user").click();
        assertThat(page.getByTestId("user-disabled")).isVisible();

        user.reload();
        assertThat(user).hasURL(Pattern.compile(".*/login$"));
        userContext.close();
    }

    @Test
    void swaggerUiServesTheApiDescriptionToAdministrators() {
        signIn(page, "admin", DEMO_PASSWORD);
        page.navigate("/swagger-ui.html");
        // springdoc builds the description on its first request, which takes a while on a busy machine.
        assertThat(page.locator(".swagger-ui .title")).containsText("PhoiHop API",
                new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        assertThat(page.getByText("/api/v1/auth/token").first()).isVisible();
        screenshot("swagger-ui");
    }

    @Test
    void aProvincialUserCannotOpenAdministration() {
        signIn(page, "congan.bacninh", DEMO_PASSWORD);
        assertThat(page.locator("text=Quản trị")).hasCount(0);
        page.navigate("/admin/users");
        assertThat(page.getByTestId("error-message")).hasText("Bạn không có quyền thực hiện thao tác này.");
    }
}
