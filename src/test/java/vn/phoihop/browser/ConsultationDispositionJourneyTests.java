package vn.phoihop.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.phoihop.support.LibreOffice;

/**
 * The drafting body's steps at the scale of the demo's 2021 round (126 invitees, about 150 comments; the journey from
 * a province's comments to the report on one fresh round is {@link ConsultationJourneyTests}): canbo.tw opens the dispositions of the demo's 2021 round, records a
 * disposition on a comment not yet handled (the htmx form swaps the comment in place), accepts the suggested group of
 * two near-duplicate comments and answers it once, opens the consolidated report and downloads its DOCX, which
 * LibreOffice converts.
 */
class ConsultationDispositionJourneyTests extends BrowserTest {

    @Autowired JdbcClient jdbc;

    @Test
    void centralStaffRecordsDispositionsGroupsNearDuplicatesAndDownloadsTheReport() throws Exception {
        long round = jdbc.sql("SELECT r.id FROM consultation_round r JOIN consultation_draft d ON d.id = r.draft_id"
                + " WHERE d.title LIKE 'Quy chế phối hợp giữa Đảng ủy Công an Trung ương%' AND r.status = 'CLOSED'")
                .query(Long.class).single();
        signIn(page, "canbo.tw", DEMO_PASSWORD);
        page.navigate("/consultations/" + round + "/dispositions");
        page.locator("#disposition").selectOption("UNDECIDED");
        page.getByTestId("filter-show").click();
        page.waitForLoadState();
        Locator card = page.locator("article[data-testid^=comment-]").filter(new Locator.FilterOptions()
                .setHasNotText("thời hạn gửi báo cáo 6 tháng")).first();
        String id = card.getAttribute("id");
        card.getByTestId("disposition-kind").selectOption("EXPLAINED");
        card.getByTestId("disposition-reason-input").fill("Xin giải trình: giữ như dự thảo, phù hợp quy định hiện hành.");
        card.getByTestId("disposition-save").click();
        Locator saved = page.locator("#" + id);
        assertThat(saved.getByTestId("disposition-badge")).hasText("Giải trình");
        assertThat(saved.getByTestId("disposition-reason")).containsText("giữ như dự thảo");

        page.getByTestId("tab-groups").click();
        page.waitForLoadState();
        Locator suggestion = page.getByTestId("suggestion").filter(new Locator.FilterOptions()
                .setHasText("thời hạn gửi báo cáo 6 tháng"));
        assertThat(suggestion.locator("li")).hasCount(2);
        suggestion.getByTestId("accept-suggestion").click();
        page.waitForLoadState();
        Locator group = page.getByTestId("group").filter(new Locator.FilterOptions()
                .setHasText("thời hạn gửi báo cáo 6 tháng"));
        assertThat(group.getByTestId("group-member-disposition")).hasCount(2);
        group.getByTestId("group-kind").selectOption("ACCEPTED");
        group.getByTestId("group-save").click();
        page.waitForLoadState();
        Locator answered = page.getByTestId("group").filter(new Locator.FilterOptions()
                .setHasText("thời hạn gửi báo cáo 6 tháng")).getByTestId("group-member-disposition");
        assertThat(answered.nth(0)).hasText("Tiếp thu");
        assertThat(answered.nth(1)).hasText("Tiếp thu");

        page.getByTestId("tab-report").click();
        page.waitForLoadState();
        assertThat(page.getByTestId("report-totals")).isVisible();
        Download download = page.waitForDownload(() -> page.getByTestId("report-docx").click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).endsWith(".docx");
        org.assertj.core.api.Assertions.assertThat(LibreOffice.pdfHeader(Files.readAllBytes(download.path()),
                "bao-cao.docx")).startsWith("%PDF");
    }
}
