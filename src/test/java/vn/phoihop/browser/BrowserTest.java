package vn.phoihop.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;

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
 *
 * <p>Every page a journey visits is checked with axe-core (WCAG 2.1 A and AA rules): after each document load and
 * after each htmx swap. A violation of impact serious or critical fails the test, naming the page, rule, impact,
 * target selectors and help. axe's source (from the axe-core jar in test scope) is evaluated through Playwright,
 * which the page's strict CSP does not govern; the page itself still runs under its CSP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTest {

    static final String DEMO_PASSWORD = "PhoiHop@2025";

    private static final String AXE_SOURCE = axeSource();

    /**
     * Runs axe on the document and answers one line per node of a serious or critical violation. Left out: the top
     * bar of Swagger UI (administrators only), the vendor's own URL field, button and dark-mode toggle, which fail
     * AA and which PhoiHop cannot change (its {@code BaseLayout} without them does not load under our settings).
     */
    private static final String AXE_RUN = """
            async () => {
              // one run at a time: a load and an htmx swap can ask for a check while the previous one is running
              const previous = window.phoihopAxeRun || Promise.resolve();
              const run = previous.catch(() => null).then(() => axe.run({ exclude: [['.swagger-ui .topbar']] }, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
                resultTypes: ['violations'] }));
              window.phoihopAxeRun = run;
              const results = await run;
              return results.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .flatMap(v => v.nodes.map(n => v.id + ' (' + v.impact + ') at ' + n.target.join(' ')
                    + ': ' + v.help + ' ' + v.helpUrl));
            }""";

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;
    final List<String> pageErrors = new ArrayList<>();
    final Set<String> accessibilityViolations = new LinkedHashSet<>();

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
        org.assertj.core.api.Assertions.assertThat(accessibilityViolations)
                .as("axe-core: serious or critical WCAG 2.1 A/AA violations").isEmpty();
    }

    /**
     * A browser context on this server in Vietnamese. Reduced motion switches off Bootstrap's transitions, so axe never
     * measures a button's colours halfway through a hover fade after an htmx swap (a false contrast failure).
     */
    BrowserContext newContext() {
        return browser.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + port)
                .setLocale("vi-VN").setViewportSize(1280, 900)
                .setReducedMotion(com.microsoft.playwright.options.ReducedMotion.REDUCE));
    }

    void watch(Page p) {
        p.onConsoleMessage(message -> {
            // refusals (4xx) are answers the page shows to the user (htmx logs them as "Response Status Error Code")
            if ("error".equals(message.type()) && !message.text().contains("status of 4")
                    && !message.text().startsWith("Response Status Error Code 4")) {
                pageErrors.add(message.text());
            }
        });
        p.onPageError(error -> pageErrors.add(error));
        p.onLoad(this::checkAccessibility);
        p.exposeFunction("phoihopAxeAfterSwap", args -> {
            checkAccessibility(p);
            return null;
        });
        // say where a CSP violation comes from (the browser's own message names only the directive)
        p.addInitScript("document.addEventListener('securitypolicyviolation', e => console.error('CSP: '"
                + " + e.violatedDirective + ' at ' + e.sourceFile + ':' + e.lineNumber + ' on '"
                + " + (e.target && e.target.outerHTML ? e.target.outerHTML.slice(0, 160) : e.target)));");
        p.addInitScript("document.addEventListener('htmx:afterSettle',"
                + " () => { window.phoihopAxeChecked = window.phoihopAxeAfterSwap(); });");
    }

    /**
     * Runs axe-core on the page as it is now and records every serious or critical violation (once per page path,
     * rule and target). Called on each load and htmx swap; tests may call it after other in-page changes.
     */
    @SuppressWarnings("unchecked")
    void checkAccessibility(Page p) {
        if (p.isClosed()) {
            return;
        }
        String path = p.url().replaceFirst("^https?://[^/]+", "");
        List<String> violations;
        try {
            if (Boolean.FALSE.equals(p.evaluate("() => typeof window.axe === 'object'"))) {
                p.evaluate("() => {\n" + AXE_SOURCE + "\n}");
            }
            violations = (List<String>) p.evaluate(AXE_RUN);
        }
        catch (PlaywrightException navigatedAway) {
            if (!navigatedAway.getMessage().contains("Execution context was destroyed")) {
                throw navigatedAway;
            }
            return; // the page went on to a new document, whose own load is checked
        }
        for (String violation : violations) {
            if (accessibilityViolations.add(path + ": " + violation)) {
                System.out.println("axe-core: " + path + ": " + violation);
            }
        }
    }

    private static String axeSource() {
        try (InputStream in = BrowserTest.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js missing: the axe-core test dependency is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
