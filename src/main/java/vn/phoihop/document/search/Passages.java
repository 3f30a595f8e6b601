package vn.phoihop.document.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import vn.phoihop.platform.Texts;

/**
 * The highlighted title and snippet of a hit, marked with {@link Highlights#START} and {@link Highlights#STOP} for
 * {@link Highlights#html}. Written in the application rather than with PostgreSQL's {@code ts_headline}: that parses
 * the whole text with the full-text parser for every hit of the page, which took more of the database's time than
 * finding and ranking the hits did (bench/README.md, “Document search”), and the database is the one part that
 * several instances share.
 *
 * <p>A word of the text is a run of letters and digits (with their combining marks), as the index's parser splits
 * Vietnamese words; it is a hit when its folded form ({@link Texts#fold}: no diacritics, đ→d, lower case) is one of
 * the query's folded words, or one of their numbers without leading zeros, or starts with the last word (which the
 * search treats as a prefix). Which documents match is decided by the search statement; this only shows where.
 */
final class Passages {

    /** Words of one snippet passage at most, and the words kept before its first hit. */
    static final int PASSAGE_WORDS = 28;
    static final int WORDS_BEFORE_HIT = 6;
    static final int MAX_PASSAGES = 2;
    static final String ELLIPSIS = "…";
    static final String DELIMITER = " " + ELLIPSIS + " ";

    /** Characters of the summary shown when the list has no query words. */
    static final int PLAIN_SUMMARY = 240;

    private static final Map<Character, String> FOLDED_CHARS = new ConcurrentHashMap<>();

    private final List<String> words;
    private final String prefix;

    private Passages(List<String> words, String prefix) {
        this.words = words;
        this.prefix = prefix;
    }

    /** For the query's folded words ({@link SearchTerms#folded}). */
    static Passages of(SearchTerms terms) {
        List<String> words = new ArrayList<>();
        for (String word : terms.folded()) {
            words.add(word);
            words.add(word.chars().allMatch(Character::isDigit) ? word.replaceFirst("^0+(?=\\d)", "") : word);
        }
        String last = terms.folded().isEmpty() ? null : terms.folded().get(terms.folded().size() - 1);
        return new Passages(words, last);
    }

    /** The title with every hit marked (the title is short and shown whole). */
    String title(String title) {
        String text = clean(title);
        StringBuilder out = new StringBuilder(text.length() + 16);
        List<Word> found = words(text);
        int at = 0;
        for (Word w : found) {
            if (w.hit()) {
                out.append(text, at, w.start()).append(Highlights.START).append(text, w.start(), w.end())
                        .append(Highlights.STOP);
                at = w.end();
            }
        }
        return out.append(text, at, text.length()).toString();
    }

    /**
     * Up to {@value #MAX_PASSAGES} passages of at most {@value #PASSAGE_WORDS} words around the hits, in the
     * order of the text, joined by “ … ”, hits marked, with “…” before and after where the text goes on; the
     * passages with the most different query words win (then the most hits, then the earliest). Without a hit, the
     * text's first words.
     */
    String snippet(String source) {
        String text = clean(source);
        List<Word> found = words(text);
        if (found.isEmpty()) {
            return "";
        }
        List<int[]> chosen = new ArrayList<>();
        boolean anyHit = found.stream().anyMatch(Word::hit);
        if (!anyHit) {
            chosen.add(new int[] {0, Math.min(found.size(), PASSAGE_WORDS)});
        }
        else {
            for (int n = 0; n < MAX_PASSAGES; n++) {
                int[] best = best(found, chosen);
                if (best == null) {
                    break;
                }
                chosen.add(best);
            }
            chosen.sort((a, b) -> Integer.compare(a[0], b[0]));
        }
        StringBuilder out = new StringBuilder();
        if (chosen.get(0)[0] > 0) {
            out.append(ELLIPSIS).append(' ');
        }
        for (int[] passage : chosen) {
            if (passage != chosen.get(0)) {
                out.append(DELIMITER);
            }
            int at = found.get(passage[0]).start();
            for (int i = passage[0]; i < passage[1]; i++) {
                Word w = found.get(i);
                if (w.hit()) {
                    out.append(text, at, w.start()).append(Highlights.START).append(text, w.start(), w.end())
                            .append(Highlights.STOP);
                    at = w.end();
                }
            }
            out.append(text, at, found.get(passage[1] - 1).end());
        }
        if (chosen.get(chosen.size() - 1)[1] < found.size()) {
            out.append(' ').append(ELLIPSIS);
        }
        return out.toString();
    }

