package vn.phoihop.consultation.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.List;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.phoihop.platform.VietnamTime;

/**
 * Writes the consolidated report as PDF with OpenPDF, the same sections as {@link ReportDocx}, in DejaVu Sans
 * (regular and bold, paths {@code phoihop.consultation.report.font} and {@code …font-bold}, by default Debian's
 * {@code /usr/share/fonts/truetype/dejavu/}) embedded as Identity-H subsets, so every Vietnamese letter renders
 * and can be extracted again (NFC text). Deterministic: the document's dates are the report's date, the subsets'
 * name prefixes are fixed and the file identifier is a digest of the content, so the same data gives the same bytes.
 */
@Component
class ReportPdf {

    private static final Pattern SUBSET = Pattern.compile("/[A-Z]{6}\\+(?=DejaVu)");

    private static final Pattern ID = Pattern.compile("/ID ?\\[ ?<([0-9a-fA-F]+)> ?<([0-9a-fA-F]+)> ?\\]");

    private final ReportTexts texts;
    private final Path regular;
    private final Path bold;

    ReportPdf(ReportTexts texts,
            @Value("${phoihop.consultation.report.font:/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf}") Path regular,
            @Value("${phoihop.consultation.report.font-bold:/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf}")
            Path bold) {
        this.texts = texts;
        this.regular = regular;
        this.bold = bold;
    }

    byte[] write(ConsolidatedReport report) {
        BaseFont plainFont = font(regular);
        BaseFont boldFont = font(bold);
        Font text = new Font(plainFont, 10);
        Font strong = new Font(boldFont, 10);
        Font title = new Font(boldFont, 13);
        Font italic = new Font(plainFont, 11, Font.ITALIC);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 60, 42, 56, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(texts.title(report));
            document.addCreator("PhoiHop");
            document.open();
            Calendar day = GregorianCalendar.from(report.dated().atStartOfDay(VietnamTime.ZONE));
            day.setTimeZone(TimeZone.getTimeZone(VietnamTime.ZONE));
            writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(day));
            writer.getInfo().put(PdfName.MODDATE, new PdfDate(day));
            writer.getInfo().put(PdfName.PRODUCER, new PdfString("PhoiHop"));
            PdfPTable header = new PdfPTable(2);
            header.setWidthPercentage(100);
            header.addCell(plain(report.draftingBody().toUpperCase(java.util.Locale.forLanguageTag("vi")), strong));
            header.addCell(plain(texts.text("consultation.report.docx.party"), strong));
            header.addCell(plain("*", text));
            header.addCell(plain(texts.text("consultation.report.docx.placeDate",
                    String.format("%02d", report.dated().getDayOfMonth()),
                    String.format("%02d", report.dated().getMonthValue()),
                    String.valueOf(report.dated().getYear())), italic));
            document.add(header);
            document.add(centred(texts.title(report), title));
            document.add(centred(texts.subtitle(report), italic));
            document.add(new Paragraph(texts.intro(report), text));
            document.add(heading(texts.text("consultation.report.docx.totals"), strong));
            PdfPTable totals = table(List.of(texts.text("consultation.report.disposition"),
                    texts.text("consultation.report.count")), strong, new float[] { 3, 1 });
            report.totals().forEach((kind, count) -> {
                totals.addCell(cell(texts.kind(kind), text));
                totals.addCell(cell(String.valueOf(count), text));
            });
            totals.addCell(cell(texts.text("consultation.report.total"), strong));
            totals.addCell(cell(String.valueOf(report.total()), strong));
            document.add(totals);
            document.add(heading(texts.text("consultation.report.docx.byOrg"), strong));
            PdfPTable orgs = table(texts.organizationHeads(), strong, new float[] { 4, 1, 1, 1, 1, 1 });
            for (ConsolidatedReport.OrganizationTotal o : report.byOrganization()) {
                for (String value : List.of(o.organization(), String.valueOf(o.total()), String.valueOf(o.accepted()),
                        String.valueOf(o.partlyAccepted()), String.valueOf(o.explained()),
                        String.valueOf(o.undecided()))) {
                    orgs.addCell(cell(value, text));
                }
            }
            document.add(orgs);
            document.add(heading(texts.text("consultation.report.docx.byProvision"), strong));
            if (report.provisions().isEmpty()) {
                document.add(new Paragraph(texts.text("consultation.report.none"), italic));
            }
            for (ConsolidatedReport.Section section : report.provisions()) {
                document.add(heading(texts.provision(section), strong));
                PdfPTable comments = table(texts.commentHeads(), strong, new float[] { 0.6f, 2.4f, 4.5f, 4 });
                int n = 0;
                for (ConsolidatedReport.Item item : section.comments()) {
                    comments.addCell(cell(String.valueOf(++n), text));
                    comments.addCell(cell(item.organization(), text));
                    comments.addCell(cell(texts.body(item), text));
                    comments.addCell(cell(texts.answer(item), text));
                }
                document.add(comments);
            }
            document.close();
        }
        catch (DocumentException e) {
            throw new IllegalStateException("the report PDF cannot be written", e);
        }
        return stable(out.toByteArray());
    }

    private static BaseFont font(Path path) {
        if (!Files.isReadable(path)) {
            throw new IllegalStateException("the report font " + path + " is missing (phoihop.consultation.report.font)");
        }
        try {
            return BaseFont.createFont(path.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        }
        catch (DocumentException | IOException e) {
            throw new IllegalStateException("the report font " + path + " cannot be read", e);
        }
    }

    private static PdfPCell plain(String value, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(value, font));
        cell.setBorder(0);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        return cell;
    }

    private static Paragraph centred(String value, Font font) {
        Paragraph p = new Paragraph(value, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(4);
        return p;
    }

    private static Paragraph heading(String value, Font font) {
        Paragraph p = new Paragraph(value, font);
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        return p;
    }

    private static PdfPTable table(List<String> heads, Font font, float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        heads.forEach(h -> table.addCell(cell(h, font)));
        return table;
    }

    private static PdfPCell cell(String value, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(value, font));
        cell.setPadding(3);
        return cell;
    }

    /**
     * The PDF with the random parts made stable, each replaced by text of the same length (the cross-reference
     * offsets stay valid): the font subsets' name prefixes, and the file identifier, which becomes a digest of the
     * rest of the file.
     */
    static byte[] stable(byte[] pdf) {
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        raw = SUBSET.matcher(raw).replaceAll("/PHOIHP+");
        Matcher id = ID.matcher(raw);
        if (id.find()) {
            String blank = raw.substring(0, id.start()) + raw.substring(id.end());
            String digest;
            try {
                digest = HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(blank.getBytes(StandardCharsets.ISO_8859_1)));
            }
            catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            String first = digest.substring(0, Math.min(digest.length(), id.group(1).length()));
            String second = digest.substring(0, Math.min(digest.length(), id.group(2).length()));
            raw = raw.substring(0, id.start(1)) + first + raw.substring(id.end(1), id.start(2)) + second
                    + raw.substring(id.end(2));
        }
        return raw.getBytes(StandardCharsets.ISO_8859_1);
    }
}
