package vn.phoihop.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.phoihop.consultation.ConsultationFixtures;
import vn.phoihop.support.LibreOffice;

/**
 * Consultation in a real browser (issue 11), one journey on one round: Công an tỉnh Bắc Ninh's staff find the draft on
 * their dashboard and write two comments on two articles (editing one), its leader approves and submits them, and the central staff
 * agency (the drafting body) sees the province as submitted, explains one comment, accepts the suggested group of
 * Bắc Ninh's second comment and Hà Nội's near-duplicate of it and answers the group once, and downloads the
 * consolidated report as DOCX (which LibreOffice converts) and PDF.
 */
class ConsultationJourneyTests extends BrowserTest {

    @Autowired ConsultationFixtures consult;

    @Test
    void aProvinceCommentsItsLeaderSubmitsAndTheDraftingBodyAnswersGroupsAndDownloadsTheReport() throws Exception {
        String title = "Dự thảo quy chế phối hợp " + UUID.randomUUID().toString().substring(0, 6);
        long draft = consult.draft("CTDCT", title, "NONE");
        long version = consult.version(draft, 1);
        List<Long> articles = consult.articles(draft, version, 3);
        long round = consult.round(draft, version, Instant.now().plus(10, ChronoUnit.DAYS), "FLAG");
        consult.invite(round, "T20-CA", LocalDate.of(2025, 8, 1));
        long hanoi = consult.invite(round, "T01-CA", LocalDate.of(2025, 8, 1));
        consult.comment(round, hanoi, articles.get(1),
                "Đề nghị làm rõ hơn trách nhiệm chủ trì của Công an cấp tỉnh.", "SUBMITTED");
        consult.markSubmitted(hanoi);

        signIn(page, "congan.bacninh", DEMO_PASSWORD);
        page.navigate("/consultations");
        Locator card = page.locator("[data-testid=invitation-card][data-round='" + round + "']");
        assertThat(card.getByTestId("invitation-status")).hasText("Chưa mở");
        card.getByRole(com.microsoft.playwright.options.AriaRole.LINK).click();
        assertThat(page.getByTestId("provision")).hasCount(3);
        comment(page, articles.get(0), "Đề nghị bổ sung cơ chế trao đổi thông tin giữa hai lực lượng.");
        comment(page, articles.get(1), "Đề nghị làm rõ trách nhiệm chủ trì của Công an cấp tỉnh.");
        assertThat(page.locator("[data-testid=comment][data-status=DRAFT]")).hasCount(2);
        Locator written = page.locator("#p-" + articles.get(0)).getByTestId("comment");
        written.getByTestId("edit-comment").locator("summary").click();
        written.getByTestId("edit-body").fill("Đề nghị bổ sung cơ chế trao đổi thông tin định kỳ giữa hai lực lượng.");
        written.getByTestId("edit-save").click();
        assertThat(page.locator(".alert-success")).hasText("Đã sửa góp ý.");
        assertThat(page.locator("#p-" + articles.get(0)).getByTestId("comment-body"))
                .hasText("Đề nghị bổ sung cơ chế trao đổi thông tin định kỳ giữa hai lực lượng.");
        assertThat(page.getByTestId("approve-all")).hasCount(0);

        BrowserContext leaderContext = newContext();
        Page leader = leaderContext.newPage();
        watch(leader);
        signIn(leader, "lanhdao.bacninh", DEMO_PASSWORD);
        leader.navigate("/consultations/" + round);
        leader.getByTestId("submit-invitation").click();
        assertThat(leader.getByTestId("problem")).hasText("Còn 2 góp ý chưa được lãnh đạo duyệt.");
        leader.getByTestId("approve-all").click();
        assertThat(leader.locator(".alert-success")).hasText("Đã duyệt 2 góp ý.");
        leader.getByTestId("submit-invitation").click();
        assertThat(leader.locator(".alert-success")).hasText("Đã gửi 2 góp ý.");
        assertThat(leader.locator("[data-testid=comment][data-status=SUBMITTED]")).hasCount(2);
        assertThat(leader.getByTestId("own-invitation").getByTestId("invitation-status")).hasText("Đã gửi ý kiến");
        leaderContext.close();

        BrowserContext centralContext = newContext();
        Page central = centralContext.newPage();
        watch(central);
        signIn(central, "canbo.tw", DEMO_PASSWORD);
        central.navigate("/consultations");
        assertThat(central.locator("[data-testid=round-row]").filter(new Locator.FilterOptions().setHasText(title))
                .getByTestId("completeness")).hasText("2 / 2");
        central.navigate("/consultations/" + round);
        Locator bacNinh = central.locator("[data-testid=invitation-row]").filter(new Locator.FilterOptions()
                .setHasText("Bắc Ninh"));
        assertThat(bacNinh.getByTestId("invitation-status")).hasText("Đã gửi ý kiến");

        // The drafting body explains Bắc Ninh's first comment; the htmx form swaps the comment in place.
        central.navigate("/consultations/" + round + "/dispositions");
        Locator first = central.locator("article[data-testid^=comment-]").filter(new Locator.FilterOptions()
                .setHasText("cơ chế trao đổi thông tin"));
        String firstId = first.getAttribute("id");
        first.getByTestId("disposition-kind").selectOption("EXPLAINED");
        first.getByTestId("disposition-reason-input").fill("Đã quy định tại Điều 5 Quy chế làm việc, không nhắc lại.");
        first.getByTestId("disposition-save").click();
        assertThat(central.locator("#" + firstId).getByTestId("disposition-badge")).hasText("Giải trình");

        // Bắc Ninh's second comment and Hà Nội's near-duplicate are suggested as a group and answered once.
        central.getByTestId("tab-groups").click();
        central.waitForLoadState();
        Locator suggestion = central.getByTestId("suggestion").filter(new Locator.FilterOptions()
                .setHasText("trách nhiệm chủ trì"));
        assertThat(suggestion.locator("li")).hasCount(2);
        suggestion.getByTestId("accept-suggestion").click();
        central.waitForLoadState();
        Locator group = central.getByTestId("group").filter(new Locator.FilterOptions()
                .setHasText("trách nhiệm chủ trì"));
        assertThat(group.getByTestId("group-member-disposition")).hasCount(2);
        group.getByTestId("group-kind").selectOption("ACCEPTED");
        group.getByTestId("group-save").click();
        central.waitForLoadState();
        Locator answered = central.getByTestId("group").filter(new Locator.FilterOptions()
                .setHasText("trách nhiệm chủ trì")).getByTestId("group-member-disposition");
        assertThat(answered.nth(0)).hasText("Tiếp thu");
        assertThat(answered.nth(1)).hasText("Tiếp thu");

        // The consolidated report: three comments, each once, with their answers; then the files.
        central.getByTestId("tab-report").click();
        central.waitForLoadState();
        assertThat(central.getByTestId("report-comment")).hasCount(3);
        assertThat(central.locator("[data-testid=report-totals] tr[data-kind=ACCEPTED] td").nth(1)).hasText("2");
        assertThat(central.locator("[data-testid=report-totals] tr[data-kind=EXPLAINED] td").nth(1)).hasText("1");
        assertThat(central.getByTestId("report-comment").filter(new Locator.FilterOptions()
                .setHasText("cơ chế trao đổi thông tin"))).containsText("Đã quy định tại Điều 5");
        Download docx = central.waitForDownload(() -> central.getByTestId("report-docx").click());
        Assertions.assertThat(docx.suggestedFilename()).endsWith(".docx");
        Assertions.assertThat(LibreOffice.pdfHeader(Files.readAllBytes(docx.path()), "bao-cao.docx"))
                .startsWith("%PDF");
        Download pdf = central.waitForDownload(() -> central.getByTestId("report-pdf").click());
        Assertions.assertThat(pdf.suggestedFilename()).endsWith(".pdf");
        Assertions.assertThat(Files.readAllBytes(pdf.path())).startsWith('%', 'P', 'D', 'F');
        centralContext.close();
    }

    private static void comment(Page p, long provision, String text) {
        Locator article = p.locator("#p-" + provision);
        article.locator("#body-" + provision).fill(text);
        article.getByTestId("comment-submit").click();
        assertThat(p.locator(".alert-success")).hasText("Đã lưu góp ý.");
        assertThat(p.locator("#p-" + provision).getByTestId("comment-body")).hasText(text);
    }
}