    /** The first characters of a summary, for a list without query words. */
    static String plain(String summary) {
        String text = clean(summary);
        return text.length() <= PLAIN_SUMMARY ? text : text.substring(0, PLAIN_SUMMARY);
    }

    /**
     * The best passage (first word index, index after its last) that starts near a hit and overlaps none chosen,
     * or null.
     */
    private int[] best(List<Word> found, List<int[]> chosen) {
        int[] best = null;
        long bestScore = -1;
        for (int i = 0; i < found.size(); i++) {
            if (!found.get(i).hit()) {
                continue;
            }
            int from = Math.max(0, i - WORDS_BEFORE_HIT);
            int to = Math.min(found.size(), from + PASSAGE_WORDS);
            if (overlaps(from, to, chosen)) {
                continue;
            }
            List<String> distinct = new ArrayList<>();
            int hits = 0;
            for (int j = from; j < to; j++) {
                Word w = found.get(j);
                if (w.hit()) {
                    hits++;
                    if (!distinct.contains(w.folded())) {
                        distinct.add(w.folded());
                    }
                }
            }
            long score = distinct.size() * 1_000L + hits;
            if (score > bestScore) {
                bestScore = score;
                best = new int[] {from, to};
            }
        }
        return best;
    }

    private static boolean overlaps(int from, int to, List<int[]> chosen) {
        for (int[] c : chosen) {
            if (from < c[1] && c[0] < to) {
                return true;
            }
        }
        return false;
    }

    /** The words of {@code text} with their folded form and whether they are hits. */
    private List<Word> words(String text) {
        List<Word> found = new ArrayList<>();
        int i = 0;
        int n = text.length();
        StringBuilder folded = new StringBuilder(32);
        while (i < n) {
            while (i < n && !wordChar(text.charAt(i))) {
                i++;
            }
            int start = i;
            folded.setLength(0);
            while (i < n && wordChar(text.charAt(i))) {
                fold(text.charAt(i), folded);
                i++;
            }
            if (i > start) {
                String f = folded.toString();
                found.add(new Word(start, i, f, hit(f)));
            }
        }
        return found;
    }

    private boolean hit(String folded) {
        return words.contains(folded) || (prefix != null && folded.startsWith(prefix));
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static void fold(char c, StringBuilder out) {
        if (c < 128) {
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        else if (c < TABLE.length && TABLE[c] != MORE) {
            if (TABLE[c] != 0) {
                out.append(TABLE[c]);
            }
        }
        else {
            out.append(FOLDED_CHARS.computeIfAbsent(c, k -> Texts.fold(String.valueOf(k))));
        }
    }

    /**
     * Folded form of every character up to Latin Extended Additional (all Vietnamese letters): 0 when it folds to
     * nothing (a combining mark), {@link #MORE} when to more than one character (looked up in the map).
     */
    private static final char[] TABLE = new char[0x1F00];
    private static final char MORE = '\uFFFF';

    static {
        for (char c = 128; c < TABLE.length; c++) {
            String folded = Texts.fold(String.valueOf(c));
            TABLE[c] = folded.length() == 1 ? folded.charAt(0) : folded.isEmpty() ? 0 : MORE;
        }
    }

    /** The text without the two marker characters, so only this class can write them. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        return text.replace(Highlights.START, "").replace(Highlights.STOP, "");
    }

    private record Word(int start, int end, String folded, boolean hit) {
    }
}
