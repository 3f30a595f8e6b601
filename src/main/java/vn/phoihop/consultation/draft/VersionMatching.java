package vn.phoihop.consultation.draft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import vn.phoihop.consultation.redline.Sequences;
import vn.phoihop.platform.Texts;

/**
 * Matches the provisions of the next version (parsed, not yet stored) to those of the previous one, so that
 * comments, dispositions and redlines keep following the same provision. Pure.
 *
 * <p><b>Similarity.</b> Texts are folded ({@link Texts#fold}: lower case, no diacritics) and cut into words; two texts
 * are compared as multisets of words. <em>Similarity</em> is the Dice coefficient 2·|A∩B| / (|A|+|B|);
 * <em>containment</em> of A in B is |A∩B| / |A|; <em>coverage</em> of O by parts P1…Pk is |O ∩ (P1+…+Pk)| / |O|.
 * Word multisets (not characters or trigrams) because drafters edit legal text by words and phrases, and a moved
 * sentence keeps its words; folding makes a fixed diacritic no change at all.
 *
 * <p><b>Articles</b>, whole (heading, body, clauses and points), in this order of rules:
 * <ol>
 * <li>the same folded text: keeps the id; {@code UNCHANGED}, or {@code MOVED} when it left the order of the others
 * (not on the longest run of matched articles that kept their relative order) or its parent chapter or section
 * changed;</li>
 * <li>split: an old article whose words cover at least {@value #COVERAGE} of themselves from two or more unmatched new
 * articles, each contained in it at least {@value #CONTAINMENT}: the first part keeps the id, each part gets an
 * origin to the old one, {@code SPLIT};</li>
 * <li>merge: a new article covering at least {@value #COVERAGE} of itself from two or more unmatched old ones, each
 * contained in it at least {@value #CONTAINMENT}: keeps the first old id, origins to all, {@code MERGED};</li>
 * <li>edited: the remaining pairs with similarity at least {@value #SIMILAR}, best first: keeps the id,
 * {@code EDITED} (or {@code MOVED_EDITED}, by the rule of 1). 0.5 means at least half the words kept: a rewrite
 * below that is better read as a new article (the redline then shows the old one removed);</li>
 * <li>the rest: {@code ADDED} (a new id); an old article without a match is absent from the next version.</li>
 * </ol>
 * Containment {@value #CONTAINMENT} and coverage {@value #COVERAGE} leave room for the small edits a split or merge
 * usually brings (a new heading, a connecting phrase) while refusing an unrelated article that shares common words.
 *
 * <p><b>Chapters and sections</b> match by kind and the same folded label and heading, else the same heading, else
 * the same label. <b>Clauses and points</b> are matched within their matched articles (all parts of a split or merge
 * together): the same text ({@code UNCHANGED}, or {@code MOVED} when renumbered), else similarity at least
 * {@value #SIMILAR} ({@code EDITED}), else {@code ADDED}.
 */
public final class VersionMatching {

    static final double SIMILAR = 0.5;
    static final double CONTAINMENT = 0.8;
    static final double COVERAGE = 0.6;

    /** What the new provision at the same index becomes: an old id kept (or {@code null}: a new one), its change and origins. */
    public record Match(Long provisionId, String change, List<Long> origins) {
    }

    private final List<StoredProvision> old;
    private final List<ParsedProvision> next;
    private final Match[] result;
    private final Set<Integer> usedOld = new HashSet<>();
    private final Map<Long, Integer> oldIndex = new HashMap<>();

    private VersionMatching(List<StoredProvision> old, List<ParsedProvision> next) {
        this.old = old;
        this.next = next;
        this.result = new Match[next.size()];
        for (int i = 0; i < old.size(); i++) {
            oldIndex.put(old.get(i).id(), i);
        }
    }

