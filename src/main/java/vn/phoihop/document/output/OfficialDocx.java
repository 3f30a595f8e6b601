package vn.phoihop.document.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import vn.phoihop.document.notation.DocumentKind;

/**
 * Writes an {@link OfficialDocument} as DOCX in the official layout: the party layout of 36-HD/VPTW or the state
 * layout of Nghị định 30/2020/NĐ-CP. A4 portrait, margins top and bottom 20 mm, left 30 mm, right 15 mm; Times New
 * Roman (TCVN 6909:2001 Unicode), 14 pt body; a borderless two-column table for the header (left: superior body,
 * issuing body in bold capitals, "*" (party), number line, marks; right: national heading, party underlined / state
 * motto underlined, italic place-and-date line), then the type name and the title, the justified body with a first-line
 * indent, and a borderless two-column table with "Nơi nhận:" on the left and the signature block on the right. Every
 * text is plain (no field codes).
 */
final class OfficialDocx {

    static final String FONT = "Times New Roman";

    /** Twentieths of a point per millimetre (margins rounded up, so they never fall below the guide's minimum). */
    private static final double TWIPS_PER_MM = 1440 / 25.4;
    private static final int PAGE_WIDTH = 11906;
    private static final int PAGE_HEIGHT = 16838;
    private static final int MARGIN_TOP = mm(20);
    private static final int MARGIN_BOTTOM = mm(20);
    private static final int MARGIN_LEFT = mm(30);
    private static final int MARGIN_RIGHT = mm(15);
    private static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    private static final int FIRST_LINE_INDENT = mm(10);

    private OfficialDocx() {
    }

    /** The DOCX bytes of {@code document} (its texts normalised to NFC first). */
    static byte[] write(OfficialDocument document) {
        OfficialDocument d = document.normalised();
        boolean party = d.kind() == DocumentKind.PARTY;
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(docx);
            header(docx, d, party);
            heading(docx, d, party);
            body(docx, d);
            closing(docx, d, party);
            docx.write(out);
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int mm(double millimetres) {
        return (int) Math.ceil(millimetres * TWIPS_PER_MM);
    }

    private static void page(XWPFDocument docx) {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        var styles = docx.createStyles();
        styles.setDefaultFonts(fonts);
        styles.setSpellingLanguage("vi-VN");
        CTSectPr section = docx.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(mm(10)));
        margins.setFooter(BigInteger.valueOf(mm(10)));
    }

    private static void header(XWPFDocument docx, OfficialDocument d, boolean party) {
        XWPFTable table = twoColumns(docx, party ? 0.5 : 0.38);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        int size = party ? 14 : 13;
        Lines l = new Lines(left);
        if (d.superiorBody() != null) {
            l.add(d.superiorBody(), size, Style.PLAIN);
        }
        l.add(d.issuingBody(), size, Style.BOLD);
        if (party) {
            l.add("*", size, Style.PLAIN);
        }
        l.add(d.numberLine(), size, Style.PLAIN);
        if (!party && d.typeName() == null) {
            l.add(d.title(), 12, Style.PLAIN);
        }
        for (String mark : d.marks()) {
            l.add(mark, size, Style.BOLD);
        }
        Lines r = new Lines(right);
        if (party) {
            r.add(d.nationalHeading(), 15, Style.BOLD_UNDERLINED);
            r.add("", 14, Style.PLAIN);
        }
        else {
            r.add(d.nationalHeading(), 12, Style.BOLD);
            r.add(d.motto(), 14, Style.BOLD_UNDERLINED);
            r.add("", 14, Style.PLAIN);
        }
        r.add(d.placeAndDate(), 14, Style.ITALIC);
    }

    private static void heading(XWPFDocument docx, OfficialDocument d, boolean party) {
        spacer(docx);
        if (d.typeName() == null) {
            return;
        }
        run(centred(docx), d.typeName(), party ? 16 : 14, Style.BOLD);
        run(centred(docx), d.title(), 14, Style.BOLD);
        run(centred(docx), "-----", 14, Style.PLAIN);
    }

