package vn.phoihop.reporting.rollup;

import java.util.Collection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.platform.VietnamTime;

/**
 * Keeps the roll-up totals (report_total) equal to the sum over accepted values, inside the caller's transaction:
 * accepting a submission adds its numbers to every ancestor of its organisation in both hierarchies (H: as in force
 * on the period's last day; C: today's, through the organisation's successors), taking it back subtracts them from
 * the same rows (report_contribution remembers which, with each organisation's parent in that hierarchy, so a total
 * row knows whose child it is). Two statements to count, three to take back, whatever the number of values; the
 * rows touched grow with the hierarchy's depth: (depth + 1) × 2 × the submission's numeric indicators.
 *
 * <p>Rows are written in key order, so concurrent acceptances that share ancestors (the national row) queue on the
 * row locks instead of deadlocking. A total whose count falls to zero is deleted, so the table holds only rows with
 * accepted data.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class RollupTotals {

    private static final String CONTRIBUTIONS = """
            INSERT INTO report_contribution (submission_id, hierarchy, organization_id, parent_id)
            SELECT s.id, 'H', a.ancestor_id, lead(a.ancestor_id) OVER (PARTITION BY s.id ORDER BY a.depth)
            FROM report_submission s JOIN report_period p ON p.id = s.period_id
                CROSS JOIN LATERAL organization_ancestors_on(s.organization_id, p.ends_on) a WHERE s.id = ANY(:s)
            UNION
            SELECT s.id, 'C', a.ancestor_id, lead(a.ancestor_id) OVER (PARTITION BY s.id ORDER BY a.depth)
            FROM report_submission s
                CROSS JOIN LATERAL organization_current_ancestors(s.organization_id, :today) a WHERE s.id = ANY(:s)
            """;

    private static final String APPLY = """
            INSERT INTO report_total AS t (hierarchy, indicator_code, organization_id, period_id, parent_id,
                                           value_sum, value_count)
            SELECT c.hierarchy, v.indicator_code, c.organization_id, s.period_id, max(c.parent_id),
                   :sign * sum(v.number_value), :sign * count(*)
            FROM report_contribution c
            JOIN report_submission s ON s.id = c.submission_id
            JOIN report_value v ON v.submission_id = c.submission_id AND v.number_value IS NOT NULL
            WHERE c.submission_id = ANY(:s)
            GROUP BY c.hierarchy, v.indicator_code, c.organization_id, s.period_id
            ORDER BY c.hierarchy, v.indicator_code, c.organization_id, s.period_id
            ON CONFLICT (hierarchy, indicator_code, organization_id, period_id) DO UPDATE
            SET value_sum = t.value_sum + EXCLUDED.value_sum, value_count = t.value_count + EXCLUDED.value_count,
                parent_id = CASE WHEN EXCLUDED.value_count > 0 THEN EXCLUDED.parent_id ELSE t.parent_id END
            """;

    private static final String EMPTIED = """
            DELETE FROM report_total t
            USING (SELECT DISTINCT c.hierarchy, v.indicator_code, c.organization_id, s.period_id
                   FROM report_contribution c
                   JOIN report_submission s ON s.id = c.submission_id
                   JOIN report_value v ON v.submission_id = c.submission_id AND v.number_value IS NOT NULL
                   WHERE c.submission_id = ANY(:s)) k
            WHERE t.hierarchy = k.hierarchy AND t.indicator_code = k.indicator_code
              AND t.organization_id = k.organization_id AND t.period_id = k.period_id AND t.value_count = 0
            """;

    private final JdbcClient jdbc;

    RollupTotals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts the accepted submission's numbers; call in the transaction that accepts it. */
    public void accepted(long submissionId) {
        acceptedAll(new Long[] { submissionId });
    }

    /** Takes an accepted submission's numbers back out (returned after acceptance, or recounted). */
    public void withdrawn(long submissionId) {
        withdrawnAll(new Long[] { submissionId });
    }

    /** {@link #accepted} for many submissions in the same three statements (a recount, a generator). */
    void acceptedAll(Collection<Long> submissionIds) {
        acceptedAll(submissionIds.toArray(Long[]::new));
    }

    /** {@link #withdrawn} for many submissions in the same three statements. */
    void withdrawnAll(Collection<Long> submissionIds) {
        withdrawnAll(submissionIds.toArray(Long[]::new));
    }

    private void acceptedAll(Long[] ids) {
        jdbc.sql(CONTRIBUTIONS).param("s", ids).param("today", VietnamTime.today()).update();
        jdbc.sql(APPLY).param("s", ids).param("sign", 1).update();
    }

    private void withdrawnAll(Long[] ids) {
        jdbc.sql(APPLY).param("s", ids).param("sign", -1).update();
        jdbc.sql(EMPTIED).param("s", ids).update();
        jdbc.sql("DELETE FROM report_contribution WHERE submission_id = ANY(:s)").param("s", ids).update();
    }
}
