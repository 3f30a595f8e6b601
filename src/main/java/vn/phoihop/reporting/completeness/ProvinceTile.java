package vn.phoihop.reporting.completeness;

/**
 * One of today's 34 provinces on the tile map, with the completeness of the reports that count under it today
 * (those of its reporters and of their predecessors).
 *
 * @param officialCode the province's official code (the detail page's key)
 * @param column the tile's column in {@link TileLayout}
 * @param row the tile's row
 * @param inScope whether the reader's scope holds the province's reporters (otherwise the tile is greyed)
 */
public record ProvinceTile(String officialCode, String name, int column, int row, boolean inScope, Counts counts) {

    /** The colour band of the tile's completion rate: 0 (none expected), 1 (&lt; 50 %) ... 5 (100 %). */
    public int band() {
        Integer rate = counts.rate();
        if (rate == null) {
            return 0;
        }
        return rate >= 100 ? 5 : rate >= 90 ? 4 : rate >= 75 ? 3 : rate >= 50 ? 2 : 1;
    }
}
