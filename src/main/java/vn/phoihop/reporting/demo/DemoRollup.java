package vn.phoihop.reporting.demo;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.platform.VietnamTime;

/**
 * Counts many accepted demo submissions at once, exactly as {@code rollup.RollupTotals#accepted} counts one
 * (ReportingDemoTests proves both give the same totals): contributions to every ancestor on the period's last day
 * (H) and to today's ancestors through the organisation's successors (C), then one aggregated upsert of the totals in
 * key order. The hierarchy functions run once per organisation and day instead of once per submission, which keeps
 * the demo's start fast.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class DemoRollup {

    private static final String CONTRIBUTIONS = """
            WITH s AS (SELECT s.id, s.organization_id, p.ends_on FROM report_submission s
                       JOIN report_period p ON p.id = s.period_id WHERE s.id = ANY (:ids)),
                 historical AS (SELECT d.organization_id, d.ends_on, a.ancestor_id
                                FROM (SELECT DISTINCT organization_id, ends_on FROM s) d
                                CROSS JOIN LATERAL organization_ancestors_on(d.organization_id, d.ends_on) a),
                 current AS (SELECT d.organization_id, a.ancestor_id
                             FROM (SELECT DISTINCT organization_id FROM s) d
                             CROSS JOIN LATERAL organization_current_ancestors(d.organization_id, :today) a)
            INSERT INTO report_contribution (submission_id, hierarchy, organization_id)
            SELECT s.id, 'H', h.ancestor_id FROM s JOIN historical h ON h.organization_id = s.organization_id
                AND h.ends_on = s.ends_on
            UNION
            SELECT s.id, 'C', c.ancestor_id FROM s JOIN current c ON c.organization_id = s.organization_id
            """;

    private static final String APPLY = """
            INSERT INTO report_total AS t (hierarchy, indicator_code, organization_id, period_id, value_sum, value_count)
            SELECT c.hierarchy, v.indicator_code, c.organization_id, s.period_id, sum(v.number_value), count(*)
            FROM report_contribution c
            JOIN report_submission s ON s.id = c.submission_id
            JOIN report_value v ON v.submission_id = c.submission_id AND v.number_value IS NOT NULL
            WHERE c.submission_id = ANY (:ids)
            GROUP BY c.hierarchy, v.indicator_code, c.organization_id, s.period_id
            ORDER BY c.hierarchy, v.indicator_code, c.organization_id, s.period_id
            ON CONFLICT (hierarchy, indicator_code, organization_id, period_id) DO UPDATE
            SET value_sum = t.value_sum + EXCLUDED.value_sum, value_count = t.value_count + EXCLUDED.value_count
            """;

    private final JdbcClient jdbc;

    DemoRollup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts the accepted submissions {@code ids} (none of them counted yet); call in the seeding transaction. */
    void accepted(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Long[] array = ids.toArray(Long[]::new);
        jdbc.sql(CONTRIBUTIONS).param("ids", array).param("today", VietnamTime.today()).update();
        jdbc.sql(APPLY).param("ids", array).update();
    }
}
