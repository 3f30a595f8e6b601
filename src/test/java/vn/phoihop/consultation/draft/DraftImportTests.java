package vn.phoihop.consultation.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import vn.phoihop.platform.UserFacingException;

/** Reading a draft's DOCX into chapters, sections, articles, clauses and points; bad files refused. */
public class DraftImportTests {

    /** A DOCX with one paragraph per line (for tests of every module). */
    public static byte[] docx(String... paragraphs) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(out);
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    @Test
    void readsTheTreeInDocumentOrder() {
        List<ParsedProvision> p = DraftImport.read(docx("QUY CHẾ PHỐI HỢP", "Chương I", "QUY ĐỊNH CHUNG",
                "Điều 1. Phạm vi điều chỉnh", "Quy chế này quy định việc phối hợp.", "Mục 1. Báo cáo",
                "Điều 2. Chế độ báo cáo", "1. Báo cáo định kỳ:", "a) Sáu tháng;", "đ) Hằng năm.",
                "2. Báo cáo đột xuất.", "Chương II. TỔ CHỨC THỰC HIỆN", "Điều 3. Hiệu lực",
                "Quy chế có hiệu lực từ ngày ký.", "Văn bản cũ hết hiệu lực."));
        assertThat(p).extracting(ParsedProvision::kind).containsExactly("CHAPTER", "ARTICLE", "SECTION", "ARTICLE",
                "CLAUSE", "POINT", "POINT", "CLAUSE", "CHAPTER", "ARTICLE");
        assertThat(p).extracting(ParsedProvision::label).containsExactly("Chương I", "Điều 1", "Mục 1", "Điều 2",
                "1.", "a)", "đ)", "2.", "Chương II", "Điều 3");
        assertThat(p).extracting(ParsedProvision::parent).containsExactly(-1, 0, 0, 2, 3, 4, 4, 3, -1, 8);
        assertThat(p.get(0).heading()).isEqualTo("QUY ĐỊNH CHUNG");
        assertThat(p.get(2).heading()).isEqualTo("Báo cáo");
        assertThat(p.get(3).heading()).isEqualTo("Chế độ báo cáo");
        assertThat(p.get(6).body()).isEqualTo("Hằng năm.");
        assertThat(p.get(8).heading()).isEqualTo("TỔ CHỨC THỰC HIỆN");
        assertThat(p.get(9).body()).isEqualTo("Quy chế có hiệu lực từ ngày ký.\nVăn bản cũ hết hiệu lực.");
    }

    @Test
    void normalisesToNfc() {
        String decomposed = java.text.Normalizer.normalize("Điều 1. Hiệu lực thi hành", java.text.Normalizer.Form.NFD);
        List<ParsedProvision> p = DraftImport.parse(List.of(decomposed, "Nội dung"));
        assertThat(p.get(0).heading()).isEqualTo("Hiệu lực thi hành");
    }

    @Test
    void refusesWhatIsNotADraft() {
        assertRefused(new byte[0], "consultation.version.import.empty");
        assertRefused("không phải tệp DOCX".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "consultation.version.import.notDocx");
        assertRefused(new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0}, "consultation.version.import.notDocx");
        assertRefused(docx("Một văn bản", "không có điều nào"), "consultation.version.import.noArticle");
        assertThatThrownBy(() -> DraftImport.parse(List.of("Điều 1. Tiêu đề", "Có ký tự \u0007 điều khiển")))
                .extracting(ex -> ((UserFacingException) ex).messageKey())
                .isEqualTo("consultation.version.import.control");
        assertRefused(new byte[(int) DraftImport.MAX_BYTES + 1], "consultation.version.import.tooLarge");
    }

    /** A damaged DOCX on which the ZIP reader throws a NullPointerException (kept from a CI failure in documents). */
    @Test
    void refusesADamagedDocxTheZipReaderFailsOn() throws java.io.IOException {
        byte[] damaged;
        try (var in = DraftImportTests.class.getResourceAsStream("/attachments/damaged-zip-npe.docx")) {
            damaged = in.readAllBytes();
        }
        assertRefused(damaged, "consultation.version.import.notDocx");
    }

    private static void assertRefused(byte[] bytes, String key) {
        assertThatThrownBy(() -> DraftImport.read(bytes)).isInstanceOf(UserFacingException.class)
                .extracting(ex -> ((UserFacingException) ex).messageKey()).isEqualTo(key);
    }
}
