package vn.phoihop.document.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.Normalizer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.xssf.extractor.XSSFEventBasedExcelExtractor;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;

import vn.phoihop.platform.UserFacingException;

/**
 * The text of an attachment for search: PDFBox for PDF (at most {@link #MAX_PDF_PAGES} pages, scratch data in
 * temporary files), POI for DOCX (the document's paragraphs and tables) and XLSX (streamed, sheet by sheet), nothing
 * for images. The text is NFC, without control characters (PostgreSQL refuses NUL), whitespace runs collapsed, and
 * capped at {@link #MAX_CHARS} characters. Opening the file is also the last check of its structure: an encrypted
 * or broken file is refused here with a message: besides its checked exceptions, POI answers a damaged part with
 * {@link IllegalArgumentException} (a settings part it cannot read) or {@link IllegalStateException} (a shared
 * string index out of range), which the seeded damage test of {@code FileChecksTests} found; those count as broken
 * too, and nothing else is caught. Runs only on files that passed {@link FileInspector}; POI's
 * {@code ZipSecureFile} limits (its defaults: an entry may not inflate more than 100 times) apply while it parses.
 */
final class TextExtractor {

    static final int MAX_CHARS = 100_000;

    static final int MAX_PDF_PAGES = 500;

    private TextExtractor() {
    }

    /** The text of {@code content}, {@code null} for an image or a file without text. */
    static String extract(AttachmentType type, byte[] content, String fileName) {
        String raw = switch (type) {
            case PDF -> pdf(content, fileName);
            case DOCX -> docx(content, fileName);
            case XLSX -> xlsx(content, fileName);
            case PNG, JPEG -> null;
        };
        return clean(raw);
    }

    private static String pdf(byte[] content, String fileName) {
        try (PDDocument pdf = Loader.loadPDF(content, "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
            if (pdf.isEncrypted()) {
                throw UserFacingException.invalid("attachment.encrypted", fileName);
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(MAX_PDF_PAGES);
            return stripper.getText(pdf);
        }
        catch (InvalidPasswordException locked) {
            throw UserFacingException.invalid("attachment.encrypted", fileName);
        }
        catch (IOException unreadable) {
            throw UserFacingException.invalid("attachment.broken", fileName, type(AttachmentType.PDF));
        }
    }

    private static String docx(byte[] content, String fileName) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content));
                XWPFWordExtractor words = new XWPFWordExtractor(new XWPFDocument(pkg))) {
            return words.getText();
        }
        catch (IOException | OpenXML4JException | OpenXML4JRuntimeException | POIXMLException
                | RecordFormatException | IllegalArgumentException | IllegalStateException unreadable) {
            throw UserFacingException.invalid("attachment.broken", fileName, type(AttachmentType.DOCX));
        }
    }

    private static String xlsx(byte[] content, String fileName) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content));
                XSSFEventBasedExcelExtractor cells = new XSSFEventBasedExcelExtractor(pkg)) {
            cells.setIncludeSheetNames(true);
            return cells.getText();
        }
        catch (IOException | OpenXML4JException | OpenXML4JRuntimeException | POIXMLException | XmlException
                | RecordFormatException | IllegalArgumentException | IllegalStateException unreadable) {
            throw UserFacingException.invalid("attachment.broken", fileName, type(AttachmentType.XLSX));
        }
    }

    private static String type(AttachmentType type) {
        return type.name();
    }

    /** NFC, control characters (but line breaks and tabs) removed, blank runs collapsed, capped; blank → null. */
    static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_CHARS));
        for (int i = 0; i < text.length() && out.length() < MAX_CHARS; i++) {
            char c = text.charAt(i);
            boolean control = Character.isISOControl(c) && c != '\n' && c != '\t';
            boolean lone = Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) && !(Character.isLowSurrogate(c) && i > 0
                    && Character.isHighSurrogate(text.charAt(i - 1)));
            out.append(control || lone ? ' ' : c);
        }
        String collapsed = out.toString().replaceAll("[ \\t\\u00A0]+", " ").replaceAll(" ?\\n[\\s]*", "\n").strip();
        if (collapsed.length() > MAX_CHARS) {
            collapsed = collapsed.substring(0, MAX_CHARS);
        }
        if (!collapsed.isEmpty() && Character.isHighSurrogate(collapsed.charAt(collapsed.length() - 1))) {
            collapsed = collapsed.substring(0, collapsed.length() - 1);
        }
        return collapsed.isEmpty() ? null : collapsed;
    }
}
