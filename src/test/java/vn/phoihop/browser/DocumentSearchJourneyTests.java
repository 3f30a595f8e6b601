package vn.phoihop.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.phoihop.document.search.SearchFixtures;

/** Searching documents as you type, without diacritics, in a real browser (issue 8, list page). */
class DocumentSearchJourneyTests extends BrowserTest {

    @Autowired SearchFixtures documents;

    @Test
    void typingQuyChePhoiHopWithoutDiacriticsShows90QdTwFirst() {
        documents.seeds();
        signIn(page, "canbo.tw", DEMO_PASSWORD);
        page.navigate("/documents");
        page.getByTestId("document-search").pressSequentially("quy che phoi hop");
        var first = page.getByTestId("document-hit").first();
        assertThat(first.getByTestId("document-notation")).hasText("90-QĐ/TW");
        assertThat(first.getByTestId("document-title")).containsText("Quy chế phối hợp");
        assertThat(first.locator("mark").first()).hasText("Quy");
        assertThat(page.getByTestId("document-count")).containsText("quy che phoi hop");
        assertThat(first.getByTestId("document-notation")).hasAttribute("href",
                java.util.regex.Pattern.compile("/documents/\\d+$"));
        assertThat(first).containsText("06/12/2022");
        assertThat(first).containsText("Ban Bí thư");
        screenshot("document-search");
    }
}