    private static void body(XWPFDocument docx, OfficialDocument d) {
        spacer(docx);
        for (String paragraph : d.body()) {
            XWPFParagraph p = docx.createParagraph();
            p.setAlignment(ParagraphAlignment.BOTH);
            p.setIndentationFirstLine(FIRST_LINE_INDENT);
            p.setSpacingAfter(120);
            p.setSpacingBetween(1.15, LineSpacingRule.AUTO);
            run(p, paragraph, 14, Style.PLAIN);
        }
        spacer(docx);
    }

    private static void closing(XWPFDocument docx, OfficialDocument d, boolean party) {
        XWPFTable table = twoColumns(docx, 0.5);
        Lines recipients = new Lines(table.getRow(0).getCell(0), ParagraphAlignment.LEFT);
        recipients.add(d.recipientsLabel(), 12, Style.BOLD_ITALIC);
        for (String recipient : d.recipients()) {
            recipients.add("- " + recipient, 11, Style.PLAIN);
        }
        Lines signature = new Lines(table.getRow(0).getCell(1));
        for (String line : d.authority()) {
            signature.add(line, 14, Style.BOLD);
        }
        if (d.signerPosition() != null) {
            signature.add(d.signerPosition(), 14, Style.BOLD);
        }
        for (int i = 0; i < 4; i++) {
            signature.add("", 14, Style.PLAIN);
        }
        if (d.signerName() != null) {
            signature.add(d.signerName(), 14, Style.BOLD);
        }
    }

    /** A borderless table of one row and two cells, the left one taking {@code leftShare} of the text width. */
    private static XWPFTable twoColumns(XWPFDocument docx, double leftShare) {
        XWPFTable table = docx.createTable(1, 2);
        table.setTopBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setBottomBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideHBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        int leftWidth = (int) Math.round(TEXT_WIDTH * leftShare);
        int[] widths = { leftWidth, TEXT_WIDTH - leftWidth };
        table.setWidth(String.valueOf(TEXT_WIDTH));
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int i = 0; i < 2; i++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(widths[i]));
            var properties = table.getRow(0).getCell(i).getCTTc().isSetTcPr()
                    ? table.getRow(0).getCell(i).getCTTc().getTcPr()
                    : table.getRow(0).getCell(i).getCTTc().addNewTcPr();
            CTTblWidth width = properties.isSetTcW() ? properties.getTcW() : properties.addNewTcW();
            width.setType(STTblWidth.DXA);
            width.setW(BigInteger.valueOf(widths[i]));
        }
        return table;
    }

    private static void spacer(XWPFDocument docx) {
        run(docx.createParagraph(), "", 14, Style.PLAIN);
    }

    private static XWPFParagraph centred(XWPFDocument docx) {
        XWPFParagraph p = docx.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        return p;
    }

    private static void run(XWPFParagraph paragraph, String text, int size, Style style) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(style == Style.BOLD || style == Style.BOLD_UNDERLINED || style == Style.BOLD_ITALIC);
        run.setItalic(style == Style.ITALIC || style == Style.BOLD_ITALIC);
        if (style == Style.BOLD_UNDERLINED) {
            run.setUnderline(UnderlinePatterns.SINGLE);
        }
        run.setLang("vi-VN");
        run.setText(text == null ? "" : text);
    }

    enum Style { PLAIN, BOLD, ITALIC, BOLD_ITALIC, BOLD_UNDERLINED }

    /** Paragraphs one below the other in a table cell, centred unless told otherwise, without spacing. */
    private static final class Lines {

        private final XWPFTableCell cell;
        private final ParagraphAlignment alignment;
        private boolean first = true;

        Lines(XWPFTableCell cell) {
            this(cell, ParagraphAlignment.CENTER);
        }

        Lines(XWPFTableCell cell, ParagraphAlignment alignment) {
            this.cell = cell;
            this.alignment = alignment;
        }

        void add(String text, int size, Style style) {
            XWPFParagraph p = first ? cell.getParagraphs().get(0) : cell.addParagraph();
            first = false;
            p.setAlignment(alignment);
            p.setSpacingAfter(0);
            p.setSpacingBefore(0);
            run(p, text, size, style);
        }
    }
}
