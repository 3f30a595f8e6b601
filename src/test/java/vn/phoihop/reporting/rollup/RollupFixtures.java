package vn.phoihop.reporting.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.platform.VietnamTime;

/**
 * Submissions written straight into the schema for roll-up tests, accepted and taken back through the real
 * {@link RollupTotals} in committed transactions of their own, and the brute force every roll-up must equal: the
 * sum over accepted raw values, placed with the registry's functions (never with report_contribution).
 */
@Component
public class RollupFixtures {

    private final JdbcClient jdbc;
    private final RollupTotals totals;
    private final TransactionTemplate transactions;

    RollupFixtures(JdbcClient jdbc, RollupTotals totals, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.totals = totals;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A SUBMITTED submission of {@code org} for {@code period} with these numbers (indicator → value). */
    public long submitted(long period, long version, long org, Map<String, BigDecimal> values) {
        return transactions.execute(s -> {
            long id = jdbc.sql("""
                    INSERT INTO report_submission (period_id, template_version_id, organization_id, status,
                        first_submitted_at, submitted_at, submitted_by, created_by)
                    VALUES (:p, :v, :o, 'SUBMITTED', now(), now(), 'test', 'test') RETURNING id
                    """).param("p", period).param("v", version).param("o", org).query(Long.class).single();
            values.forEach((code, value) -> jdbc.sql("INSERT INTO report_value (submission_id, indicator_code,"
                    + " number_value) VALUES (:s, :c, :v)").param("s", id).param("c", code).param("v", value)
                    .update());
            return id;
        });
    }

    /** Accepts the submission and counts it, in one transaction (as the review does). */
    public void accept(long submission) {
        transactions.executeWithoutResult(s -> {
            jdbc.sql("UPDATE report_submission SET status = 'ACCEPTED', reviewed_at = now(), reviewed_by = 'test'"
                    + " WHERE id = :id").param("id", submission).update();
            totals.accepted(submission);
        });
    }

    /** Returns an accepted submission and takes its numbers back out, in one transaction. */
    public void giveBack(long submission) {
        transactions.executeWithoutResult(s -> {
            jdbc.sql("UPDATE report_submission SET status = 'RETURNED', return_reason = 'thử' WHERE id = :id")
                    .param("id", submission).update();
            totals.withdrawn(submission);
        });
    }

    /** Brute force: Σ and count of the accepted values of {@code indicator} beneath {@code org} in these periods. */
    Sum bruteForce(String indicator, long org, List<Long> periods, Hierarchy hierarchy) {
        return jdbc.sql("SELECT coalesce(sum(v.number_value), 0), count(v.number_value)" + FROM + """
                  AND EXISTS (SELECT 1 FROM %s a WHERE a.ancestor_id = :o)
                """.formatted(ancestors(hierarchy))).param("i", indicator).param("o", org)
                .param("p", periods.toArray(Long[]::new)).param("today", VietnamTime.today())
                .query((rs, n) -> new Sum(rs.getBigDecimal(1), rs.getLong(2))).single();
    }

    /** Brute force per child of {@code org}: the ancestor one level below it on each value's chain. */
    Map<Long, Sum> bruteForceChildren(String indicator, long org, List<Long> periods, Hierarchy hierarchy) {
        Map<Long, Sum> children = new HashMap<>();
        jdbc.sql("""
                SELECT ch.ancestor_id, sum(v.number_value), count(v.number_value)
                FROM report_submission s JOIN report_period p ON p.id = s.period_id
                JOIN report_value v ON v.submission_id = s.id AND v.indicator_code = :i AND v.number_value IS NOT NULL
                JOIN LATERAL (SELECT a.ancestor_id FROM %1$s a WHERE a.depth = (SELECT b.depth - 1 FROM %1$s b
                              WHERE b.ancestor_id = :o)) ch ON TRUE
                WHERE s.status = 'ACCEPTED' AND s.period_id = ANY(:p)
                GROUP BY ch.ancestor_id
                """.formatted(ancestors(hierarchy))).param("i", indicator).param("o", org)
                .param("p", periods.toArray(Long[]::new)).param("today", VietnamTime.today())
                .query(rs -> {
                    children.put(rs.getLong(1), new Sum(rs.getBigDecimal(2), rs.getLong(3)));
                });
        return children;
    }

    private static final String FROM = """
             FROM report_submission s JOIN report_period p ON p.id = s.period_id
            JOIN report_value v ON v.submission_id = s.id AND v.indicator_code = :i AND v.number_value IS NOT NULL
            WHERE s.status = 'ACCEPTED' AND s.period_id = ANY(:p)
            """;

    private static String ancestors(Hierarchy hierarchy) {
        return hierarchy == Hierarchy.HISTORICAL ? "organization_ancestors_on(s.organization_id, p.ends_on)"
                : "organization_current_ancestors(s.organization_id, :today)";
    }

    /**
     * Asserts that the roll-up of {@code indicator} (a SUM indicator) over {@code org} and the months equals the brute
     * force: the total, each period and each child row (every child with accepted values, no other).
     */
    void assertMatches(Rollups rollups, String indicator, long org, YearMonth from, YearMonth to,
            Hierarchy hierarchy, String context) {
        Rollup rollup = rollups.rollup(new RollupQuery(indicator, org, from, to, hierarchy));
        List<Long> periods = jdbc.sql("SELECT p.id FROM report_period p JOIN report_indicator i ON i.code = :i"
                + " JOIN report_template_version v ON v.id = i.version_id WHERE p.template_id = v.template_id"
                + " AND p.starts_on >= :from AND p.ends_on <= :to ORDER BY p.starts_on").param("i", indicator)
                .param("from", from.atDay(1)).param("to", to.atEndOfMonth()).query(Long.class).list();
        String where = context + " " + hierarchy + " org " + org + " " + from + ".." + to;
        assertThat(rollup.total()).as("total " + where)
                .isEqualByComparingTo(bruteForce(indicator, org, periods, hierarchy).sum());
        assertThat(rollup.periods()).hasSize(periods.size());
        for (int i = 0; i < periods.size(); i++) {
            assertThat(rollup.periods().get(i).value()).as("period " + i + " " + where).isEqualByComparingTo(
                    bruteForce(indicator, org, List.of(periods.get(i)), hierarchy).sum());
        }
        Map<Long, BigDecimal> rows = new HashMap<>();
        rollup.rows().forEach(r -> rows.put(r.organizationId(), r.value()));
        Map<Long, Sum> expected = bruteForceChildren(indicator, org, periods, hierarchy);
        assertThat(rows.keySet()).as("children " + where).isEqualTo(expected.keySet());
        expected.forEach((child, sum) -> assertThat(rows.get(child)).as("child " + child + " " + where)
                .isEqualByComparingTo(sum.sum()));
    }

    /** A sum and a count. */
    record Sum(BigDecimal sum, long count) {
    }
}
