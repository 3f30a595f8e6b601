package vn.phoihop.reporting.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reporting demo data's invariants: the roll-up totals equal a brute-force sum over the accepted raw values in
 * both hierarchies, late flags agree with the due dates, statuses with their events, reporters with the assignments
 * across the 2025 merger, the party-work rule holds, the Hà Nội canary is there and not accepted, and a second run
 * adds nothing.
 */
@SpringBootTest
class ReportingDemoTests {

    private static final String DEMO = " JOIN report_period p ON p.id = s.period_id JOIN report_template t"
            + " ON t.id = p.template_id AND t.code IN ('PH_KQPH', 'CTD_TK') JOIN organization o ON o.id = s.organization_id"
            + " AND o.kind = 'PROVINCIAL_POLICE'";

    @Autowired JdbcClient jdbc;
    @Autowired ReportingDemo demo;
    @Autowired DemoRollup demoRollup;
    @Autowired vn.phoihop.reporting.rollup.RollupTotals rollupTotals;
    @Autowired org.springframework.transaction.PlatformTransactionManager transactionManager;

    /**
     * The demo counts its accepted submissions set-wise ({@link DemoRollup}); taking a sample of them back out with
     * {@code RollupTotals.withdrawn} and counting them again, once set-wise and once one by one with
     * {@code RollupTotals.accepted}, gives the same totals and contributions both times (rolled back afterwards).
     */
    @Test
    void theSetWiseCountEqualsRollupTotalsOneByOne() {
        new org.springframework.transaction.support.TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
            tx.setRollbackOnly();
            List<Long> sample = jdbc.sql("SELECT s.id FROM report_submission s" + DEMO + " WHERE s.status = 'ACCEPTED'"
                    + " ORDER BY md5(s.id::text) LIMIT 120").query(Long.class).list();
            List<String> before = snapshot(sample);
            sample.forEach(rollupTotals::withdrawn);
            assertThat(snapshot(sample)).isNotEqualTo(before);
            demoRollup.accepted(sample);
            assertThat(snapshot(sample)).isEqualTo(before);
            sample.forEach(rollupTotals::withdrawn);
            sample.forEach(rollupTotals::accepted);
            assertThat(snapshot(sample)).isEqualTo(before);
        });
    }

    /** The demo's non-empty totals and the sample's contributions, as sorted lines. */
    private List<String> snapshot(List<Long> sample) {
        List<String> lines = new java.util.ArrayList<>(jdbc.sql("SELECT t.hierarchy || ' ' || t.indicator_code || ' '"
                + " || t.organization_id || ' ' || t.period_id || ' ' || trim_scale(t.value_sum) || ' ' || t.value_count"
                + " FROM report_total t JOIN report_period p ON p.id = t.period_id JOIN report_template m"
                + " ON m.id = p.template_id AND m.code IN ('PH_KQPH', 'CTD_TK') WHERE t.value_count > 0")
                .query(String.class).list());
        lines.addAll(jdbc.sql("SELECT submission_id || ' ' || hierarchy || ' ' || organization_id FROM"
                + " report_contribution WHERE submission_id = ANY (:s)").param("s", sample.toArray(Long[]::new))
                .query(String.class).list());
        java.util.Collections.sort(lines);
        return lines;
    }

    @ParameterizedTest(name = "{0} in hierarchy {1}")
    @CsvSource({ "PH_VAN_BAN,H", "PH_VAN_BAN,C", "CTD_DANG_VIEN,H", "CTD_DANG_VIEN,C" })
    void rollupTotalsEqualTheBruteForceSumOfAcceptedValues(String indicator, String hierarchy) {
        String ancestors = "H".equals(hierarchy) ? "organization_ancestors_on(s.organization_id, p.ends_on)"
                : "organization_current_ancestors(s.organization_id, :today)";
        Map<List<Long>, BigDecimal> brute = sums("""
                SELECT a.ancestor_id, s.period_id, sum(v.number_value) FROM report_submission s
                JOIN report_period p ON p.id = s.period_id
                JOIN report_value v ON v.submission_id = s.id AND v.indicator_code = :code
                CROSS JOIN LATERAL %s a
                WHERE s.status = 'ACCEPTED' GROUP BY a.ancestor_id, s.period_id
                """.formatted(ancestors), indicator);
        Map<List<Long>, BigDecimal> totals = sums("SELECT organization_id, period_id, value_sum FROM report_total"
                + " WHERE hierarchy = '" + hierarchy + "' AND indicator_code = :code AND value_count > 0", indicator);
        assertThat(brute).as("accepted %s values", indicator).hasSizeGreaterThan(100);
        assertThat(totals).isEqualTo(brute);
    }

    private Map<List<Long>, BigDecimal> sums(String sql, String indicator) {
        Map<List<Long>, BigDecimal> sums = new java.util.HashMap<>();
        jdbc.sql(sql).param("code", indicator).param("today", vn.phoihop.platform.VietnamTime.today())
                .query(rs -> {
                    sums.put(List.of(rs.getLong(1), rs.getLong(2)), rs.getBigDecimal(3).stripTrailingZeros());
                });
        return sums;
    }

    @Test
    void lateFlagsFollowTheDueDates() {
        int wrong = jdbc.sql("SELECT count(*) FROM report_submission s" + DEMO + " WHERE s.first_submitted_at IS NOT"
                + " NULL AND s.late <> ((s.first_submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date > p.due_on)")
                .query(Integer.class).single();
        int wrongEvents = jdbc.sql("SELECT count(*) FROM report_submission s" + DEMO + " JOIN report_submission_event e"
                + " ON e.submission_id = s.id AND e.action = 'SUBMITTED' WHERE e.late <> s.late OR e.at <>"
                + " s.first_submitted_at").query(Integer.class).single();
        int late = jdbc.sql("SELECT count(*) FROM report_submission s" + DEMO + " WHERE s.late").query(Integer.class)
                .single();
        int afterLock = jdbc.sql("SELECT count(*) FROM report_submission s" + DEMO + " WHERE"
                + " (s.first_submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date >= p.locked_on").query(Integer.class)
                .single();
        assertThat(wrong).isZero();
        assertThat(wrongEvents).isZero();
        assertThat(afterLock).isZero();
        assertThat(late).isGreaterThan(50);
    }

    @Test
    void statusesAgreeWithTheirEventsAndTheMixIsPlausible() {
        Map<String, Integer> byStatus = new java.util.HashMap<>();
        jdbc.sql("SELECT s.status, count(*) FROM report_submission s" + DEMO + " WHERE p.ends_on < current_date"
                + " GROUP BY s.status").query(rs -> {
                    byStatus.put(rs.getString(1), rs.getInt(2));
                });
        int all = byStatus.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(byStatus.get("ACCEPTED")).isGreaterThan(all * 3 / 4);
        assertThat(byStatus).containsKeys("DRAFT", "RETURNED", "SUBMITTED");
        int inconsistent = jdbc.sql("""
                SELECT count(*) FROM report_submission s %s
                WHERE (s.status = 'ACCEPTED') <> EXISTS (SELECT 1 FROM report_submission_event e
                        WHERE e.submission_id = s.id AND e.action = 'ACCEPTED')
                   OR (s.status = 'RETURNED') <> (s.return_reason IS NOT NULL)
                   OR (s.status = 'DRAFT') <> (s.first_submitted_at IS NULL)
                   OR (s.status = 'ACCEPTED') <> EXISTS (SELECT 1 FROM report_contribution c WHERE c.submission_id = s.id)
                   OR NOT EXISTS (SELECT 1 FROM report_value_change c WHERE c.submission_id = s.id)
                """.formatted(DEMO)).query(Integer.class).single();
        assertThat(inconsistent).isZero();
    }

    @Test
    void reportersFollowTheMergerAndSomeAreMissing() {
        List<Integer> before = reporters("PH_KQPH", "2025-06");
        List<Integer> after = reporters("PH_KQPH", "2025-07");
        assertThat(before.get(0)).as("expected in June 2025").isEqualTo(63);
        assertThat(after.get(0)).as("expected in July 2025").isEqualTo(34);
        assertThat(reporters("CTD_TK", "2025-Q2").get(0)).isEqualTo(63);
        assertThat(reporters("CTD_TK", "2025-Q3").get(0)).isEqualTo(34);
        int unexpected = jdbc.sql("SELECT count(*) FROM report_submission s" + DEMO + " WHERE NOT ("
                + vn.phoihop.reporting.period.ReportingPeriods.EXPECTED.formatted("s.organization_id") + ")")
                .query(Integer.class).single();
        assertThat(unexpected).isZero();
        int missing = jdbc.sql("""
                SELECT count(*) FROM report_period p JOIN report_template t ON t.id = p.template_id
                JOIN report_assignment a ON a.template_id = t.id AND in_force(a.valid_from, a.valid_to, p.ends_on)
                JOIN organization o ON o.id = a.organization_id AND o.kind = 'PROVINCIAL_POLICE'
                WHERE t.code = 'PH_KQPH' AND p.ends_on < current_date
                  AND NOT EXISTS (SELECT 1 FROM report_submission s WHERE s.period_id = p.id
                                  AND s.organization_id = a.organization_id)
                """).query(Integer.class).single();
        assertThat(missing).isGreaterThan(10);
    }

    /** Expected reporters and submissions of one period. */
    private List<Integer> reporters(String template, String period) {
        return jdbc.sql("""
                SELECT (SELECT count(*) FROM report_assignment a JOIN organization o ON o.id = a.organization_id
                          AND o.kind = 'PROVINCIAL_POLICE' WHERE a.template_id = p.template_id
                          AND in_force(a.valid_from, a.valid_to, p.ends_on)
                          AND EXISTS (SELECT 1 FROM organization_ancestors_on(a.organization_id, p.ends_on) x
                                      WHERE x.depth = 0))::int,
                       (SELECT count(*) FROM report_submission s WHERE s.period_id = p.id)::int
                FROM report_period p JOIN report_template t ON t.id = p.template_id
                WHERE t.code = :t AND p.code = :p
                """).param("t", template).param("p", period)
                .query((rs, n) -> List.of(rs.getInt(1), rs.getInt(2))).single();
    }

    @Test
    void partyWorkKeepsItsRule() {
        int broken = jdbc.sql("SELECT count(*) FROM report_value k JOIN report_value q ON q.submission_id ="
                + " k.submission_id AND q.indicator_code = 'CTD_QUAN_CHUNG' WHERE k.indicator_code = 'CTD_KET_NAP'"
                + " AND k.number_value > q.number_value").query(Integer.class).single();
        int bySex = jdbc.sql("SELECT count(DISTINCT option_code) FROM report_value WHERE indicator_code ="
                + " 'CTD_DANG_VIEN'").query(Integer.class).single();
        assertThat(broken).isZero();
        assertThat(bySex).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theHanoiCanaryIsSubmittedNotAcceptedInTheLatestPeriod() {
        List<String> canary = jdbc.sql("""
                SELECT s.status || ' ' || p.code || ' ' || s.organization_id FROM report_value v
                JOIN report_submission s ON s.id = v.submission_id JOIN report_period p ON p.id = s.period_id
                WHERE v.text_value LIKE :c
                """).param("c", ReportingDemo.CANARY + "%").query(String.class).list();
        String latest = jdbc.sql("SELECT max(p.code) FROM report_period p JOIN report_template t ON t.id ="
                + " p.template_id WHERE t.code = 'PH_KQPH'").query(String.class).single();
        long hanoi = jdbc.sql("SELECT id FROM organization WHERE code = 'T01-CA'").query(Long.class).single();
        assertThat(canary).containsExactly("SUBMITTED " + latest + " " + hanoi);
    }

    @Test
    void aSecondRunAddsNothing() throws Exception {
        int before = jdbc.sql("SELECT count(*) FROM report_submission").query(Integer.class).single();
        demo.run(null);
        assertThat(jdbc.sql("SELECT count(*) FROM report_submission").query(Integer.class).single())
                .isEqualTo(before);
    }
}
