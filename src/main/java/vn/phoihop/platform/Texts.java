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
}