    /** The matches of {@code next} (one per element, same order) against the previous version {@code old}. */
    public static List<Match> match(List<StoredProvision> old, List<ParsedProvision> next) {
        VersionMatching m = new VersionMatching(old, next);
        m.containers();
        List<int[]> groups = m.articles();
        for (int[] group : groups) {
            m.children(group);
        }
        for (int i = 0; i < next.size(); i++) {
            if (m.result[i] == null) {
                m.result[i] = new Match(null, "ADDED", List.of());
            }
        }
        return List.of(m.result);
    }

    // ---- chapters and sections

    private void containers() {
        for (int i = 0; i < next.size(); i++) {
            ParsedProvision p = next.get(i);
            if (!container(p.kind())) {
                continue;
            }
            Integer found = firstOld(o -> o.kind().equals(p.kind())
                    && Texts.fold(o.label() + " " + o.heading()).equals(Texts.fold(p.label() + " " + p.heading())));
            if (found == null && p.heading() != null && !p.heading().isBlank()) {
                found = firstOld(o -> o.kind().equals(p.kind()) && Texts.fold(o.heading()).equals(Texts.fold(p.heading())));
            }
            if (found == null) {
                found = firstOld(o -> o.kind().equals(p.kind()) && Texts.fold(o.label()).equals(Texts.fold(p.label())));
            }
            if (found != null) {
                StoredProvision o = old.get(found);
                usedOld.add(found);
                boolean same = Objects.equals(o.label(), p.label()) && Objects.equals(o.text(), p.text());
                result[i] = new Match(o.id(), same ? "UNCHANGED" : "EDITED", List.of(o.id()));
            }
        }
    }

    private static boolean container(String kind) {
        return "CHAPTER".equals(kind) || "SECTION".equals(kind);
    }

    private Integer firstOld(java.util.function.Predicate<StoredProvision> test) {
        for (int j = 0; j < old.size(); j++) {
            if (!usedOld.contains(j) && test.test(old.get(j))) {
                return j;
            }
        }
        return null;
    }

    // ---- articles

