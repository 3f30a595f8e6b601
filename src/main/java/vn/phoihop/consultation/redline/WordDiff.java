package vn.phoihop.consultation.redline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level difference of two texts: the longest common subsequence of their tokens (words, and runs of whitespace,
 * which all compare equal to each other), then runs of kept, deleted and inserted tokens; kept whitespace is written
 * as in the later text. Pure;
 * texts too long for the quadratic table (more than {@value #MAX_CELLS} cells) give one deletion and one insertion.
 */
public final class WordDiff {

    static final long MAX_CELLS = 4_000_000L;

    private static final Pattern TOKEN = Pattern.compile("\\S+|\\s+");

    /** A run of kept ({@code EQUAL}), deleted or inserted text. */
    public enum Op {
        EQUAL, DELETE, INSERT
    }

    /** One run of the difference, its text as written (with its whitespace). */
    public record Segment(Op op, String text) {

        /** The text cut at its line breaks (for pages: a break between each two). */
        public List<String> lines() {
            return List.of(text.split("\n", -1));
        }
    }

    private WordDiff() {
    }

    /** The difference from {@code before} to {@code after}, adjacent runs of one kind joined. */
    public static List<Segment> diff(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        List<Segment> out = new ArrayList<>();
        if ((long) a.size() * b.size() > MAX_CELLS) {
            add(out, Op.DELETE, String.join("", a));
            add(out, Op.INSERT, String.join("", b));
            return out;
        }
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = word(a.get(i)).equals(word(b.get(j))) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (word(a.get(i)).equals(word(b.get(j)))) {
                add(out, Op.EQUAL, b.get(j));
                i++;
                j++;
            }
            else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                add(out, Op.DELETE, a.get(i++));
            }
            else {
                add(out, Op.INSERT, b.get(j++));
            }
        }
        while (i < n) {
            add(out, Op.DELETE, a.get(i++));
        }
        while (j < m) {
            add(out, Op.INSERT, b.get(j++));
        }
        return blocks(out);
    }

    /**
     * Joins each change into one deletion then one insertion: whitespace kept between two changed runs belongs to
     * the change (“hằng năm” → “sáu tháng” reads as one replacement, not word by word).
     */
    private static List<Segment> blocks(List<Segment> runs) {
        List<Segment> out = new ArrayList<>();
        StringBuilder deleted = new StringBuilder();
        StringBuilder inserted = new StringBuilder();
        for (int k = 0; k < runs.size(); k++) {
            Segment s = runs.get(k);
            boolean inside = s.op() == Op.EQUAL && s.text().isBlank() && k > 0 && k + 1 < runs.size()
                    && runs.get(k - 1).op() != Op.EQUAL && runs.get(k + 1).op() != Op.EQUAL;
            if (s.op() == Op.DELETE || inside) {
                deleted.append(s.text());
            }
            if (s.op() == Op.INSERT || inside) {
                inserted.append(s.text());
            }
            if (s.op() == Op.EQUAL && !inside) {
                flush(out, deleted, inserted);
                out.add(s);
            }
        }
        flush(out, deleted, inserted);
        return out;
    }

    private static void flush(List<Segment> out, StringBuilder deleted, StringBuilder inserted) {
        add(out, Op.DELETE, deleted.toString());
        add(out, Op.INSERT, inserted.toString());
        deleted.setLength(0);
        inserted.setLength(0);
    }

    /** Whether the difference keeps everything (no insertion, no deletion). */
    public static boolean unchanged(List<Segment> diff) {
        return diff.stream().allMatch(s -> s.op() == Op.EQUAL);
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static String word(String token) {
        return token.isBlank() ? " " : token;
    }

    private static void add(List<Segment> out, Op op, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!out.isEmpty() && out.get(out.size() - 1).op() == op) {
            Segment last = out.remove(out.size() - 1);
            out.add(new Segment(op, last.text() + text));
        }
        else {
            out.add(new Segment(op, text));
        }
    }
}
