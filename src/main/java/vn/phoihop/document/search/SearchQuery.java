package vn.phoihop.document.search;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import vn.phoihop.document.SecrecyMark;
import vn.phoihop.platform.Texts;
import vn.phoihop.platform.UserFacingException;

/**
 * What a reader asks the register for: words or a notation, filters, and the page. Built from request parameters
 * by {@link #parse}, which refuses a bad value with a Vietnamese message (400) rather than guessing.
 *
 * @param text the words as typed (NFC), empty for "every readable document"
 * @param typeCode a document type code ({@code PARTY_QD}); checked against the catalogue by {@link DocumentSearch}
 * @param issuerId the issuing organisation, or {@code null}
 * @param withPredecessors whether the organisations the issuer was formed from count as the issuer too
 * @param year the year of the issue date, or {@code null}
 * @param status {@code DRAFT}, {@code ISSUED}, {@code IN_FORCE}, {@code REPLACED}, {@code EXPIRED} or {@code null}
 * @param urgency {@code NORMAL}, {@code URGENT}, {@code VERY_URGENT}, {@code FLASH} or {@code null}
 * @param tags tags a document must all carry (empty: no tag filter)
 * @param page zero-based page
 * @param size results per page, 1 to {@link #MAX_SIZE}
 */
public record SearchQuery(String text, String typeCode, Long issuerId, boolean withPredecessors, Integer year,
        String status, SecrecyMark secrecy, String urgency, List<String> tags, int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    public static final int MAX_TEXT = 200;
    public static final int MAX_TAGS = 10;
    public static final Set<String> STATUSES = Set.of("DRAFT", "ISSUED", "IN_FORCE", "REPLACED", "EXPIRED");
    public static final Set<String> URGENCIES = Set.of("NORMAL", "URGENT", "VERY_URGENT", "FLASH");

    public SearchQuery {
        text = text == null ? "" : Texts.nfc(text);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** Every readable document, newest first, first page. */
    public static SearchQuery all() {
        return words("");
    }

    /** The first page for {@code text}, without filters. */
    public static SearchQuery words(String text) {
        return new SearchQuery(text, null, null, false, null, null, null, null, List.of(), 0, DEFAULT_SIZE);
    }

    /** The same query on another page. */
    public SearchQuery onPage(int number) {
        return new SearchQuery(text, typeCode, issuerId, withPredecessors, year, status, secrecy, urgency, tags, number,
                size);
    }

    /** Whether no filter narrows the words (the page shows its filters closed then). */
    public boolean unfiltered() {
        return typeCode == null && issuerId == null && year == null && status == null && secrecy == null
                && urgency == null && tags.isEmpty();
    }

    /**
     * The query of request parameters as typed (blank means absent).
     *
     * @throws UserFacingException (400) naming the parameter and the value when one is not valid
     */
    public static SearchQuery parse(String q, String type, String issuerId, String withPredecessors, String year,
            String status, String secrecy, String urgency, List<String> tags, String page, String size) {
        String text = q == null ? "" : Texts.nfc(q);
        if (text.length() > MAX_TEXT) {
            throw UserFacingException.invalid("document.search.tooLong", MAX_TEXT);
        }
        String typeCode = blank(type) ? null : code(type, "document.search.badType");
        Long issuer = blank(issuerId) ? null : (long) number(issuerId, 1, Long.MAX_VALUE, "document.search.badIssuer");
        boolean predecessors = flag(withPredecessors);
        Integer yearValue = blank(year) ? null : (int) number(year, 1945, 2100, "document.search.badYear");
        String statusValue = blank(status) ? null : oneOf(status, STATUSES, "document.search.badStatus");
        SecrecyMark mark = blank(secrecy) ? null
                : SecrecyMark.valueOf(oneOf(secrecy, names(SecrecyMark.values()), "document.search.badSecrecy"));
        String urgencyValue = blank(urgency) ? null : oneOf(urgency, URGENCIES, "document.search.badUrgency");
        List<String> tagValues = tags == null ? List.of()
                : tags.stream().filter(t -> !blank(t)).map(Texts::nfc).distinct().toList();
        if (tagValues.size() > MAX_TAGS || tagValues.stream().anyMatch(t -> t.length() > 80)) {
            throw UserFacingException.invalid("document.search.badTags", MAX_TAGS);
        }
        int pageValue = blank(page) ? 0 : (int) number(page, 0, 100_000, "document.search.badPage");
        int sizeValue = blank(size) ? DEFAULT_SIZE : (int) number(size, 1, MAX_SIZE, "document.search.badSize");
        return new SearchQuery(text, typeCode, issuer, predecessors, yearValue, statusValue, mark, urgencyValue,
                tagValues, pageValue, sizeValue);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static long number(String value, long min, long max, String key) {
        String digits = value.strip();
        if (!digits.matches("\\d{1,18}")) {
            throw UserFacingException.invalid(key, shown(value));
        }
        long parsed = Long.parseLong(digits);
        if (parsed < min || parsed > max) {
            throw UserFacingException.invalid(key, shown(value));
        }
        return parsed;
    }

    private static String code(String value, String key) {
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z_]{1,40}")) {
            throw UserFacingException.invalid(key, shown(value));
        }
        return code;
    }

    private static String oneOf(String value, Set<String> allowed, String key) {
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (!allowed.contains(code)) {
            throw UserFacingException.invalid(key, shown(value));
        }
        return code;
    }

    private static boolean flag(String value) {
        if (blank(value)) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "on", "1" -> true;
            case "false", "off", "0" -> false;
            default -> throw UserFacingException.invalid("document.search.badFlag", shown(value));
        };
    }

    private static Set<String> names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).collect(java.util.stream.Collectors.toSet());
    }

    /** A refused value as quoted back: at most 40 characters. */
    private static String shown(String value) {
        String text = Texts.nfc(value);
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
