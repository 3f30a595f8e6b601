package vn.phoihop.consultation.redline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The comparison of two versions' articles, given which articles of the earlier version each later article came from
 * ({@code sources}: composed across the versions in between). Pure.
 * <ul>
 * <li>a later article without sources is {@code ADDED}; an earlier one that is nobody's source is {@code REMOVED};</li>
 * <li>one earlier article that is the source of several later ones is {@code SPLIT} (one row, the parts in order);
 * one later article with several sources is {@code MERGED};</li>
 * <li>one to one: {@code MOVED} when its parent changed or it left the order of the others (it is not on the longest
 * run of one-to-one articles that kept their relative order), else {@code EDITED} when words changed, else
 * {@code UNCHANGED}.</li>
 * </ul>
 * Rows come in the later version's order; a removed article comes right before the first row whose earlier articles
 * follow it, so it stays near its old neighbours.
 */
public final class RedlineComparison {

    private RedlineComparison() {
    }

    /** The redline rows from {@code before} to {@code after}. */
    public static List<RedlineEntry> compare(List<RedlineArticle> before, List<RedlineArticle> after,
            Map<Long, Set<Long>> sources) {
        List<RedlineArticle> older = before.stream().sorted(Comparator.comparingInt(RedlineArticle::order)).toList();
        List<RedlineArticle> newer = after.stream().sorted(Comparator.comparingInt(RedlineArticle::order)).toList();
        Map<Long, RedlineArticle> oldById = new HashMap<>();
        older.forEach(a -> oldById.put(a.provisionId(), a));
        Map<Long, List<RedlineArticle>> successors = new HashMap<>();
        Map<Long, List<RedlineArticle>> origins = new HashMap<>();
        for (RedlineArticle a : newer) {
            List<RedlineArticle> from = sources.getOrDefault(a.provisionId(), Set.of()).stream()
                    .map(oldById::get).filter(o -> o != null)
                    .sorted(Comparator.comparingInt(RedlineArticle::order)).toList();
            origins.put(a.provisionId(), from);
            from.forEach(o -> successors.computeIfAbsent(o.provisionId(), k -> new ArrayList<>()).add(a));
        }
        Set<Long> outOfOrder = outOfOrder(newer, origins, successors);

        List<RedlineEntry> rows = new ArrayList<>();
        Set<Long> done = new HashSet<>();
        int nextOld = 0;
        for (RedlineArticle a : newer) {
            if (done.contains(a.provisionId())) {
                continue;
            }
            List<RedlineArticle> from = origins.get(a.provisionId());
            if (!from.isEmpty()) {
                int upTo = from.get(0).order();
                while (nextOld < older.size() && older.get(nextOld).order() < upTo) {
                    RedlineArticle o = older.get(nextOld++);
                    if (!successors.containsKey(o.provisionId())) {
                        rows.add(row(RedlineKind.REMOVED, List.of(o), List.of()));
                    }
                }
            }
            if (from.isEmpty()) {
                rows.add(row(RedlineKind.ADDED, List.of(), List.of(a)));
            }
            else if (from.size() > 1) {
                rows.add(row(RedlineKind.MERGED, from, List.of(a)));
            }
            else {
                List<RedlineArticle> parts = successors.get(from.get(0).provisionId());
                if (parts.size() > 1) {
                    parts.forEach(p -> done.add(p.provisionId()));
                    rows.add(row(RedlineKind.SPLIT, from, parts));
                }
                else {
                    RedlineArticle o = from.get(0);
                    boolean moved = outOfOrder.contains(a.provisionId())
                            || !java.util.Objects.equals(o.parentId(), a.parentId());
                    RedlineEntry plain = row(RedlineKind.EDITED, from, List.of(a));
                    RedlineKind kind = moved ? RedlineKind.MOVED
                            : plain.edited() ? RedlineKind.EDITED : RedlineKind.UNCHANGED;
                    rows.add(new RedlineEntry(kind, plain.before(), plain.after(), plain.diff(), plain.edited()));
                }
            }
        }
        while (nextOld < older.size()) {
            RedlineArticle o = older.get(nextOld++);
            if (!successors.containsKey(o.provisionId())) {
                rows.add(row(RedlineKind.REMOVED, List.of(o), List.of()));
            }
        }
        return rows;
    }

    private static RedlineEntry row(RedlineKind kind, List<RedlineArticle> before, List<RedlineArticle> after) {
        RedlineEntry draft = new RedlineEntry(kind, before, after, List.of(), false);
        List<WordDiff.Segment> diff = WordDiff.diff(draft.beforeText(), draft.afterText());
        return new RedlineEntry(kind, before, after, diff, !WordDiff.unchanged(diff));
    }

    /**
     * The one-to-one later articles that are not on a longest run keeping the earlier order (those moved out of
     * order).
     */
    private static Set<Long> outOfOrder(List<RedlineArticle> newer, Map<Long, List<RedlineArticle>> origins,
            Map<Long, List<RedlineArticle>> successors) {
        List<RedlineArticle> single = new ArrayList<>();
        List<Integer> oldOrder = new ArrayList<>();
        for (RedlineArticle a : newer) {
            List<RedlineArticle> from = origins.get(a.provisionId());
            if (from.size() == 1 && successors.get(from.get(0).provisionId()).size() == 1) {
                single.add(a);
                oldOrder.add(from.get(0).order());
            }
        }
        Set<Integer> kept = new LinkedHashSet<>(Sequences.longestIncreasing(oldOrder));
        Set<Long> out = new HashSet<>();
        for (int i = 0; i < single.size(); i++) {
            if (!kept.contains(i)) {
                out.add(single.get(i).provisionId());
            }
        }
        return out;
    }
}
