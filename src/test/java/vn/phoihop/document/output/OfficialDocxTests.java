package vn.phoihop.document.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;

import vn.phoihop.document.notation.DocumentKind;

/**
 * The official layout, generated from an in-memory document and read back with POI: the header table's texts and
 * styles, the type and title, the body, "Nơi nhận:" and the signature block, A4 with the guide's margins and Times New
 * Roman. The generated files are also written to {@code target/docx} for a look in LibreOffice
 * ({@code scripts/docx-to-pdf.sh}).
 */
class OfficialDocxTests {

    /** 90-QĐ/TW as printed (the Secretariat's decision on the coordination regulation). */
    static OfficialDocument decision90() {
        return new OfficialDocument(DocumentKind.PARTY, null, "BAN CHẤP HÀNH TRUNG ƯƠNG", "Số 90-QĐ/TW", List.of(),
                "ĐẢNG CỘNG SẢN VIỆT NAM", null, "Hà Nội, ngày 06 tháng 12 năm 2022", "QUYẾT ĐỊNH",
                "ban hành Quy chế phối hợp giữa Đảng ủy Công an Trung ương và các tỉnh ủy, thành ủy trực thuộc Trung"
                        + " ương về lãnh đạo công tác đảng, công tác chính trị, công tác quần chúng trong công an tỉnh,"
                        + " thành phố",
                List.of("- Căn cứ Điều lệ Đảng;",
                        "- Căn cứ Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị và Ban Bí thư khóa XIII,",
                        "BAN BÍ THƯ QUYẾT ĐỊNH",
                        "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp giữa Đảng ủy Công an Trung ương và các"
                                + " tỉnh ủy, thành ủy trực thuộc Trung ương."),
                "Nơi nhận:", List.of("Các tỉnh ủy, thành ủy,", "Đảng ủy Công an Trung ương,", "Lưu Văn phòng Trung ương Đảng."),
                List.of("T/M BAN BÍ THƯ"), "THƯỜNG TRỰC BAN BÍ THƯ", "Võ Văn Thưởng");
    }

