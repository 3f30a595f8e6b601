package vn.phoihop.consultation.draft;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import vn.phoihop.platform.Texts;
import vn.phoihop.platform.UserFacingException;

/**
 * Reads a draft's DOCX into its provision tree, in document order (paragraphs of the body; tables are not read):
 * <ul>
 * <li>“Chương I” (Roman or Arabic numeral) opens a chapter; its heading follows on the same paragraph or is the next
 * paragraph;</li>
 * <li>“Mục 1” opens a section of the current chapter, heading as for a chapter;</li>
 * <li>“Điều 5. Tiêu đề” opens an article (heading after the number);</li>
 * <li>inside an article, “1.” opens a clause and “a)” … “đ)” a point (of the current clause, or of the article when
 * it has no clause yet);</li>
 * <li>any other paragraph continues the body of the provision above (paragraphs before the first provision, such as
 * the title, are not kept).</li>
 * </ul>
 * Text is NFC. A file that is not a DOCX, over {@value #MAX_BYTES} bytes, with a control character, with a label or
 * heading too long, or with no article is refused with a Vietnamese message ({@code consultation.version.import.*}).
 */
public final class DraftImport {

    /** The largest DOCX read (10 MB, as the platform's import cap). */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    static final int MAX_PROVISIONS = 5000;

    private static final Pattern CHAPTER = Pattern.compile("^Chương\\s+([IVXLCDM]+|\\d+)\\b[.:\\-–]?\\s*(.*)$",
            Pattern.DOTALL);
    private static final Pattern SECTION = Pattern.compile("^Mục\\s+(\\d+)\\b[.:\\-–]?\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern ARTICLE = Pattern.compile("^Điều\\s+(\\d+[a-z]?)\\s*[.:]?\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern CLAUSE = Pattern.compile("^(\\d{1,3})\\.\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern POINT = Pattern.compile("^([a-zđ])\\)\\s*(.*)$", Pattern.DOTALL);

    private DraftImport() {
    }

    /** The provisions of the DOCX {@code bytes}, or a Vietnamese refusal (400) and nothing read. */
    public static List<ParsedProvision> read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw UserFacingException.invalid("consultation.version.import.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw UserFacingException.invalid("consultation.version.import.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            throw UserFacingException.invalid("consultation.version.import.notDocx");
        }
        List<String> paragraphs = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            for (XWPFParagraph p : doc.getParagraphs()) {
                paragraphs.add(p.getText());
            }
        }
        catch (IOException | RuntimeException ex) {
            // POI's own exceptions, and those of the ZIP reader beneath it, which answers some damaged archives with a
            // NullPointerException: whatever fails while reading an uploaded file means it is not a readable DOCX
            throw UserFacingException.invalid("consultation.version.import.notDocx");
        }
        return parse(paragraphs);
    }

    /** The provisions of the paragraphs (as read from a DOCX), or a Vietnamese refusal (400). */
    public static List<ParsedProvision> parse(List<String> paragraphs) {
        Builder b = new Builder();
        boolean headingPending = false;
        for (String raw : paragraphs) {
            if (Texts.hasControlCharacters(raw, true)) {
                throw UserFacingException.invalid("consultation.version.import.control");
            }
            String text = Texts.nfc(raw.replace('\t', ' ').replace("\r", "").replace('\n', ' '))
                    .replaceAll(" {2,}", " ");
            if (text.isEmpty()) {
                continue;
            }
            if (headingPending) {
                headingPending = false;
                if (!opens(text)) {
                    b.heading(text);
                    continue;
                }
            }
            Matcher m;
            if ((m = CHAPTER.matcher(text)).matches()) {
                b.chapter("Chương " + m.group(1), m.group(2));
                headingPending = m.group(2).isBlank();
            }
            else if ((m = SECTION.matcher(text)).matches()) {
                b.section("Mục " + m.group(1), m.group(2));
                headingPending = m.group(2).isBlank();
            }
            else if ((m = ARTICLE.matcher(text)).matches()) {
                b.article("Điều " + m.group(1), m.group(2));
            }
            else if (b.inArticle() && (m = CLAUSE.matcher(text)).matches()) {
                b.clause(m.group(1) + ".", m.group(2));
            }
            else if (b.inArticle() && (m = POINT.matcher(text)).matches()) {
                b.point(m.group(1) + ")", m.group(2));
            }
            else {
                b.body(text);
            }
        }
        return b.done();
    }

    private static boolean opens(String text) {
        return CHAPTER.matcher(text).matches() || SECTION.matcher(text).matches() || ARTICLE.matcher(text).matches();
    }

    /** Builds the list, keeping the open chapter, section, article and clause. */
    private static final class Builder {

        private final List<Mutable> items = new ArrayList<>();
        private int chapter = -1;
        private int section = -1;
        private int article = -1;
        private int clause = -1;

        boolean inArticle() {
            return article >= 0;
        }

        void chapter(String label, String heading) {
            chapter = add("CHAPTER", label, heading, -1);
            section = -1;
            article = -1;
            clause = -1;
        }

        void section(String label, String heading) {
            section = add("SECTION", label, heading, chapter);
            article = -1;
            clause = -1;
        }

        void article(String label, String heading) {
            article = add("ARTICLE", label, heading, section >= 0 ? section : chapter);
            clause = -1;
        }

        void clause(String label, String body) {
            clause = add("CLAUSE", label, null, article);
            items.get(clause).body.append(body);
        }

        void point(String label, String body) {
            int point = add("POINT", label, null, clause >= 0 ? clause : article);
            items.get(point).body.append(body);
        }

        void heading(String text) {
            Mutable last = items.get(items.size() - 1);
            last.heading = text;
        }

        void body(String text) {
            if (items.isEmpty()) {
                return;
            }
            StringBuilder body = items.get(items.size() - 1).body;
            if (!body.isEmpty()) {
                body.append('\n');
            }
            body.append(text);
        }

        private int add(String kind, String label, String heading, int parent) {
            if (items.size() >= MAX_PROVISIONS) {
                throw UserFacingException.invalid("consultation.version.import.tooMany", MAX_PROVISIONS);
            }
            Mutable m = new Mutable(kind, label, heading == null || heading.isBlank() ? null : heading.strip(),
                    parent);
            items.add(m);
            return items.size() - 1;
        }

        List<ParsedProvision> done() {
            if (items.stream().noneMatch(m -> "ARTICLE".equals(m.kind))) {
                throw UserFacingException.invalid("consultation.version.import.noArticle");
            }
            List<ParsedProvision> out = new ArrayList<>();
            for (Mutable m : items) {
                if (m.heading != null && m.heading.length() > 1000) {
                    throw UserFacingException.invalid("consultation.version.import.headingTooLong", m.label);
                }
                if (m.body.length() > 100_000) {
                    throw UserFacingException.invalid("consultation.version.import.bodyTooLong", m.label);
                }
                out.add(new ParsedProvision(m.kind, m.label, m.heading, m.body.toString(), m.parent));
            }
            return out;
        }
    }

    private static final class Mutable {

        final String kind;
        final String label;
        String heading;
        final StringBuilder body = new StringBuilder();
        final int parent;

        Mutable(String kind, String label, String heading, int parent) {
            this.kind = kind;
            this.label = label;
            this.heading = heading;
            this.parent = parent;
        }
    }
}
