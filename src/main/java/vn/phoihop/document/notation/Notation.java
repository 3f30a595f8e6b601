package vn.phoihop.document.notation;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.phoihop.platform.Texts;
import vn.phoihop.platform.UserFacingException;

/**
 * A document's number and notation (số và ký hiệu).
 * <ul>
 * <li>Party: {@code {number}-{type}/{issuer}}, e.g. {@code 90-QĐ/TW}, printed {@code Số 90-QĐ/TW} (no colon).</li>
 * <li>State: {@code {number}/{type}-{issuer}}, e.g. {@code 04/CT-BCA}, printed {@code Số: 04/CT-BCA}; a decree
 * carries its year ({@code 30/2020/NĐ-CP}); a state công văn has no type ({@code 123/BCA-X01}).</li>
 * </ul>
 * Numbers below 10 take a leading zero. The type abbreviation keeps its official case ({@code TTr}, {@code QyĐ}).
 *
 * @param type the type abbreviation, {@code null} for a state công văn
 * @param year the year written in a state notation ({@code 30/2020/NĐ-CP}), else {@code null}
 */
public record Notation(DocumentKind kind, int number, Integer year, String type, String issuer) {

    /** Largest number a series may reach. */
    public static final int MAX_NUMBER = 999_999;

    /** Longest text {@link #parse} reads (the stored notation has at most 80 characters). */
    public static final int MAX_INPUT_LENGTH = 100;

    private static final String ABBREVIATION = "[\\p{L}][\\p{L}\\p{N}]{0,9}";
    private static final String ISSUER = "[\\p{L}\\p{N}]{1,12}(?:-[\\p{L}\\p{N}]{1,12}){0,3}";
    private static final Pattern PARTY = Pattern.compile("(\\d{1,6})-(" + ABBREVIATION + ")/(" + ISSUER + ")");
    private static final Pattern STATE = Pattern.compile("(\\d{1,6})(?:/((?:19|20)\\d\\d))?/(" + ISSUER + ")");
    private static final Pattern SPACES = Pattern.compile("\\p{Z}");
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212]");
    private static final Pattern NUMBER_PREFIX = Pattern.compile("^(?:số|so)\\s*:?\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    public Notation {
        if (kind == null || number < 1 || number > MAX_NUMBER || issuer == null || issuer.isBlank()
                || (kind == DocumentKind.PARTY && (type == null || year != null))) {
            throw UserFacingException.invalid("document.notation.invalid", String.valueOf(number));
        }
    }

    /** The notation as stored and searched: {@code 90-QĐ/TW}, {@code 04/CT-BCA}. */
    public String text() {
        String no = number < 10 ? "0" + number : Integer.toString(number);
        if (kind == DocumentKind.PARTY) {
            return no + "-" + type + "/" + issuer;
        }
        return no + (year == null ? "" : "/" + year) + "/" + (type == null ? "" : type + "-") + issuer;
    }

    /** The number line as printed on the document: {@code Số 90-QĐ/TW} or {@code Số: 04/CT-BCA}. */
    public String printed() {
        return printed(kind, text());
    }

    /**
     * The number line of a notation {@code text} of {@code kind} as stored (canonical): {@code Số 90-QĐ/TW} (party,
     * no colon) or {@code Số: 04/CT-BCA} (state).
     */
    public static String printed(DocumentKind kind, String text) {
        return (kind == DocumentKind.PARTY ? "Số " : "Số: ") + text;
    }

    @Override
    public String toString() {
        return text();
    }

    /**
     * Reads a notation as a user types it: with or without "Số"/"Số:", spaces around the separators, any case, any
     * Unicode form (NFC or decomposed). The type abbreviation is taken in the spelling {@code types} knows, compared
     * ignoring case and diacritics ({@code qd} → {@code QĐ}, {@code ttr} → {@code TTr}); a state notation's first
     * segment after the number is a type only if {@code types} knows it (otherwise the notation is a công văn:
     * {@code 123/BCA-X01}, so a công văn's issuer cannot begin with a type abbreviation).
     *
     * @throws UserFacingException with a Vietnamese message when the text is no notation of {@code kind}, names a
     *     party type {@code types} does not know, has a number outside 1..999999, holds a control character or is
     *     longer than {@link #MAX_INPUT_LENGTH}
     */
    public static Notation parse(String input, DocumentKind kind, TypeAbbreviations types) {
        String raw = input == null ? "" : input;
        if (raw.length() > MAX_INPUT_LENGTH) {
            throw UserFacingException.invalid("document.notation.tooLong", MAX_INPUT_LENGTH);
        }
        if (Texts.hasControlCharacters(raw, false)) {
            throw UserFacingException.invalid("document.notation.control");
        }
        String text = NUMBER_PREFIX.matcher(plain(raw)).replaceFirst("").replaceAll("\\s*([-/])\\s*", "$1");
        if (kind == DocumentKind.PARTY) {
            Matcher m = PARTY.matcher(text);
            if (m.matches()) {
                String type = types.canonical(DocumentKind.PARTY, m.group(2))
                        .orElseThrow(() -> UserFacingException.invalid("document.notation.unknownType", m.group(2)));
                return new Notation(kind, Integer.parseInt(m.group(1)), null, type, issuer(m.group(3)));
            }
            throw UserFacingException.invalid("document.notation.party", input);
        }
        Matcher m = STATE.matcher(text);
        if (m.matches()) {
            Integer year = m.group(2) == null ? null : Integer.valueOf(m.group(2));
            String rest = m.group(3);
            int dash = rest.indexOf('-');
            if (dash > 0) {
                var type = types.canonical(DocumentKind.STATE, rest.substring(0, dash));
                if (type.isPresent()) {
                    return new Notation(kind, Integer.parseInt(m.group(1)), year, type.get(),
                            issuer(rest.substring(dash + 1)));
                }
            }
            return new Notation(kind, Integer.parseInt(m.group(1)), year, null, issuer(rest));
        }
        throw UserFacingException.invalid("document.notation.state", input);
    }

    /**
     * {@code text} in NFC with what a word processor or an old encoding puts in its place read as typed: any space
     * (no-break, thin) as a space, any dash (en dash, minus) as a hyphen, and the Icelandic eth (Ð, ð), which looks
     * like the Vietnamese Đ, as Đ, đ; so {@code 90–QÐ/TW} is {@code 90-QĐ/TW}.
     */
    private static String plain(String text) {
        return DASHES.matcher(SPACES.matcher(Texts.nfc(text)).replaceAll(" ")).replaceAll("-")
                .replace('\u00D0', '\u0110').replace('\u00F0', '\u0111').strip();
    }

    /** Issuer abbreviations are written in capitals ({@code ĐUCA}, {@code BCA-X01}). */
    private static String issuer(String text) {
        return text.toUpperCase(Locale.ROOT);
    }

    /** The type abbreviations a parser knows, by kind: {@code QĐ}, {@code TTr}, {@code QyĐ}, ... */
    @FunctionalInterface
    public interface TypeAbbreviations {

        /** The official spelling of {@code written} for {@code kind}, compared ignoring case and diacritics. */
        java.util.Optional<String> canonical(DocumentKind kind, String written);
    }
}
