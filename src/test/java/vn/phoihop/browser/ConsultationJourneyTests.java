package vn.phoihop.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.phoihop.consultation.ConsultationFixtures;

/**
 * Consultation in a real browser (issue 11): Công an tỉnh Bắc Ninh's staff find the draft on their dashboard and
 * write two comments on two articles, its leader approves and submits them, and the central staff agency's status
 * table then shows the province as submitted.
 */
class ConsultationJourneyTests extends BrowserTest {

    @Autowired ConsultationFixtures consult;

    @Test
    void aProvinceCommentsItsLeaderSubmitsAndTheDraftingBodySeesItSubmitted() {
        String title = "Dự thảo quy chế phối hợp " + UUID.randomUUID().toString().substring(0, 6);
        long draft = consult.draft("CTDCT", title, "NONE");
        long version = consult.version(draft, 1);
        List<Long> articles = consult.articles(draft, version, 3);
        long round = consult.round(draft, version, Instant.now().plus(10, ChronoUnit.DAYS), "FLAG");
        consult.invite(round, "T20-CA", LocalDate.of(2025, 8, 1));
        consult.invite(round, "T01-CA", LocalDate.of(2025, 8, 1));

        signIn(page, "congan.bacninh", DEMO_PASSWORD);
        page.navigate("/consultations");
        Locator card = page.locator("[data-testid=invitation-card][data-round='" + round + "']");
        assertThat(card.getByTestId("invitation-status")).hasText("Chưa mở");
        card.getByRole(com.microsoft.playwright.options.AriaRole.LINK).click();
        assertThat(page.getByTestId("provision")).hasCount(3);
        comment(page, articles.get(0), "Đề nghị bổ sung cơ chế trao đổi thông tin giữa hai lực lượng.");
        comment(page, articles.get(1), "Đề nghị làm rõ trách nhiệm chủ trì của Công an cấp tỉnh.");
        assertThat(page.locator("[data-testid=comment][data-status=DRAFT]")).hasCount(2);
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
                .getByTestId("completeness")).hasText("1 / 2");
        central.navigate("/consultations/" + round);
        Locator bacNinh = central.locator("[data-testid=invitation-row]").filter(new Locator.FilterOptions()
                .setHasText("Bắc Ninh"));
        assertThat(bacNinh.getByTestId("invitation-status")).hasText("Đã gửi ý kiến");
        central.navigate("/consultations/" + round + "?status=SUBMITTED");
        assertThat(central.getByTestId("invitation-row")).hasCount(1);
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
