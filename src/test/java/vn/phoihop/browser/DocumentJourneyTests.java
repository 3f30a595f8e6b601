package vn.phoihop.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;



/**
 * The register's journey (issue 8) in a real browser: Tỉnh ủy Bắc Ninh's staff create a draft plan, see the next
 * number proposed as they choose type and date, issue it, see its printed notation, and relate it to 12-NQ/TW, which
 * then shows the plan among the documents implementing it. A file over the attachment cap is refused and the page
 * shows the server's message.
 */
class DocumentJourneyTests extends BrowserTest {

    @Test
    void aDraftIsCreatedIssuedNumberedAndRelatedToTheResolutionItImplements() {
        signIn(page, "tinhuy.bacninh", DEMO_PASSWORD);
        page.getByTestId("nav-documents").click();
        page.navigate("/documents/new");
        page.locator("#typeCode").selectOption("PARTY_KH");
        page.locator("#issuedOn").fill("2050-03-02");
        page.locator("#issuedOn").dispatchEvent("change");
        assertThat(page.getByTestId("proposal")).containsText("Số 01-KH/TU");
        page.locator("#title").fill("Kế hoạch thử thực hiện Nghị quyết 12-NQ/TW trên địa bàn tỉnh Bắc Ninh");
        page.locator("#recipientLines").fill("Các đồng chí Tỉnh ủy viên\nLưu Văn phòng Tỉnh ủy");
        screenshot("document-new");
        page.getByTestId("save-document").click();

        assertThat(page.getByTestId("document-status")).hasText("Dự thảo");
        assertThat(page.getByTestId("document-issuer")).hasText("Tỉnh ủy Bắc Ninh");
        page.locator("#issueDate").fill("2050-03-02");
        page.getByTestId("issue-document").click();
        assertThat(page.getByTestId("document-notation")).hasText("Số 01-KH/TU");
        assertThat(page.getByTestId("document-status")).hasText("Đã ban hành");

        // a file over the 20 MB cap is refused before its body is read; the page says so instead of doing nothing
        // (a sparse file on disk: the browser reads it itself, instead of 21 MB crossing the Playwright protocol)
        page.getByTestId("attachment-file").setInputFiles(oversizedFile());
        page.getByTestId("attachment-upload").locator("button[type=submit]").click();
        assertThat(page.getByTestId("htmx-problem")).isVisible();
        assertThat(page.getByTestId("htmx-problem")).containsText("Tệp tải lên quá lớn (tối đa 20 MB)");

        page.locator("#relationKind").selectOption("IMPLEMENTS");
        page.locator("#relationTarget").fill("12-nq/tw");
        page.getByTestId("add-relation").click();
        assertThat(page.getByTestId("relations")).containsText("Thực hiện văn bản");
        assertThat(page.getByTestId("relations")).containsText("12-NQ/TW");
        screenshot("document-issued");

        page.getByTestId("relations").getByText("12-NQ/TW").click();
        assertThat(page.getByTestId("document-notation")).hasText("Số 12-NQ/TW");
        assertThat(page.getByTestId("relations")).containsText("Được thực hiện bởi");
        assertThat(page.getByTestId("relations")).containsText("01-KH/TU");
        assertThat(page.getByTestId("relations")).containsText("118-KH/ĐUCA");
        screenshot("document-timeline");
    }

    private static Path oversizedFile() {
        try {
            Path file = Files.createTempDirectory("phoihop-upload").resolve("bao-cao.pdf");
            try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
                raf.setLength(21L * 1024 * 1024);
            }
            file.toFile().deleteOnExit();
            return file;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
