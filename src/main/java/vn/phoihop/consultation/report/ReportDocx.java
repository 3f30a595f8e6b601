package vn.phoihop.consultation.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.stereotype.Component;

import vn.phoihop.platform.VietnamTime;

/**
 * Writes the consolidated report as DOCX in the official layout (A4, margins 20/20/30/15 mm, Times New Roman, like
 * {@code tracking.review.ReviewDocx}): the header (the drafting body in capitals, the party heading, place and date),
 * “BÁO CÁO TỔNG HỢP, TIẾP THU, GIẢI TRÌNH Ý KIẾN GÓP Ý” and the draft's title, I. the totals per disposition, II. the
 * totals per organisation, III. per provision a table of its comments with their organisation, text, disposition
 * and reason. Deterministic: the only date inside is the report's, which also dates the archive's entries.
 */
@Component
class ReportDocx {

    static final String FONT = "Times New Roman";

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final ReportTexts texts;

    ReportDocx(ReportTexts texts) {
        this.texts = texts;
    }

    byte[] write(ConsolidatedReport report) {
        LocalDate dated = report.dated();
        try (XWPFDocument doc = new XWPFDocument()) {
            page(doc);
            header(doc, report.draftingBody(), dated);
            paragraph(doc, ParagraphAlignment.CENTER, 14, true, false, texts.title(report));
            paragraph(doc, ParagraphAlignment.CENTER, 13, false, true, texts.subtitle(report));
            paragraph(doc, ParagraphAlignment.BOTH, 13, false, false, texts.intro(report));
            paragraph(doc, ParagraphAlignment.LEFT, 13, true, false, texts.text("consultation.report.docx.totals"));
            List<List<String>> totals = new ArrayList<>();
            report.totals().forEach((kind, count) -> totals.add(List.of(texts.kind(kind), String.valueOf(count))));
            totals.add(List.of(texts.text("consultation.report.total"), String.valueOf(report.total())));
            table(doc, List.of(texts.text("consultation.report.disposition"), texts.text("consultation.report.count")),
                    totals);
            paragraph(doc, ParagraphAlignment.LEFT, 13, true, false, texts.text("consultation.report.docx.byOrg"));
            List<List<String>> orgs = new ArrayList<>();
            report.byOrganization().forEach(o -> orgs.add(List.of(o.organization(), String.valueOf(o.total()),
                    String.valueOf(o.accepted()), String.valueOf(o.partlyAccepted()), String.valueOf(o.explained()),
                    String.valueOf(o.undecided()))));
            table(doc, texts.organizationHeads(), orgs);
            paragraph(doc, ParagraphAlignment.LEFT, 13, true, false, texts.text("consultation.report.docx.byProvision"));
            if (report.provisions().isEmpty()) {
                paragraph(doc, ParagraphAlignment.LEFT, 13, false, true, texts.text("consultation.report.none"));
            }
            for (ConsolidatedReport.Section section : report.provisions()) {
                paragraph(doc, ParagraphAlignment.LEFT, 13, true, false, texts.provision(section));
                List<List<String>> rows = new ArrayList<>();
                int n = 0;
                for (ConsolidatedReport.Item item : section.comments()) {
                    rows.add(List.of(String.valueOf(++n), item.organization(), texts.body(item),
                            texts.answer(item)));
                }
                table(doc, texts.commentHeads(), rows);
            }
            doc.getProperties().getCoreProperties().setCreated(Optional.of(Date.from(
                    dated.atStartOfDay(VietnamTime.ZONE).toInstant())));
            doc.getProperties().getCoreProperties().setTitle(texts.title(report));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return stable(out.toByteArray(), dated);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(XWPFDocument doc, List<String> heads, List<List<String>> rows) {
        XWPFTable table = doc.createTable(rows.size() + 1, heads.size());
        table.setWidth("100%");
        fill(table.getRow(0), heads, true);
        for (int i = 0; i < rows.size(); i++) {
            fill(table.getRow(i + 1), rows.get(i), false);
        }
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean bold) {
        for (int i = 0; i < cells.size(); i++) {
            XWPFParagraph p = row.getCell(i).getParagraphs().get(0);
            p.setAlignment(bold ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
            String[] lines = cells.get(i).split("\n", -1);
            XWPFRun r = run(p, 12, bold, false);
            for (int l = 0; l < lines.length; l++) {
                if (l > 0) {
                    r.addBreak();
                }
                r.setText(lines[l]);
            }
        }
    }

    private void header(XWPFDocument doc, String body, LocalDate dated) {
        XWPFTable header = doc.createTable(2, 2);
        header.removeBorders();
        header.setWidth("100%");
        cell(header, 0, 0, body.toUpperCase(VIETNAMESE), true, false, false);
        cell(header, 0, 1, texts.text("consultation.report.docx.party"), true, false, true);
        cell(header, 1, 0, "*", false, false, false);
        cell(header, 1, 1, texts.text("consultation.report.docx.placeDate", String.format("%02d", dated.getDayOfMonth()),
                String.format("%02d", dated.getMonthValue()), String.valueOf(dated.getYear())), false, true, false);
    }

    private static void cell(XWPFTable table, int row, int column, String value, boolean bold, boolean italic,
            boolean underline) {
        XWPFParagraph p = table.getRow(row).getCell(column).getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun r = run(p, 13, bold, italic);
        if (underline) {
            r.setUnderline(UnderlinePatterns.SINGLE);
        }
        r.setText(value);
    }

    private static void paragraph(XWPFDocument doc, ParagraphAlignment alignment, int size, boolean bold,
            boolean italic, String value) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingAfter(120);
        run(p, size, bold, italic).setText(value);
    }

    private static XWPFRun run(XWPFParagraph p, int size, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
        return r;
    }

    /** A4 portrait, margins top and bottom 20 mm, left 30 mm, right 15 mm (twips). */
    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1134));
        margins.setBottom(BigInteger.valueOf(1134));
        margins.setLeft(BigInteger.valueOf(1701));
        margins.setRight(BigInteger.valueOf(851));
    }

    /** The archive again with every entry dated {@code dated}, in the same order, so equal content gives equal bytes. */
    private static byte[] stable(byte[] docx, LocalDate dated) throws IOException {
        long time = dated.atStartOfDay(VietnamTime.ZONE).toInstant().toEpochMilli();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(time);
                zip.putNextEntry(copy);
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
