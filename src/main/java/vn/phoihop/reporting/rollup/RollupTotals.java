package vn.phoihop.reporting.rollup;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.platform.VietnamTime;

/**
 * Keeps the roll-up totals (report_total) equal to the sum over accepted values, inside the caller's transaction:
 * accepting a submission adds its numbers to every ancestor of its organisation in both hierarchies (H: as in force
 * on the period's last day; C: today's, through the organisation's successors), taking it back subtracts them from
 * the same rows (report_contribution remembers which). Two statements per call whatever the number of values; the
 * rows touched grow with the hierarchy's depth: (depth + 1) × 2 × the submission's numeric indicators.
 *
 * <p>Rows are written in key order, so concurrent acceptances that share ancestors (the national row) queue on the
 * row locks instead of deadlocking.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class RollupTotals {

    private static final String CONTRIBUTIONS = """
            INSERT INTO report_contribution (submission_id, hierarchy, organization_id)
            SELECT s.id, 'H', a.ancestor_id FROM report_submission s JOIN report_period p ON p.id = s.period_id
                CROSS JOIN LATERAL organization_ancestors_on(s.organization_id, p.ends_on) a WHERE s.id = :s
            UNION
            SELECT s.id, 'C', a.ancestor_id FROM report_submission s
                CROSS JOIN LATERAL organization_current_ancestors(s.organization_id, :today) a WHERE s.id = :s
            """;

    private static final String APPLY = """
            INSERT INTO report_total AS t (hierarchy, indicator_code, organization_id, period_id, value_sum, value_count)
            SELECT c.hierarchy, v.indicator_code, c.organization_id, s.period_id,
                   :sign * sum(v.number_value), :sign * count(*)
            FROM report_contribution c
            JOIN report_submission s ON s.id = c.submission_id
            JOIN report_value v ON v.submission_id = c.submission_id AND v.number_value IS NOT NULL
            WHERE c.submission_id = :s
            GROUP BY c.hierarchy, v.indicator_code, c.organization_id, s.period_id
            ORDER BY c.hierarchy, v.indicator_code, c.organization_id, s.period_id
            ON CONFLICT (hierarchy, indicator_code, organization_id, period_id) DO UPDATE
            SET value_sum = t.value_sum + EXCLUDED.value_sum, value_count = t.value_count + EXCLUDED.value_count
            """;

    private final JdbcClient jdbc;

    RollupTotals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts the accepted submission's numbers; call in the transaction that accepts it. */
    public void accepted(long submissionId) {
        jdbc.sql(CONTRIBUTIONS).param("s", submissionId).param("today", VietnamTime.today()).update();
        jdbc.sql(APPLY).param("s", submissionId).param("sign", 1).update();
    }

    /** Takes an accepted submission's numbers back out (returned after acceptance, or recounted). */
    public void withdrawn(long submissionId) {
        jdbc.sql(APPLY).param("s", submissionId).param("sign", -1).update();
        jdbc.sql("DELETE FROM report_contribution WHERE submission_id = :s").param("s", submissionId).update();
        jdbc.sql("DELETE FROM report_total WHERE value_count = 0 AND value_sum = 0 AND (hierarchy, indicator_code,"
                + " organization_id, period_id) IN (SELECT t.hierarchy, t.indicator_code, t.organization_id, t.period_id"
                + " FROM report_total t JOIN report_submission s ON s.period_id = t.period_id WHERE s.id = :s)")
                .param("s", submissionId).update();
    }
}
