package vn.phoihop.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The template designer's journey (issue 9) in a real browser: the central staff agency's staff create a monthly
 * template, open its first draft, add a section, two indicators and the rule "admitted ≤ considered" (htmx, the
 * preview showing the rule beside its field), publish it from the first of the year, and find it in the list.
 */
class TemplateJourneyTests extends BrowserTest {

    @Test
    void centralStaffDesignAndPublishATemplateWithTwoIndicatorsAndARule() {
        signIn(page, "canbo.tw", DEMO_PASSWORD);
        page.navigate("/reporting/templates");
        page.getByTestId("new-template").click();
        page.locator("#code").fill("PHJ_TPL");
        page.locator("#name").fill("Kết quả phối hợp công tác đảng (hành trình thử)");
        page.getByTestId("save-template").click();
        assertThat(page.getByTestId("template-name")).hasText("Kết quả phối hợp công tác đảng (hành trình thử)");

        page.getByTestId("new-version").click();
        assertThat(page.getByTestId("draft")).isVisible();
        page.locator("#sectionTitle").fill("Phần I. Công tác phát triển đảng viên");
        page.getByTestId("add-section").click();
        assertThat(page.getByTestId("draft-section")).hasCount(1);

        addIndicator("PHJ_KET_NAP", "Số quần chúng được kết nạp vào Đảng");
        assertThat(page.getByTestId("draft-indicator")).hasCount(1);
        addIndicator("PHJ_XEM_XET", "Số quần chúng ưu tú được xem xét");
        assertThat(page.getByTestId("draft-indicator")).hasCount(2);

        page.locator("#leftCode").selectOption("PHJ_KET_NAP");
        page.locator("#operator").selectOption("<=");
        page.locator("#rightCode").selectOption("PHJ_XEM_XET");
        page.locator("#message").fill("Số được kết nạp không vượt quá số được xem xét");
        page.getByTestId("add-rule").click();
        assertThat(page.getByTestId("draft-rules")).containsText("PHJ_KET_NAP <= PHJ_XEM_XET");
        assertThat(page.getByTestId("preview-rule")).containsText("Số được kết nạp không vượt quá số được xem xét");
        screenshot("template-draft");

        page.locator("#validFrom").fill("2026-01-01");
        page.getByTestId("publish").click();
        assertThat(page.getByTestId("versions")).containsText("Đang áp dụng");
        assertThat(page.getByTestId("template-preview")).containsText("Số quần chúng ưu tú được xem xét");

        page.navigate("/reporting/templates");
        page.getByTestId("template-search").fill("ket qua phoi hop cong tac dang (hanh trinh");
        assertThat(page.getByTestId("template-results")).containsText("Kết quả phối hợp công tác đảng (hành trình thử)");
        screenshot("template-list");
    }

    private void addIndicator(String code, String name) {
        page.locator("#code").fill(code);
        page.locator("#indicatorName").fill(name);
        page.locator("#type").selectOption("NUMBER");
        page.locator("#unit").fill("người");
        page.getByTestId("save-indicator").click();
    }
}
