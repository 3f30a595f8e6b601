package vn.phoihop.document.attachment;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Original file names made safe to store and show: NFC, the last path segment only, no control characters, none of
 * the characters Windows reserves (less-than, greater-than, colon, double quote, slash, backslash, bar, question
 * mark, asterisk), no leading or trailing dots and spaces, at most {@link #MAX_LENGTH} characters with the extension
 * kept.
 */
final class FileNames {

    static final int MAX_LENGTH = 200;

    /** The name given to a file whose name has nothing left after sanitising. */
    static final String FALLBACK = "tep-dinh-kem";

    private FileNames() {
    }

    static String sanitize(String original) {
        String name = original == null ? "" : Normalizer.normalize(original, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) || "<>:\"|?*".indexOf(c) >= 0
                || Character.getType(c) == Character.FORMAT ? '_' : c));
        String cleaned = out.toString().replaceAll("\\s+", " ").replaceAll("^[. ]+|[. ]+$", "");
        if (cleaned.isEmpty() || cleaned.chars().allMatch(c -> c == '_')) {
            String extension = AttachmentType.extension(cleaned);
            return extension.isEmpty() || extension.contains("_") ? FALLBACK : FALLBACK + "." + extension;
        }
        if (cleaned.codePointCount(0, cleaned.length()) > MAX_LENGTH) {
            String extension = AttachmentType.extension(cleaned);
            String suffix = extension.isEmpty() || extension.length() > 10 ? "" : "." + extension;
            int keep = cleaned.offsetByCodePoints(0, MAX_LENGTH - suffix.length());
            cleaned = cleaned.substring(0, keep).strip() + suffix;
        }
        return cleaned;
    }

    /** The key under which names are compared: two uploads with the same key are versions of one attachment. */
    static String key(String sanitized) {
        return sanitized.toLowerCase(Locale.ROOT);
    }

    /** An ASCII stand-in for clients that ignore {@code filename*}: diacritics dropped, đ → d, the rest '_'. */
    static String asciiFallback(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replace('đ', 'd').replace('Đ', 'D');
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            out.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? c : '_');
        }
        return out.toString();
    }
}