    @Test
    void thePartyHeaderReadsBackWithItsStyles() throws IOException {
        byte[] docx = OfficialDocx.write(decision90());
        save("90-QD-TW.docx", docx);
        try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTable header = read.getTables().get(0);
            XWPFTableCell left = header.getRow(0).getCell(0);
            XWPFTableCell right = header.getRow(0).getCell(1);
            assertThat(texts(left)).containsExactly("BAN CHẤP HÀNH TRUNG ƯƠNG", "*", "Số 90-QĐ/TW");
            assertThat(run(left, "BAN CHẤP HÀNH TRUNG ƯƠNG").isBold()).isTrue();
            assertThat(run(left, "Số 90-QĐ/TW").isBold()).isFalse();
            assertThat(texts(right)).containsExactly("ĐẢNG CỘNG SẢN VIỆT NAM", "", "Hà Nội, ngày 06 tháng 12 năm 2022");
            XWPFRun party = run(right, "ĐẢNG CỘNG SẢN VIỆT NAM");
            assertThat(party.isBold()).isTrue();
            assertThat(party.getUnderline()).isEqualTo(UnderlinePatterns.SINGLE);
            assertThat(run(right, "Hà Nội, ngày 06 tháng 12 năm 2022").isItalic()).isTrue();
            assertThat(header.getCTTbl().getTblPr().getTblBorders().getTop().getVal().toString()).isEqualTo("none");
            assertThat(header.getCTTbl().getTblPr().getTblBorders().getInsideV().getVal().toString())
                    .isEqualTo("none");

            List<XWPFParagraph> paragraphs = read.getParagraphs();
            XWPFParagraph type = paragraph(paragraphs, "QUYẾT ĐỊNH");
            assertThat(type.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(type.getRuns().get(0).isBold()).isTrue();
            XWPFParagraph title = paragraph(paragraphs, decision90().title());
            assertThat(title.getRuns().get(0).isBold()).isTrue();
            XWPFParagraph article = paragraph(paragraphs, decision90().body().get(3));
            assertThat(article.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
            assertThat(article.getIndentationFirstLine()).isGreaterThan(0);

            XWPFTable closing = read.getTables().get(1);
            XWPFTableCell recipients = closing.getRow(0).getCell(0);
            XWPFTableCell signature = closing.getRow(0).getCell(1);
            assertThat(texts(recipients)).containsExactly("Nơi nhận:", "- Các tỉnh ủy, thành ủy,",
                    "- Đảng ủy Công an Trung ương,", "- Lưu Văn phòng Trung ương Đảng.");
            XWPFRun label = run(recipients, "Nơi nhận:");
            assertThat(label.isBold()).isTrue();
            assertThat(label.isItalic()).isTrue();
            assertThat(run(recipients, "- Các tỉnh ủy, thành ủy,").getFontSizeAsDouble()).isLessThan(14.0);
            assertThat(texts(signature).stream().filter(t -> !t.isEmpty()).toList())
                    .containsExactly("T/M BAN BÍ THƯ", "THƯỜNG TRỰC BAN BÍ THƯ", "Võ Văn Thưởng");
            assertThat(run(signature, "T/M BAN BÍ THƯ").isBold()).isTrue();
        }
    }

    @Test
    void theFileIsA4InTimesNewRomanWithTheGuidesMargins() throws IOException {
        try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(OfficialDocx.write(decision90())))) {
            CTPageSz size = read.getDocument().getBody().getSectPr().getPgSz();
            assertThat(((Number) size.getW()).intValue()).isEqualTo(11906);
            assertThat(((Number) size.getH()).intValue()).isEqualTo(16838);
            CTPageMar margins = read.getDocument().getBody().getSectPr().getPgMar();
            assertThat(millimetres(margins.getTop())).isBetween(20.0, 25.0);
            assertThat(millimetres(margins.getBottom())).isBetween(20.0, 25.0);
            assertThat(millimetres(margins.getLeft())).isBetween(30.0, 35.0);
            assertThat(millimetres(margins.getRight())).isBetween(15.0, 20.0);
            List<XWPFRun> runs = allRuns(read);
            assertThat(runs).isNotEmpty().allSatisfy(r -> {
                assertThat(r.getFontFamily()).isEqualTo("Times New Roman");
                assertThat(r.getFontSizeAsDouble()).isBetween(11.0, 16.0);
            });
            assertThat(paragraph(read.getParagraphs(), decision90().body().get(0)).getRuns().get(0)
                    .getFontSizeAsDouble()).isBetween(13.0, 14.0);
        }
    }

    @Test
    void marksArePrintedBelowTheNumberLine() throws IOException {
        OfficialDocument d = decision90();
        OfficialDocument marked = new OfficialDocument(d.kind(), "ĐẢNG BỘ TỈNH NAM ĐỊNH", "ĐẢNG ỦY CÔNG AN TỈNH",
                "Số 71-KH/ĐUCA", List.of("MẬT", "HỎA TỐC"), d.nationalHeading(), null, "Nam Định, ngày 05 tháng 01 năm 2023",
                "KẾ HOẠCH", "thực hiện Nghị quyết", d.body(), d.recipientsLabel(), d.recipients(),
                List.of("T/M BAN THƯỜNG VỤ", "K/T BÍ THƯ"), "PHÓ BÍ THƯ", "Nguyễn Văn A");
        byte[] docx = OfficialDocx.write(marked);
        save("71-KH-DUCA-mat.docx", docx);
        try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTableCell left = read.getTables().get(0).getRow(0).getCell(0);
            assertThat(texts(left)).containsExactly("ĐẢNG BỘ TỈNH NAM ĐỊNH", "ĐẢNG ỦY CÔNG AN TỈNH", "*",
                    "Số 71-KH/ĐUCA", "MẬT", "HỎA TỐC");
            assertThat(run(left, "ĐẢNG BỘ TỈNH NAM ĐỊNH").isBold()).isFalse();
            assertThat(run(left, "ĐẢNG ỦY CÔNG AN TỈNH").isBold()).isTrue();
            assertThat(run(left, "MẬT").isBold()).isTrue();
            assertThat(texts(read.getTables().get(1).getRow(0).getCell(1)).stream().filter(t -> !t.isEmpty()))
                    .containsExactly("T/M BAN THƯỜNG VỤ", "K/T BÍ THƯ", "PHÓ BÍ THƯ", "Nguyễn Văn A");
        }
    }

    @Test
    void theStateLayoutHasTheRepublicAndMotto() throws IOException {
        OfficialDocument directive = new OfficialDocument(DocumentKind.STATE, null, "BỘ CÔNG AN", "Số: 04/CT-BCA",
                List.of(), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Hà Nội, ngày 20 tháng 02 năm 2019", "CHỈ THỊ",
                "Về đổi mới, nâng cao chất lượng phong trào \"Công an nhân dân học tập, thực hiện Sáu điều Bác Hồ dạy\"",
                List.of("Nội dung chỉ thị."), "Nơi nhận:", List.of("Các đồng chí Thứ trưởng;", "Lưu: VT."),
                List.of(), "BỘ TRƯỞNG", "Tô Lâm");
        byte[] docx = OfficialDocx.write(directive);
        save("04-CT-BCA.docx", docx);
        try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTableCell left = read.getTables().get(0).getRow(0).getCell(0);
            XWPFTableCell right = read.getTables().get(0).getRow(0).getCell(1);
            assertThat(texts(left)).containsExactly("BỘ CÔNG AN", "Số: 04/CT-BCA");
            assertThat(texts(right)).containsExactly("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "", "Hà Nội, ngày 20 tháng 02 năm 2019");
            assertThat(run(right, "Độc lập - Tự do - Hạnh phúc").getUnderline()).isEqualTo(UnderlinePatterns.SINGLE);
            assertThat(paragraph(read.getParagraphs(), "CHỈ THỊ").getRuns().get(0).isBold()).isTrue();
        }
    }

    @Test
    void textsAreWrittenInNfc() throws IOException {
        OfficialDocument d = decision90();
        String decomposed = Normalizer.normalize("Hà Nội, ngày 06 tháng 12 năm 2022", Normalizer.Form.NFD);
        OfficialDocument nfd = new OfficialDocument(d.kind(), null, Normalizer.normalize(d.issuingBody(),
                Normalizer.Form.NFD), d.numberLine(), d.marks(), d.nationalHeading(), null, decomposed, d.typeName(),
                d.title(), d.body(), d.recipientsLabel(), d.recipients(), d.authority(), d.signerPosition(),
                d.signerName());
        try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(OfficialDocx.write(nfd)))) {
            assertThat(allRuns(read)).allSatisfy(r -> assertThat(Normalizer.isNormalized(r.text(),
                    Normalizer.Form.NFC)).as(r.text()).isTrue());
            assertThat(texts(read.getTables().get(0).getRow(0).getCell(1))).contains("Hà Nội, ngày 06 tháng 12 năm 2022");
        }
    }

    static List<String> texts(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    static XWPFRun run(XWPFTableCell cell, String text) {
        return cell.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph \"" + text + "\" in " + texts(cell)))
                .getRuns().get(0);
    }

    static XWPFParagraph paragraph(List<XWPFParagraph> paragraphs, String text) {
        return paragraphs.stream().filter(p -> p.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph \"" + text + "\""));
    }

    private static List<XWPFRun> allRuns(XWPFDocument read) {
        List<XWPFRun> runs = new java.util.ArrayList<>();
        read.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
        read.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells().forEach(c -> c.getParagraphs()
                .forEach(p -> runs.addAll(p.getRuns())))));
        return runs;
    }

    private static double millimetres(Object twips) {
        return ((Number) twips).doubleValue() * 25.4 / 1440;
    }

    private static void save(String name, byte[] docx) throws IOException {
        Path dir = Path.of("target", "docx");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), docx);
    }
}
