package vn.phoihop.reporting.rollup;

/**
 * Which hierarchy a roll-up follows: {@link #HISTORICAL}, the one in force on each period's last day (2024 Bắc Giang
 * data counts under the former province), or {@link #CURRENT}, today's, reached through successions (2024 Bắc Giang
 * data counts under today's Bắc Ninh).
 */
public enum Hierarchy {
    CURRENT("C"), HISTORICAL("H");

    private final String column;

    Hierarchy(String column) {
        this.column = column;
    }

    /** The value of report_total.hierarchy. */
    String column() {
        return column;
    }

    /** The API's spelling: {@code current}, {@code historical}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
