package vn.phoihop.document.attachment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.phoihop.document.SecrecyMark;

/**
 * Documents and attachments for tests, written with JDBC (the register's services live on another branch), and
 * files made in the test with PDFBox and POI instead of committed binaries. Documents are found again by their
 * series key, so a fixture called twice (committed or not) gives the same row.
 */
@Component
public class AttachmentFixtures {

    private final JdbcClient jdbc;

    AttachmentFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An issued (or, with {@code draft}, draft) state document of {@code issuerCode}, identified by {@code key}. */
    public long document(String key, String issuerCode, boolean draft, SecrecyMark secrecy) {
        String series = "TEST|" + key;
        return jdbc.sql("SELECT id FROM document WHERE series_key = :s").param("s", series).query(Long.class)
                .optional().orElseGet(() -> jdbc.sql("INSERT INTO document (kind, type_code, number, notation,"
                        + " series_key, issuer_id, issued_on, title, secrecy, status, created_by, updated_by)"
                        + " VALUES ('STATE', 'STATE_KH', 1, :notation, :s, (SELECT id FROM organization WHERE code"
                        + " = :issuer), :on, :title, :secrecy, :status, 'test', 'test') RETURNING id")
                        .param("notation", draft ? null : "01/KH-" + key).param("s", series)
                        .param("issuer", issuerCode).param("on", draft ? null : LocalDate.of(2026, 3, 2))
                        .param("title", "Kế hoạch thử tệp đính kèm " + key).param("secrecy", secrecy.name())
                        .param("status", draft ? "DRAFT" : "ISSUED").query(Long.class).single());
    }

    /** A one-version PDF attachment of the document named {@code name}, found again if it exists. */
    public long attachment(long documentId, String name) {
        return jdbc.sql("SELECT id FROM attachment WHERE document_id = :d AND name = :n").param("d", documentId)
                .param("n", name).query(Long.class).optional().orElseGet(() -> {
                    long id = jdbc.sql("INSERT INTO attachment (document_id, name, name_key, current_version,"
                            + " created_by) VALUES (:d, :n, lower(:n), 1, 'test') RETURNING id")
                            .param("d", documentId).param("n", name).query(Long.class).single();
                    byte[] content = pdf("Tep thu " + name);
                    jdbc.sql("INSERT INTO attachment_version (attachment_id, version, file_name, media_type,"
                            + " size_bytes, sha256, content, created_by) VALUES (:a, 1, :n, 'application/pdf', :size,"
                            + " encode(sha256(:c), 'hex'), :c, 'test')").param("a", id).param("n", name)
                            .param("size", (long) content.length).param("c", content).update();
                    return id;
                });
    }

    /** The id of the live attachment of the document with this name. */
    public long attachmentId(long documentId, String name) {
        return jdbc.sql("SELECT id FROM attachment WHERE document_id = :d AND name = :n AND deleted_at IS NULL")
                .param("d", documentId).param("n", name).query(Long.class).single();
    }

    /** A one-page PDF showing {@code text} (Latin-1 text: the standard fonts have no Vietnamese glyphs). */
    public static byte[] pdf(String text) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 720);
                content.showText(text);
                content.endText();
            }
            pdf.save(out);
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** A DOCX with one paragraph. */
    public static byte[] docx(String text) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** An XLSX with {@code text} in cell A1 of a sheet named "Danh sách". */
    public static byte[] xlsx(String text) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("Danh sách").createRow(0).createCell(0).setCellValue(text);
            book.write(out);
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The smallest PNG: a 1×1 image. */
    public static byte[] png() {
        return java.util.HexFormat.of().parseHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                + "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082");
    }

    /**
     * A DOCX-shaped archive bomb: the parts of a real DOCX, plus one part of {@code megabytes} MB of zeros that
     * deflates to almost nothing.
     */
    public static byte[] zipBombDocx(int megabytes) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** An archive with {@code entries} tiny entries besides the parts of a DOCX. */
    public static byte[] manyEntriesDocx(int entries) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            for (int i = 0; i < entries; i++) {
                zip.putNextEntry(new ZipEntry("word/media/x" + i));
            }
            zip.finish();
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
