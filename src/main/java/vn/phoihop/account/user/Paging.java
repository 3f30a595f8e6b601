package vn.phoihop.account.user;

/**
 * Clamps paging parameters before they reach a query, so no value (negative, huge) can make an offset overflow
 * or a query ask for an unbounded page: page in [0, {@link #MAX_PAGE}], size in [1, {@link #MAX_SIZE}]. A page
 * beyond the last one is simply empty.
 */
public final class Paging {

    /** The highest page number served; far beyond any real list at the sizes below. */
    public static final int MAX_PAGE = 100_000;

    public static final int MAX_SIZE = 200;

    private Paging() {
    }

    public static int page(int page) {
        return Math.min(Math.max(page, 0), MAX_PAGE);
    }

    public static int size(int size) {
        return Math.min(Math.max(size, 1), MAX_SIZE);
    }
}
