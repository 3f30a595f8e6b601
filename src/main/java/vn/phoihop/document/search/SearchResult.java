package vn.phoihop.document.search;

import java.util.List;

/**
 * A page of documents found, best first, and how many the reader may read in all (the count never includes a
 * document the reader may not read: the reading rule is part of the query).
 *
 * @param total how many match when {@code totalExact}; otherwise a lower bound: more than {@code total} match
 *     (matches are counted only up to {@link DocumentSearch#COUNT_LIMIT}, or to the end of the page asked for)
 * @param totalExact whether {@code total} is the exact number
 */
public record SearchResult(List<DocumentHit> items, long total, boolean totalExact, int page, int size) {

    /** Pages to offer: all of them for an exact total, else at least one after this one. */
    public int pages() {
        int counted = (int) ((total + size - 1) / size);
        return totalExact ? counted : Math.max(counted, page + 2);
    }
}
