package vn.phoihop.reporting.rollup;

import java.math.BigDecimal;
import java.util.List;

/**
 * A roll-up's answer (also the API's JSON): the total over the organisation's subtree and the months, the series
 * per period, and one row per child organisation within the reader's scope that has accepted data in the range.
 *
 * @param from first month, {@code YYYY-MM}
 * @param to last month, {@code YYYY-MM}
 * @param hierarchy {@code current} or {@code historical}
 * @param aggregation {@code SUM} or {@code AVERAGE} (Σ sums / Σ counts over the accepted values)
 * @param total {@code null} when an average has no value to average
 */
public record Rollup(String indicator, String indicatorName, long organizationId, String organizationName,
        String from, String to, String hierarchy, String aggregation, BigDecimal total, List<PeriodValue> periods,
        List<Row> rows) {

    public Rollup {
        periods = List.copyOf(periods);
        rows = List.copyOf(rows);
    }

    /** One period of the series. */
    public record PeriodValue(String code, String name, BigDecimal value) {
    }

    /**
     * One child organisation: in the historical hierarchy every organisation that was a child in some period of the
     * range, named as of the last such period; in the current one today's children, with today's names.
     */
    public record Row(long organizationId, String name, BigDecimal value) {
    }
}
