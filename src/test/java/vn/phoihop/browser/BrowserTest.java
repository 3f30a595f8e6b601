package vn.phoihop.browser;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser tests: PhoiHop on a random port, driven by Playwright in Debian's headless Chromium
 * ({@code /usr/bin/chromium}, no browser download). Each test gets a fresh browser context (no cookies); any
 * Content-Security-Policy violation or script error on a page fails the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTest {

    static final String DEMO_PASSWORD = "PhoiHop@2025";

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;
    final List<String> pageErrors = new ArrayList<>();

    @BeforeAll
    static void launch() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getProperty("phoihop.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openContext() {
        context = newContext();
        page = context.newPage();
        watch(page);
    }

    @AfterEach
    void closeContext() {
        context.close();
        org.assertj.core.api.Assertions.assertThat(pageErrors).as("console errors (CSP violations, script errors)")
                .isEmpty();
    }

    BrowserContext newContext() {
        return browser.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + port)
                .setLocale("vi-VN").setViewportSize(1280, 900));
    }

    void watch(Page p) {
        p.onConsoleMessage(message -> {
            if ("error".equals(message.type()) && !message.text().contains("status of 40")) {
                pageErrors.add(message.text());
            }
        });
        p.onPageError(error -> pageErrors.add(error));
    }

    void signIn(Page p, String username, String password) {
        p.navigate("/login");
        p.locator("#username").fill(username);
        p.locator("#password").fill(password);
        p.locator("[data-testid=login-submit]").click();
        p.waitForLoadState();
    }

    void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target", "screenshots", name + ".png")));
    }
}