    /** Matches articles; returns the groups (old indexes then -1 then new indexes) whose children to match. */
    private List<int[]> articles() {
        List<Integer> olds = indexes(old.stream().map(StoredProvision::kind).toList(), "ARTICLE");
        List<Integer> news = indexes(next.stream().map(ParsedProvision::kind).toList(), "ARTICLE");
        Map<Integer, Map<String, Integer>> oldWords = new HashMap<>();
        Map<Integer, String> oldText = new HashMap<>();
        for (int j : olds) {
            oldText.put(j, Texts.fold(oldWhole(j)));
            oldWords.put(j, words(oldText.get(j)));
        }
        Map<Integer, Map<String, Integer>> newWords = new HashMap<>();
        Map<Integer, String> newText = new HashMap<>();
        for (int i : news) {
            newText.put(i, Texts.fold(newWhole(i)));
            newWords.put(i, words(newText.get(i)));
        }
        Map<Integer, Integer> oneToOne = new HashMap<>();   // new index → old index
        Set<Integer> edited = new HashSet<>();
        List<int[]> groups = new ArrayList<>();
        Set<Integer> freeOld = new java.util.LinkedHashSet<>(olds);
        Set<Integer> freeNew = new java.util.LinkedHashSet<>(news);

        for (int i : news) {   // 1. the same text
            for (int j : freeOld) {
                if (oldText.get(j).equals(newText.get(i))) {
                    oneToOne.put(i, j);
                    freeOld.remove(j);
                    freeNew.remove(i);
                    break;
                }
            }
        }
        for (int j : new ArrayList<>(freeOld)) {   // 2. split
            List<Integer> parts = freeNew.stream()
                    .filter(i -> containment(newWords.get(i), oldWords.get(j)) >= CONTAINMENT).toList();
            if (parts.size() >= 2 && coverage(oldWords.get(j), parts.stream().map(newWords::get).toList()) >= COVERAGE) {
                long id = old.get(j).id();
                for (int k = 0; k < parts.size(); k++) {
                    result[parts.get(k)] = new Match(k == 0 ? id : null, "SPLIT", List.of(id));
                    freeNew.remove(parts.get(k));
                }
                freeOld.remove(j);
                usedOld.add(j);
                groups.add(group(List.of(j), parts));
            }
        }
        for (int i : new ArrayList<>(freeNew)) {   // 3. merge
            List<Integer> sources = freeOld.stream()
                    .filter(j -> containment(oldWords.get(j), newWords.get(i)) >= CONTAINMENT).toList();
            if (sources.size() >= 2
                    && coverage(newWords.get(i), sources.stream().map(oldWords::get).toList()) >= COVERAGE) {
                List<Long> ids = sources.stream().map(j -> old.get(j).id()).toList();
                result[i] = new Match(ids.get(0), "MERGED", ids);
                sources.forEach(j -> {
                    freeOld.remove(j);
                    usedOld.add(j);
                });
                freeNew.remove(i);
                groups.add(group(sources, List.of(i)));
            }
        }
        List<double[]> pairs = new ArrayList<>();   // 4. edited
        for (int i : freeNew) {
            for (int j : freeOld) {
                double s = dice(newWords.get(i), oldWords.get(j));
                if (s >= SIMILAR) {
                    pairs.add(new double[] {s, i, j});
                }
            }
        }
        pairs.sort(Comparator.<double[]>comparingDouble(p -> -p[0]).thenComparingDouble(p -> Math.abs(p[1] - p[2])));
        for (double[] p : pairs) {
            int i = (int) p[1];
            int j = (int) p[2];
            if (freeNew.contains(i) && freeOld.contains(j)) {
                oneToOne.put(i, j);
                edited.add(i);
                freeNew.remove(i);
                freeOld.remove(j);
            }
        }
        List<Integer> ordered = news.stream().filter(oneToOne::containsKey).toList();   // moved?
        Set<Integer> kept = new HashSet<>(Sequences.longestIncreasing(ordered.stream().map(oneToOne::get).toList()));
        for (int k = 0; k < ordered.size(); k++) {
            int i = ordered.get(k);
            int j = oneToOne.get(i);
            usedOld.add(j);
            long id = old.get(j).id();
            boolean moved = !kept.contains(k) || !Objects.equals(old.get(j).parentId(), newParentId(i));
            String change = moved ? (edited.contains(i) ? "MOVED_EDITED" : "MOVED")
                    : edited.contains(i) ? "EDITED" : "UNCHANGED";
            result[i] = new Match(id, change, List.of(id));
            groups.add(group(List.of(j), List.of(i)));
        }
        return groups;
    }

    private Long newParentId(int i) {
        int parent = next.get(i).parent();
        return parent < 0 || result[parent] == null ? null : result[parent].provisionId();
    }

    private static int[] group(List<Integer> olds, List<Integer> news) {
        int[] g = new int[olds.size() + 1 + news.size()];
        int k = 0;
        for (int j : olds) {
            g[k++] = j;
        }
        g[k++] = -1;
        for (int i : news) {
            g[k++] = i;
        }
        return g;
    }

    // ---- clauses and points

