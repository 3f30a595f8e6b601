package vn.phoihop.document.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import vn.phoihop.platform.Texts;

/**
 * The words of a query in the forms the index holds (V22): folded as {@link Texts#fold} folds (no diacritics, đ→d,
 * lower case) and split at anything that is not a letter or digit, and as typed (lower case, diacritics kept). The
 * last word is a prefix (the list searches as the user types). Only letters and digits reach the SQL text of a
 * {@code tsquery}, so no operator can be injected.
 *
 * @param folded folded words ([a-z0-9] only), at most {@link #MAX_WORDS}
 * @param exact the same words with their diacritics, lower case
 */
record SearchTerms(List<String> folded, List<String> exact) {

    static final int MAX_WORDS = 16;

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    static SearchTerms of(String text) {
        List<String> folded = split(Texts.fold(text), "[^a-z0-9]+");
        List<String> exact = split(Texts.nfc(text).toLowerCase(VIETNAMESE), "[^\\p{L}\\p{N}]+");
        return new SearchTerms(folded, exact);
    }

    private static List<String> split(String text, String separators) {
        return Arrays.stream(text.split(separators)).filter(w -> !w.isEmpty()).limit(MAX_WORDS).toList();
    }

    boolean empty() {
        return folded.isEmpty();
    }

    /** Whether the query was typed with diacritics, so documents written the same way rank first. */
    boolean diacritics() {
        return !exact.isEmpty() && !String.join(" ", exact).equals(String.join(" ", folded));
    }

    /** All folded words, the last as a prefix; a number typed with leading zeros also matches without them. */
    String foldedQuery() {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < folded.size(); i++) {
            String word = folded.get(i);
            String suffix = i == folded.size() - 1 ? ":*" : "";
            String bare = number(word);
            parts.add(bare.equals(word) ? word + suffix : "(" + word + suffix + " | " + bare + suffix + ")");
        }
        return String.join(" & ", parts);
    }

    /** The folded words in their order, next to each other, the last as a prefix. */
    String foldedPhrase() {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < folded.size(); i++) {
            parts.add(folded.get(i) + (i == folded.size() - 1 ? ":*" : ""));
        }
        return String.join(" <-> ", parts);
    }

    /** All words as typed, the last as a prefix. */
    String exactQuery() {
        return String.join(" & ", exact) + ":*";
    }

    /** Any word as typed (ranks documents by how many of them they hold as written). */
    String exactAny() {
        return String.join(" | ", exact);
    }

    /**
     * The words as a notation typed loosely ({@code Số 90-QĐ/TW}, {@code 90 qd tw}, {@code qd 90},
     * {@code nghi quyet 12}): the folded words without "số", numbers without leading zeros; empty unless one of
     * them is a number (a notation always has one).
     */
    List<String> notationWords() {
        List<String> words = folded.stream().filter(w -> !w.equals("so")).map(SearchTerms::number).distinct()
                .collect(Collectors.toList());
        return words.stream().anyMatch(w -> w.chars().allMatch(Character::isDigit)) ? words : List.of();
    }

    /** One word mixing digits and letters ({@code 90qdtw}): a notation typed without separators, else {@code null}. */
    String compactNotation() {
        if (folded.size() != 1) {
            return null;
        }
        String word = folded.get(0);
        boolean digits = word.chars().anyMatch(Character::isDigit);
        boolean letters = word.chars().anyMatch(Character::isLetter);
        return digits && letters && word.length() >= 4 ? word.replaceFirst("^0+(?=\\d)", "") : null;
    }

    private static String number(String word) {
        return word.chars().allMatch(Character::isDigit) ? word.replaceFirst("^0+(?=\\d)", "") : word;
    }
}
