package vn.phoihop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The axe-core hook of {@link BrowserTest} itself: it runs on every load and reports what it finds. */
class AccessibilityCheckTests extends BrowserTest {

    @Test
    void aLoadedPageWithAnUnlabelledFieldAndAnImageWithoutTextIsReported() {
        page.setContent("<!DOCTYPE html><html lang=\"vi\"><head><title>Thử</title></head><body><main>"
                + "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"><input type=\"text\"></main></body></html>");
        assertThat(accessibilityViolations).anyMatch(v -> v.contains("image-alt (critical)") && v.contains("img"));
        assertThat(accessibilityViolations).anyMatch(v -> v.contains("label (critical)") && v.contains("input"));
        accessibilityViolations.clear();
    }

    @Test
    void contentThatHtmxSwapsInIsCheckedToo() {
        page.navigate("/login");
        page.evaluate("() => { const input = document.createElement('input'); input.id = 'swapped';"
                + " document.body.append(input);"
                + " input.dispatchEvent(new Event('htmx:afterSettle', { bubbles: true })); }");
        page.evaluate("() => window.phoihopAxeChecked");
        assertThat(accessibilityViolations).anyMatch(v -> v.startsWith("/login: label (critical)")
                && v.contains("#swapped"));
        accessibilityViolations.clear();
    }
}