    private void children(int[] group) {
        List<Integer> olds = new ArrayList<>();
        List<Integer> news = new ArrayList<>();
        boolean newSide = false;
        for (int x : group) {
            if (x < 0) {
                newSide = true;
            }
            else if (newSide) {
                news.addAll(newDescendants(x));
            }
            else {
                olds.addAll(oldDescendants(x));
            }
        }
        Set<Integer> freeOld = new java.util.LinkedHashSet<>(olds);
        List<Integer> freeNew = new ArrayList<>();
        for (int i : news) {
            ParsedProvision p = next.get(i);
            Integer found = null;
            for (int j : freeOld) {
                StoredProvision o = old.get(j);
                if (o.kind().equals(p.kind()) && Texts.fold(o.text()).equals(Texts.fold(p.text()))) {
                    found = j;
                    break;
                }
            }
            if (found == null) {
                freeNew.add(i);
                continue;
            }
            freeOld.remove(found);
            StoredProvision o = old.get(found);
            boolean renumbered = !Texts.fold(o.label()).equals(Texts.fold(p.label()));
            boolean same = Objects.equals(o.text(), p.text());
            result[i] = new Match(o.id(), renumbered ? "MOVED" : same ? "UNCHANGED" : "EDITED", List.of(o.id()));
        }
        List<double[]> pairs = new ArrayList<>();
        for (int i : freeNew) {
            for (int j : freeOld) {
                if (old.get(j).kind().equals(next.get(i).kind())) {
                    double s = dice(words(Texts.fold(next.get(i).text())), words(Texts.fold(old.get(j).text())));
                    if (s >= SIMILAR) {
                        pairs.add(new double[] {s, i, j});
                    }
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(p -> -p[0]));
        Set<Integer> taken = new HashSet<>();
        for (double[] p : pairs) {
            int i = (int) p[1];
            int j = (int) p[2];
            if (result[i] == null && !taken.contains(j)) {
                taken.add(j);
                long id = old.get(j).id();
                result[i] = new Match(id, "EDITED", List.of(id));
            }
        }
    }

    private List<Integer> newDescendants(int root) {
        List<Integer> out = new ArrayList<>();
        Set<Integer> inside = new HashSet<>(Set.of(root));
        for (int i = root + 1; i < next.size(); i++) {
            if (inside.contains(next.get(i).parent())) {
                inside.add(i);
                out.add(i);
            }
        }
        return out;
    }

    private List<Integer> oldDescendants(int root) {
        List<Integer> out = new ArrayList<>();
        Set<Long> inside = new HashSet<>(Set.of(old.get(root).id()));
        for (int j = root + 1; j < old.size(); j++) {
            if (old.get(j).parentId() != null && inside.contains(old.get(j).parentId())) {
                inside.add(old.get(j).id());
                out.add(j);
            }
        }
        return out;
    }

    private String newWhole(int root) {
        StringBuilder text = new StringBuilder(next.get(root).text());
        for (int i : newDescendants(root)) {
            text.append('\n').append(next.get(i).label()).append(' ').append(next.get(i).text());
        }
        return text.toString();
    }

    private String oldWhole(int root) {
        StringBuilder text = new StringBuilder(old.get(root).text());
        for (int j : oldDescendants(root)) {
            text.append('\n').append(old.get(j).label()).append(' ').append(old.get(j).text());
        }
        return text.toString();
    }

    // ---- word multisets

    private static List<Integer> indexes(List<String> kinds, String kind) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            if (kind.equals(kinds.get(i))) {
                out.add(i);
            }
        }
        return out;
    }

    /** The folded words of {@code folded} with their counts. */
    static Map<String, Integer> words(String folded) {
        Map<String, Integer> counts = new HashMap<>();
        for (String w : folded.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                counts.merge(w, 1, Integer::sum);
            }
        }
        return counts;
    }

    private static int size(Map<String, Integer> a) {
        return a.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static int common(Map<String, Integer> a, Map<String, Integer> b) {
        int n = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            n += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
        }
        return n;
    }

    /** Dice similarity of two word multisets (0 when both are empty). */
    static double dice(Map<String, Integer> a, Map<String, Integer> b) {
        int total = size(a) + size(b);
        return total == 0 ? 0 : 2.0 * common(a, b) / total;
    }

    /** The share of {@code a}'s words found in {@code b}. */
    static double containment(Map<String, Integer> a, Map<String, Integer> b) {
        int n = size(a);
        return n == 0 ? 0 : (double) common(a, b) / n;
    }

    /** The share of {@code whole}'s words found in the parts together. */
    static double coverage(Map<String, Integer> whole, List<Map<String, Integer>> parts) {
        Map<String, Integer> union = new HashMap<>();
        parts.forEach(p -> p.forEach((w, c) -> union.merge(w, c, Integer::sum)));
        return containment(whole, union);
    }
}
