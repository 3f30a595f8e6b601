package vn.phoihop.document.search;

import java.util.List;

/**
 * A page of documents found, best first, and how many the reader may read in all (the count never includes a
 * document the reader may not read: the reading rule is part of the query).
 */
public record SearchResult(List<DocumentHit> items, long total, int page, int size) {

    public int pages() {
        return (int) ((total + size - 1) / size);
    }
}
