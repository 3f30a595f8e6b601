package vn.phoihop.consultation.redline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The three-column table of a redline as DOCX (A4 landscape, Times New Roman): old text (deleted words struck
 * through), new text (inserted words underlined), and the reason (the kind of change and, for the drafting body, the
 * dispositions that changed the article, each with its organisation and reason). Labels in Vietnamese
 * ({@code consultation.redline.*}).
 */
@Component
class RedlineDocx {

    private static final String FONT = "Times New Roman";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MessageSource messages;

    RedlineDocx(MessageSource messages) {
        this.messages = messages;
    }

    byte[] write(RedlineView view) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            landscape(doc);
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, msg("consultation.redline.docx.title"), true, 14);
            XWPFParagraph subtitle = doc.createParagraph();
            subtitle.setAlignment(ParagraphAlignment.CENTER);
            run(subtitle, view.draftTitle(), true, 13);
            XWPFParagraph versions = doc.createParagraph();
            versions.setAlignment(ParagraphAlignment.CENTER);
            run(versions, msg("consultation.redline.docx.versions", view.from().label(), view.to().label()), false,
                    13);
            XWPFTable table = doc.createTable(1, 3);
            table.setWidth("100%");
            XWPFTableRow header = table.getRow(0);
            header.setRepeatHeader(true);
            cellText(header.getCell(0), msg("consultation.redline.old"), true);
            cellText(header.getCell(1), msg("consultation.redline.new"), true);
            cellText(header.getCell(2), msg("consultation.redline.reason"), true);
            for (RedlineView.Row row : view.rows()) {
                XWPFTableRow r = table.createRow();
                oldCell(r.getCell(0), row.entry());
                newCell(r.getCell(1), row.entry());
                reasonCell(r.getCell(2), row, view.withReasons());
            }
            doc.write(out);
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private void oldCell(XWPFTableCell cell, RedlineEntry e) {
        XWPFParagraph p = first(cell);
        for (WordDiff.Segment s : e.diff()) {
            if (s.op() != WordDiff.Op.INSERT) {
                lines(p, s.text(), s.op() == WordDiff.Op.DELETE, false);
            }
        }
    }

    private void newCell(XWPFTableCell cell, RedlineEntry e) {
        XWPFParagraph p = first(cell);
        for (WordDiff.Segment s : e.diff()) {
            if (s.op() != WordDiff.Op.DELETE) {
                lines(p, s.text(), false, s.op() == WordDiff.Op.INSERT);
            }
        }
    }

    private void reasonCell(XWPFTableCell cell, RedlineView.Row row, boolean withReasons) {
        XWPFParagraph p = first(cell);
        run(p, msg("consultation.redline.kind." + row.kind().name()), true, 12);
        if (!withReasons) {
            return;
        }
        for (RedlineView.Reason r : row.reasons()) {
            XWPFParagraph q = cell.addParagraph();
            String text = r.organization() + ": " + msg("consultation.redline.disposition." + r.disposition())
                    + (r.reason() == null ? "" : ". " + r.reason());
            run(q, text, false, 12);
        }
    }

    private static void lines(XWPFParagraph p, String text, boolean struck, boolean underlined) {
        String[] parts = text.split("\n", -1);
        for (int i = 0; i < parts.length; i++) {
            XWPFRun run = p.createRun();
            font(run, 12);
            run.setText(parts[i]);
            run.setStrikeThrough(struck);
            if (underlined) {
                run.setUnderline(UnderlinePatterns.SINGLE);
                run.setBold(true);
            }
            if (i + 1 < parts.length) {
                run.addBreak();
            }
        }
    }

    private static XWPFParagraph first(XWPFTableCell cell) {
        return cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
    }

    private void cellText(XWPFTableCell cell, String text, boolean bold) {
        XWPFParagraph p = first(cell);
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, text, bold, 12);
    }

    private static void run(XWPFParagraph p, String text, boolean bold, int size) {
        XWPFRun run = p.createRun();
        font(run, size);
        run.setBold(bold);
        run.setText(text);
    }

    private static void font(XWPFRun run, int size) {
        run.setFontFamily(FONT);
        run.setFontSize(size);
    }

    private static void landscape(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(16838));
        size.setH(BigInteger.valueOf(11906));
        size.setOrient(STPageOrientation.LANDSCAPE);
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1134));
        margins.setBottom(BigInteger.valueOf(1134));
        margins.setLeft(BigInteger.valueOf(1134));
        margins.setRight(BigInteger.valueOf(1134));
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, VIETNAMESE);
    }
}
