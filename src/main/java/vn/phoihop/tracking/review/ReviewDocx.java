package vn.phoihop.tracking.review;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
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
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.phoihop.tracking.assignment.TaskStatus;
import vn.phoihop.tracking.dashboard.CellItem;
import vn.phoihop.tracking.dashboard.DashboardMatrix;
import vn.phoihop.tracking.dashboard.StatusCounts;

/**
 * Writes a review report as DOCX in the official layout (A4, margins 20/20/30/15 mm, Times New Roman): the header
 * (the owner's name in capitals and the party heading with the place and the review's date), the type “BÁO CÁO” and
 * the title, the period, then I. results by task group (table and the chart image), II. results by province (table),
 * III. the overdue assignments. Every label is Vietnamese (messages {@code tracking.review.docx.*}). Deterministic:
 * the only date inside is the review's, and the archive's entries carry that date, so the same data gives the same
 * bytes.
 */
@Component
class ReviewDocx {

    static final String FONT = "Times New Roman";

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;

    ReviewDocx(MessageSource messages) {
        this.messages = messages;
    }

    byte[] write(Review review, String ownerName, DashboardMatrix matrix, List<CellItem> overdue) {
        LocalDate dated = review.createdAt().atZoneSameInstant(vn.phoihop.platform.VietnamTime.ZONE).toLocalDate();
        try (XWPFDocument doc = new XWPFDocument()) {
            page(doc);
            header(doc, ownerName, dated);
            paragraph(doc, ParagraphAlignment.CENTER, 14, true, false, text("tracking.review.docx.type"));
            paragraph(doc, ParagraphAlignment.CENTER, 14, true, false, review.title());
            paragraph(doc, ParagraphAlignment.CENTER, 13, false, true, text("tracking.review.docx.period",
                    DATE.format(review.periodFrom()), DATE.format(review.periodTo())));
            paragraph(doc, ParagraphAlignment.BOTH, 13, false, false, text("tracking.review.docx.intro",
                    matrix.plan().title(), DATE.format(matrix.asOf()), matrix.total().total(),
                    matrix.total().done(), matrix.total().percentDone(), matrix.total().overdue()));
            paragraph(doc, ParagraphAlignment.LEFT, 13, true, false, text("tracking.review.docx.byGroup"));
            List<List<String>> groups = new ArrayList<>();
            for (int i = 0; i < matrix.groups().size(); i++) {
                DashboardMatrix.Group g = matrix.groups().get(i);
                groups.add(counts(g.code() + ". " + g.title(), matrix.groupTotals().get(i)));
            }
            groups.add(counts(text("tracking.review.docx.total"), matrix.total()));
            table(doc, text("tracking.review.docx.group"), groups);
            chart(doc, matrix);
            paragraph(doc, ParagraphAlignment.LEFT, 13, true, false, text("tracking.review.docx.byProvince"));
            List<List<String>> provinces = new ArrayList<>();
            matrix.rows().forEach(r -> provinces.add(counts(r.name(), r.total())));
            provinces.add(counts(text("tracking.review.docx.total"), matrix.total()));
            table(doc, text("tracking.review.docx.province"), provinces);
            paragraph(doc, ParagraphAlignment.LEFT, 13, true, false, text("tracking.review.docx.overdue",
                    overdue.size()));
            if (overdue.isEmpty()) {
                paragraph(doc, ParagraphAlignment.LEFT, 13, false, true, text("tracking.review.docx.noOverdue"));
            }
            else {
                overdueTable(doc, overdue);
            }
            doc.getProperties().getCoreProperties().setCreated(Optional.of(Date.from(
                    dated.atStartOfDay(vn.phoihop.platform.VietnamTime.ZONE).toInstant())));
            doc.getProperties().getCoreProperties().setTitle(review.title());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return stable(out.toByteArray(), dated);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> counts(String label, StatusCounts c) {
        return List.of(label, String.valueOf(c.done()), String.valueOf(c.inProgress()), String.valueOf(c.notStarted()),
                String.valueOf(c.blocked()), String.valueOf(c.overdue()), String.valueOf(c.total()),
                String.valueOf(c.percentDone()));
    }

    private void table(XWPFDocument doc, String first, List<List<String>> rows) {
        List<String> heads = new ArrayList<>(List.of(first));
        for (TaskStatus s : ReviewChart.STACK) {
            heads.add(status(s));
        }
        heads.add(text("tracking.review.docx.count"));
        heads.add(text("tracking.review.docx.percentDone"));
        XWPFTable table = doc.createTable(rows.size() + 1, heads.size());
        table.setWidth("100%");
        fill(table.getRow(0), heads, true);
        for (int i = 0; i < rows.size(); i++) {
            fill(table.getRow(i + 1), rows.get(i), i == rows.size() - 1);
        }
    }

    private void overdueTable(XWPFDocument doc, List<CellItem> overdue) {
        XWPFTable table = doc.createTable(overdue.size() + 1, 4);
        table.setWidth("100%");
        fill(table.getRow(0), List.of(text("tracking.review.docx.province"), text("tracking.review.docx.task"),
                text("tracking.review.docx.dueOn"), text("tracking.review.docx.percent")), true);
        for (int i = 0; i < overdue.size(); i++) {
            CellItem item = overdue.get(i);
            fill(table.getRow(i + 1), List.of(item.provinceName(), item.taskCode() + ". " + item.taskTitle(),
                    item.dueOn() == null ? "" : DATE.format(item.dueOn()), item.percent() + "%"), false);
        }
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean bold) {
        for (int i = 0; i < cells.size(); i++) {
            XWPFParagraph p = row.getCell(i).getParagraphs().get(0);
            p.setAlignment(i == 0 ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
            run(p, 12, bold, false).setText(cells.get(i));
        }
    }

    private void chart(XWPFDocument doc, DashboardMatrix matrix) {
        byte[] png = ReviewChart.png(matrix, this::status);
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        try {
            run(p, 12, false, false).addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG,
                    "bieu-do.png", Units.toEMU(450), Units.toEMU(225));
        }
        catch (InvalidFormatException | IOException e) {
            throw new IllegalStateException("the chart image cannot be embedded", e);
        }
        paragraph(doc, ParagraphAlignment.CENTER, 12, false, true, text("tracking.review.docx.chart"));
    }

    private void header(XWPFDocument doc, String ownerName, LocalDate dated) {
        XWPFTable header = doc.createTable(2, 2);
        header.removeBorders();
        header.setWidth("100%");
        cell(header, 0, 0, ownerName.toUpperCase(VIETNAMESE), true, false, false);
        cell(header, 0, 1, text("tracking.review.docx.party"), true, false, true);
        cell(header, 1, 0, "*", false, false, false);
        cell(header, 1, 1, text("tracking.review.docx.placeDate", String.format("%02d", dated.getDayOfMonth()),
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

    private String status(TaskStatus status) {
        return messages.getMessage(status.messageKey(), null, VIETNAMESE);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VIETNAMESE);
    }

    /** The archive again with every entry dated {@code dated}, in the same order, so equal content gives equal bytes. */
    static byte[] stable(byte[] docx, LocalDate dated) throws IOException {
        long time = dated.atStartOfDay(vn.phoihop.platform.VietnamTime.ZONE).toInstant().toEpochMilli();
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
