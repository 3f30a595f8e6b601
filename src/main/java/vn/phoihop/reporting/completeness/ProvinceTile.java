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

    private static final String[] FILLS = { "#e9ecef", "#dc3545", "#fd7e14", "#ffc107", "#8bc34a", "#198754" };
    private static final String[] INKS = { "#212529", "#ffffff", "#212529", "#212529", "#212529", "#ffffff" };

    /** The tile's fill colour: by band, pale grey outside the reader's scope. */
    public String fill() {
        return inScope ? FILLS[band()] : "#f8f9fa";
    }

    /** The colour of the tile's text, contrasting with {@link #fill()}. */
    public String ink() {
        return inScope ? INKS[band()] : "#495057";
    }

    /** The tile's left edge in the map's SVG (user units). */
    public int x() {
        return column * 76;
    }

    /** The tile's top edge in the map's SVG (user units). */
    public int y() {
        return row * 48;
    }
}
