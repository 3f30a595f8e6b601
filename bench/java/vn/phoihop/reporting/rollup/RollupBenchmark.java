package vn.phoihop.reporting.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.account.security.ApiTokens;
import vn.phoihop.organization.registry.ClosureTable;
import vn.phoihop.platform.VietnamTime;
import vn.phoihop.support.Fixtures;

/**
 * The national roll-up over about 4 million accepted values (bench/README.md, "Roll-up"): 3,321 commune police units
 * spread over the 34 provincial police forces, 60 monthly periods (July 2025 to June 2030, all after the 2025 merger,
 * so both hierarchies place a commune the same way), 20 indicators, every submission accepted. Totals are built by
 * the real {@link RollupTotals} statements, in batches of {@value #BATCH} submissions, then a sample is checked
 * against the brute force. Then, in one run, the median of {@code GET /api/v1/reporting/rollup} for the nation over
 * twelve months through HTTP with a bearer token, beside the bare SQL sum over the raw values, and their ratio; and
 * the cost of one acceptance (20 values) for reporters 2, 3 and 4 levels below a provincial police force. Bounded:
 * {@value #RUNS} timed runs after {@value #WARMUP} warm-up runs; the generator stops after {@code bench.communes}
 * units × {@code bench.months} periods. Prints numbers; asserts only that the answers agree.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RollupBenchmark {

    static final int COMMUNES = Integer.getInteger("bench.communes", 3_321);
    static final int MONTHS = Integer.getInteger("bench.months", 60);
    static final int INDICATORS = 20;
    static final int BATCH = 2_000;
    static final int WARMUP = 20;
    static final int RUNS = 100;
    static final int ACCEPTANCES = 40;
    static final String CODE = "BENCHRU";
    static final LocalDate FIRST = LocalDate.of(2025, 7, 1);

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired RollupTotals totals;
    @Autowired ClosureTable closure;
    @Autowired Fixtures fixtures;
    @Autowired ApiTokens tokens;
    @Autowired PlatformTransactionManager transactionManager;

    TransactionTemplate transactions;

    @Test
    void nationalRollUpThroughHttpBesideTheBareSum() throws Exception {
        transactions = new TransactionTemplate(transactionManager);
        long start = System.nanoTime();
        long template = template();
        List<Long> periods = jdbc.sql("SELECT id FROM report_period WHERE template_id = :t ORDER BY starts_on")
                .param("t", template).query(Long.class).list();
        long version = jdbc.sql("SELECT id FROM report_template_version WHERE template_id = :t")
                .param("t", template).query(Long.class).single();
        communes();
        double orgSeconds = (System.nanoTime() - start) / 1e9;
        submissions(template, version);
        double valueSeconds = (System.nanoTime() - start) / 1e9 - orgSeconds;
        buildTotals(template);
        double totalSeconds = (System.nanoTime() - start) / 1e9 - orgSeconds - valueSeconds;
        jdbc.sql("ANALYZE").update();
        long values = jdbc.sql("SELECT count(*) FROM report_value v JOIN report_submission s ON s.id = v.submission_id"
                + " JOIN report_period p ON p.id = s.period_id WHERE p.template_id = :t").param("t", template)
                .query(Long.class).single();
        long totalRows = jdbc.sql("SELECT count(*) FROM report_total WHERE indicator_code LIKE 'BENCHRU%'")
                .query(Long.class).single();
        verifySample(periods);

        long nation = jdbc.sql("SELECT id FROM organization WHERE code = 'VN'").query(Long.class).single();
        YearMonth from = YearMonth.from(FIRST).plusMonths(Math.max(0, MONTHS - 12));
        YearMonth to = YearMonth.from(FIRST).plusMonths(MONTHS - 1);
        String indicator = CODE + "_07";
        CurrentUser reader = Fixtures.principal(fixtures.user("bench.rollup", "CTDCT", Role.CENTRAL_STAFF));
        String token = tokens.issue(reader).accessToken();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/v1/reporting/rollup?indicator=" + indicator + "&org=" + nation + "&from=" + from + "&to=" + to
                + "&hierarchy=historical")).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30)).GET().build();
        double[] http = new double[RUNS];
        String body = "";
        for (int i = -WARMUP; i < RUNS; i++) {
            long t = System.nanoTime();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            long elapsed = System.nanoTime() - t;
            assertThat(response.statusCode()).isEqualTo(200);
            body = response.body();
            if (i >= 0) {
                http[i] = elapsed / 1e6;
            }
        }
        Long[] range = jdbc.sql("SELECT id FROM report_period WHERE template_id = :t AND starts_on >= :f"
                + " AND ends_on <= :e").param("t", template).param("f", from.atDay(1)).param("e", to.atEndOfMonth())
                .query(Long.class).list().toArray(Long[]::new);
        double[] sql = new double[RUNS];
        BigDecimal bare = BigDecimal.ZERO;
        for (int i = -WARMUP; i < RUNS; i++) {
            long t = System.nanoTime();
            bare = jdbc.sql("""
                    SELECT sum(v.number_value) FROM report_value v JOIN report_submission s ON s.id = v.submission_id
                    WHERE v.indicator_code = :i AND s.status = 'ACCEPTED' AND s.period_id = ANY(:p)
                    """).param("i", indicator).param("p", range).query(BigDecimal.class).single();
            long elapsed = System.nanoTime() - t;
            if (i >= 0) {
                sql[i] = elapsed / 1e6;
            }
        }
        assertThat(body).contains("\"total\":" + bare.stripTrailingZeros().toPlainString());

        System.out.printf("%n=== Roll-up: %,d communes under 34 provincial police forces, %d months, %d indicators:"
                + " %,d accepted values; report_total %,d rows for this template ===%n", COMMUNES, MONTHS,
                INDICATORS, values, totalRows);
        System.out.printf("generated: organisations %.1f s, submissions and values %.1f s, totals (RollupTotals in"
                + " batches of %d) %.1f s%n", orgSeconds, valueSeconds, BATCH, totalSeconds);
        System.out.printf("national %s..%s of %s (%d runs after %d warm-up): median HTTP %.2f ms (p90 %.2f),"
                + " median bare SQL sum %.2f ms (p90 %.2f), ratio HTTP / SQL %.2f; service no slower: %s%n", from, to,
                indicator, RUNS, WARMUP, median(http), percentile(http, 0.9), median(sql), percentile(sql, 0.9),
                median(http) / median(sql), median(http) <= median(sql) ? "yes" : "no");
        acceptanceByDepth(template, version, periods);
    }

    /** A monthly template with 20 summed indicators and its periods. */
    private long template() {
        return transactions.execute(s -> {
            long owner = jdbc.sql("SELECT id FROM organization WHERE code = 'CTDCT'").query(Long.class).single();
            long t = jdbc.sql("""
                    INSERT INTO report_template (code, name, name_folded, frequency, owner_id, cutoff_day, created_by)
                    VALUES (:c, 'Mẫu đo hiệu năng tổng hợp', 'mau do hieu nang tong hop', 'MONTHLY', :o, 14, 'bench')
                    RETURNING id""").param("c", CODE).param("o", owner).query(Long.class).single();
            long v = jdbc.sql("INSERT INTO report_template_version (template_id, number, status, valid_from)"
                    + " VALUES (:t, 1, 'PUBLISHED', :f) RETURNING id").param("t", t).param("f", FIRST)
                    .query(Long.class).single();
            long section = jdbc.sql("INSERT INTO report_section (version_id, position, title) VALUES (:v, 1, 'I')"
                    + " RETURNING id").param("v", v).query(Long.class).single();
            jdbc.sql("""
                    INSERT INTO report_indicator (version_id, section_id, position, code, name, value_type, aggregation)
                    SELECT :v, :s, i, :c || '_' || lpad(i::text, 2, '0'), 'Chỉ tiêu ' || i, 'NUMBER', 'SUM'
                    FROM generate_series(1, :n) i""").param("v", v).param("s", section).param("c", CODE)
                    .param("n", INDICATORS).update();
            jdbc.sql("""
                    INSERT INTO report_period (template_id, code, name, starts_on, ends_on, data_from, data_to, due_on)
                    SELECT :t, to_char(m, 'YYYY-MM'), 'Tháng ' || to_char(m, 'MM/YYYY'), m,
                           (m + interval '1 month - 1 day')::date, (m - interval '1 month' + interval '14 days')::date,
                           (m + interval '13 days')::date, (m + interval '24 days')::date
                    FROM generate_series(CAST(:f AS date), CAST(:f AS date) + (:n - 1) * interval '1 month',
                                         interval '1 month') m""")
                    .param("t", t).param("f", FIRST).param("n", MONTHS).update();
            return t;
        });
    }

    /**
     * Commune police units spread evenly over the 34 provincial police forces, inserted in bulk into the registry's
     * tables (bench code only), with their names, parents and closure rows rebuilt by the registry's own
     * {@link ClosureTable}.
     */
    private void communes() {
        transactions.executeWithoutResult(s -> {
            jdbc.sql("""
                    INSERT INTO organization (code, kind, valid_from)
                    SELECT 'BENCH-X' || lpad(i::text, 4, '0'), 'COMMUNE_POLICE', :f FROM generate_series(0, :n - 1) i
                    """).param("f", FIRST).param("n", COMMUNES).update();
            jdbc.sql("""
                    INSERT INTO organization_name (organization_id, name, short_name, name_folded, valid_from)
                    SELECT id, 'Công an xã thử ' || substr(code, 8), 'Công an xã thử ' || substr(code, 8),
                           'cong an xa thu ' || substr(code, 8), valid_from
                    FROM organization WHERE code LIKE 'BENCH-X%'""").update();
            jdbc.sql("""
                    WITH police AS (SELECT o.id, row_number() OVER (ORDER BY o.code) - 1 AS n FROM organization o
                                    WHERE o.kind = 'PROVINCIAL_POLICE' AND o.code ~ '^T[0-9]{2}-CA$')
                    INSERT INTO organization_parent (organization_id, parent_id, valid_from)
                    SELECT o.id, p.id, o.valid_from FROM organization o
                    JOIN police p ON p.n = substr(o.code, 8)::int % 34 WHERE o.code LIKE 'BENCH-X%'""").update();
            closure.rebuild(jdbc.sql("SELECT id FROM organization WHERE code LIKE 'BENCH-X%'").query(Long.class)
                    .list());
        });
    }

    /** One accepted submission per commune and period with 20 values (deterministic, from the ids). */
    private void submissions(long template, long version) {
        transactions.executeWithoutResult(s -> {
            jdbc.sql("""
                    INSERT INTO report_submission (period_id, template_version_id, organization_id, status,
                        first_submitted_at, submitted_at, submitted_by, reviewed_at, reviewed_by, created_by)
                    SELECT p.id, :v, o.id, 'ACCEPTED', now(), now(), 'bench', now(), 'bench', 'bench'
                    FROM report_period p CROSS JOIN organization o
                    WHERE p.template_id = :t AND o.code LIKE 'BENCH-X%'""").param("v", version).param("t", template)
                    .update();
            jdbc.sql("""
                    INSERT INTO report_value (submission_id, indicator_code, number_value)
                    SELECT s.id, :c || '_' || lpad(i::text, 2, '0'), (s.id * 7 + i * 13) % 1000
                    FROM report_submission s JOIN report_period p ON p.id = s.period_id
                    CROSS JOIN generate_series(1, :n) i WHERE p.template_id = :t""").param("c", CODE)
                    .param("n", INDICATORS).param("t", template).update();
        });
    }

    /** The totals through the real RollupTotals statements, {@value #BATCH} submissions per transaction. */
    private void buildTotals(long template) {
        List<Long> ids = jdbc.sql("SELECT s.id FROM report_submission s JOIN report_period p ON p.id = s.period_id"
                + " WHERE p.template_id = :t ORDER BY s.id").param("t", template).query(Long.class).list();
        for (int i = 0; i < ids.size(); i += BATCH) {
            List<Long> batch = ids.subList(i, Math.min(ids.size(), i + BATCH));
            transactions.executeWithoutResult(s -> totals.acceptedAll(batch));
        }
    }

    /** A sample of totals (the nation, a provincial police force, a commune; two periods; both hierarchies) = brute force. */
    private void verifySample(List<Long> periods) {
        List<Long> orgs = new ArrayList<>(jdbc.sql("SELECT id FROM organization WHERE code IN ('VN', 'T20-CA',"
                + " 'BENCH-X0019')").query(Long.class).list());
        for (long org : orgs) {
            for (long period : List.of(periods.get(0), periods.get(periods.size() - 1))) {
                for (String h : List.of("H", "C")) {
                    BigDecimal stored = jdbc.sql("SELECT coalesce(sum(value_sum), 0) FROM report_total WHERE"
                            + " hierarchy = :h AND indicator_code = :i AND organization_id = :o AND period_id = :p")
                            .param("h", h).param("i", CODE + "_03").param("o", org).param("p", period)
                            .query(BigDecimal.class).single();
                    BigDecimal brute = jdbc.sql("""
                            SELECT coalesce(sum(v.number_value), 0) FROM report_submission s
                            JOIN report_period p ON p.id = s.period_id
                            JOIN report_value v ON v.submission_id = s.id AND v.indicator_code = :i
                            WHERE s.status = 'ACCEPTED' AND s.period_id = :p AND EXISTS (SELECT 1 FROM
                            """ + (h.equals("H") ? "organization_ancestors_on(s.organization_id, p.ends_on)"
                            : "organization_current_ancestors(s.organization_id, :today)")
                            + " a WHERE a.ancestor_id = :o)").param("i", CODE + "_03").param("p", period)
                            .param("o", org).param("today", VietnamTime.today()).query(BigDecimal.class).single();
                    assertThat(stored).as(h + " org " + org + " period " + period).isEqualByComparingTo(brute);
                }
            }
        }
        System.out.println("sample of " + orgs.size() * 4 + " totals equals the brute force");
    }

    /**
     * The cost of one acceptance (RollupTotals.accepted and the status change, one transaction) for a reporter
     * {@code depth} levels below Công an tỉnh Bắc Ninh, with the national total rows already large.
     */
    private void acceptanceByDepth(long template, long version, List<Long> periods) {
        long parent = jdbc.sql("SELECT id FROM organization WHERE code = 'T20-CA'").query(Long.class).single();
        System.out.printf("acceptance of one submission (%d values), %d runs per depth (one per period):%n",
                INDICATORS, Math.min(ACCEPTANCES, periods.size()));
        double first = 0;
        for (int depth = 2; depth <= 4; depth++) {
            long reporter = chain(parent, depth);
            int ancestors = jdbc.sql("SELECT count(*) FROM organization_ancestors_on(:o, :d)").param("o", reporter)
                    .param("d", FIRST.plusMonths(1)).query(Integer.class).single();
            double[] ms = new double[Math.min(ACCEPTANCES, periods.size())];
            for (int i = 0; i < ms.length; i++) {
                long period = periods.get(i);
                long submission = transactions.execute(s -> {
                    long id = jdbc.sql("INSERT INTO report_submission (period_id, template_version_id,"
                            + " organization_id, status, created_by) VALUES (:p, :v, :o, 'SUBMITTED', 'bench')"
                            + " RETURNING id").param("p", period).param("v", version).param("o", reporter)
                            .query(Long.class).single();
                    jdbc.sql("INSERT INTO report_value (submission_id, indicator_code, number_value) SELECT :s,"
                            + " :c || '_' || lpad(i::text, 2, '0'), i FROM generate_series(1, :n) i").param("s", id)
                            .param("c", CODE).param("n", INDICATORS).update();
                    return id;
                });
                long t = System.nanoTime();
                transactions.executeWithoutResult(s -> {
                    jdbc.sql("UPDATE report_submission SET status = 'ACCEPTED' WHERE id = :s").param("s", submission)
                            .update();
                    totals.accepted(submission);
                });
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            double median = median(ms);
            if (depth == 2) {
                first = median;
            }
            System.out.printf("  %d levels below the provincial police (%d ancestors incl. itself): %d total rows"
                    + " touched, median %.2f ms (p90 %.2f), × %.2f of depth 2%n", depth, ancestors,
                    ancestors * 2 * INDICATORS, median, percentile(ms, 0.9), median / first);
        }
    }

    /** A chain of police units {@code depth} levels below {@code parent}; the last one's id. */
    private long chain(long parent, int depth) {
        return transactions.execute(s -> {
            long above = parent;
            for (int level = 1; level <= depth; level++) {
                String code = "BENCH-D" + depth + "-" + level;
                long id = jdbc.sql("INSERT INTO organization (code, kind, valid_from) VALUES (:c, 'POLICE_UNIT', :f)"
                        + " RETURNING id").param("c", code).param("f", FIRST).query(Long.class).single();
                jdbc.sql("INSERT INTO organization_name (organization_id, name, name_folded, valid_from)"
                        + " VALUES (:o, :n, lower(:c), :f)").param("o", id).param("n", "Đơn vị thử " + code)
                        .param("c", code).param("f", FIRST).update();
                jdbc.sql("INSERT INTO organization_parent (organization_id, parent_id, valid_from) VALUES (:o, :p, :f)")
                        .param("o", id).param("p", above).param("f", FIRST).update();
                closure.rebuild(List.of(id));
                above = id;
            }
            return above;
        });
    }

    private static double median(double[] values) {
        return percentile(values, 0.5);
    }

    private static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
    }
}
