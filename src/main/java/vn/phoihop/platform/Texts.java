package vn.phoihop.platform;

import java.text.Normalizer;
import java.util.Locale;

/** Vietnamese text rules used everywhere: NFC storage and diacritic-insensitive folding for search. */
public final class Texts {

    private Texts() {
    }

    /** The NFC form of {@code text}, trimmed; {@code null} stays {@code null}. */
    public static String nfc(String text) {
        if (text == null) {
            return null;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    }

    /** The NFC form, or {@code null} when blank. */
    public static String nfcOrNull(String text) {
        String value = nfc(text);
        return value == null || value.isEmpty() ? null : value;
    }

    /**
     * The search key of {@code text}: lower case, without diacritics, đ folded to d, whitespace collapsed.
     * "Bắc Giang" and "bac  giang" have the same key.
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replace('đ', 'd').replace('Đ', 'D');
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    /**
     * Whether {@code text} holds a control character that no field stores: NUL and the other C0 controls, DEL
     * and the C1 controls. Tab, line feed and carriage return are allowed only when {@code lineBreaksAllowed}
     * (multi-line fields).
     */
    public static boolean hasControlCharacters(String text, boolean lineBreaksAllowed) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\t' || c == '\n' || c == '\r';
            if ((c < 0x20 || c >= 0x7F && c <= 0x9F) && !(lineBreaksAllowed && lineBreak)) {
                return true;
            }
        }
        return false;
    }
}
