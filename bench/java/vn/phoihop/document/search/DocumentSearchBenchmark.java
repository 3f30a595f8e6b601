package vn.phoihop.document.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.account.security.ApiTokens;
import vn.phoihop.account.Clearance;
import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.document.register.DocumentAccess;
import vn.phoihop.support.Fixtures;

/**
 * Document search over 100,000 generated documents with attachment text (bench/README.md): the median of
 * {@code GET /api/v1/documents?q=} through HTTP on the loopback interface with a bearer token (security filters,
 * reading rule, the search statement, issuer names, JSON), beside the same search statement run bare through JDBC
 * (in a transaction with the same settings as the service, {@code DocumentSearch.SETTINGS}),
 * in the same run, per query and pooled, with their ratio; the service called in the same process (no HTTP, no
 * security filters, no JSON) shows where the difference goes. Bounded: {@value #RUNS} timed runs per query and path
 * after {@value #WARMUP} warm-up runs, {@value #QUERIES_COUNT} queries. Prints numbers; asserts only that every
 * answer was 200 and that HTTP and SQL found the same first document.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "phoihop.document.search.demo-documents=0")
class DocumentSearchBenchmark {

    static final int DOCUMENTS = Integer.getInteger("bench.documents", 100_000);
    static final int WARMUP = 20;
    static final int RUNS = 100;
    static final int QUERIES_COUNT = 10;
    /** {@code -Dbench.explain=true} prints each query's plan with timings and buffers after its runs. */
    static final boolean EXPLAIN = Boolean.getBoolean("bench.explain");
    /** {@code -Dbench.holdSeconds=N} keeps the application and its database up N seconds after the runs, to probe. */
    static final int HOLD_SECONDS = Integer.getInteger("bench.holdSeconds", 0);
    static final List<String> QUERIES = List.of("quy che phoi hop", "nghi quyet 12", "90 qd tw", "cong tac dang",
            "chuyển đổi số", "phong chong tham nhung", "Đảng ủy Công an", "bao ve bi mat nha nuoc", "ke hoach 15",
            "tu tuong dao duc phong cach");

    @LocalServerPort int port;
    @Autowired DocumentGenerator generator;
    @Autowired SearchFixtures fixtures;
    @Autowired DocumentSearch search;
    @Autowired DocumentAccess access;
    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @Test
    void searchThroughHttpBesideTheBareStatement() throws Exception {
        assertThat(QUERIES).hasSize(QUERIES_COUNT);
        fixtures.seeds();
        long start = System.nanoTime();
        long existing = generator.count();
        if (existing < DOCUMENTS) {
            generator.generate((int) (DOCUMENTS - existing), 20_261_130L, false, 4);
        }
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        // what autovacuum does after a bulk load: the GIN pending lists merged, statistics for the planner
        jdbc.sql("VACUUM ANALYZE document_search").update();
        jdbc.sql("ANALYZE document").update();
        long documents = jdbc.sql("SELECT count(*) FROM document").query(Long.class).single();
        long withText = jdbc.sql("SELECT count(*) FROM document WHERE attachment_text IS NOT NULL").query(Long.class)
                .single();
        String size = jdbc.sql("SELECT pg_size_pretty(pg_total_relation_size('document') + pg_total_relation_size('document_search'))").query(String.class).single();

        CurrentUser reader = fixtures.user("bench.reader", "T20-CA", Role.VIEWER, Clearance.NONE);
        String token = tokens.issue(reader).accessToken();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();

        System.out.printf("%n=== Document search: %,d documents (%,d with attachment text, register and search tables with indexes %s),"
                + " generated in %.1f s; %d runs per query after %d warm-up ===%n", documents, withText, size,
                loadSeconds, RUNS, WARMUP);
        System.out.printf("%-30s %9s  %-14s %9s %9s %9s %9s %9s %7s%n", "query", "total", "first", "HTTP ms",
                "jdk http", "service", "SQL ms", "p90 HTTP", "ratio");
        List<Double> allHttp = new ArrayList<>();
        List<Double> allSql = new ArrayList<>();
        List<Double> allJdkClient = new ArrayList<>();
        for (String q : QUERIES) {
            URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/documents?q="
                    + URLEncoder.encode(q, StandardCharsets.UTF_8));
            HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                    .timeout(Duration.ofSeconds(10)).GET().build();
            String body = "";
            double[] http = new double[RUNS];
            double[] jdkClient = new double[RUNS];
            for (int i = -WARMUP; i < RUNS; i++) {
                long t = System.nanoTime();
                HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
                connection.setRequestProperty("Authorization", "Bearer " + token);
                connection.setReadTimeout(10_000);
                assertThat(connection.getResponseCode()).as(q).isEqualTo(200);
                try (InputStream in = connection.getInputStream()) {
                    body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                long elapsed = System.nanoTime() - t;
                if (i >= 0) {
                    http[i] = elapsed / 1e6;
                }
                t = System.nanoTime();
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                elapsed = System.nanoTime() - t;
                assertThat(response.statusCode()).as(q).isEqualTo(200);
                if (i >= 0) {
                    jdkClient[i] = elapsed / 1e6;
                }
            }
            DocumentSearch.Statement statement = Fixtures.as(reader,
                    () -> search.statement(SearchQuery.words(q), access.reader()));
            List<Map<String, Object>> rows = List.of();
            double[] sql = new double[RUNS];
            for (int i = -WARMUP; i < RUNS; i++) {
                long t = System.nanoTime();
                rows = transactions.execute(s -> {
                    jdbc.sql(DocumentSearch.SETTINGS).query().singleRow();
                    return jdbc.sql(statement.sql()).params(statement.params()).query().listOfRows();
                });
                long elapsed = System.nanoTime() - t;
                if (i >= 0) {
                    sql[i] = elapsed / 1e6;
                }
            }
            double[] service = new double[RUNS];
            for (int i = -WARMUP; i < RUNS; i++) {
                long t = System.nanoTime();
                Fixtures.as(reader, () -> search.search(SearchQuery.words(q)));
                long elapsed = System.nanoTime() - t;
                if (i >= 0) {
                    service[i] = elapsed / 1e6;
                }
            }
            if (EXPLAIN) {
                String plan = transactions.execute(s -> {
                    jdbc.sql(DocumentSearch.SETTINGS).query().singleRow();
                    return String.join("\n", jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) " + statement.sql())
                            .params(statement.params()).query(String.class).list());
                });
                System.out.printf("--- plan of %s%n%s%n", q, plan);
            }
            boolean none = rows.get(0).get("id") == null;
            String first = none ? "-" : String.valueOf(rows.get(0).get("notation"));
            long found = ((Number) rows.get(0).get("found")).longValue();
            String total = found > DocumentSearch.COUNT_LIMIT ? ">" + DocumentSearch.COUNT_LIMIT : String.format("%,d", found);
            assertThat(body).as(q).contains(none ? "\"total\":0" : "\"notation\":\"" + first + "\"");
            Arrays.stream(http).forEach(allHttp::add);
            Arrays.stream(sql).forEach(allSql::add);
            System.out.printf("%-30s %9s  %-14s %9.2f %9.2f %9.2f %9.2f %9.2f %7.2f%n", q, total, first, median(http),
                    median(jdkClient), median(service), median(sql), percentile(http, 0.9),
                    median(http) / median(sql));
            Arrays.stream(jdkClient).forEach(allJdkClient::add);
        }
        double httpMedian = median(allHttp.stream().mapToDouble(Double::doubleValue).toArray());
        double sqlMedian = median(allSql.stream().mapToDouble(Double::doubleValue).toArray());
        double jdkMedian = median(allJdkClient.stream().mapToDouble(Double::doubleValue).toArray());
        System.out.printf("all queries: median HTTP %.2f ms (java.net.http client in this JVM: %.2f ms), median bare SQL"
                + " %.2f ms, ratio HTTP / SQL %.2f; HTTP median under 20 ms: %s%n%n", httpMedian, jdkMedian, sqlMedian,
                httpMedian / sqlMedian, httpMedian < 20 ? "yes" : "no");
        if (HOLD_SECONDS > 0) {
            String database = jdbc.sql("SELECT inet_server_port() || ' ' || current_database()").query(String.class)
                    .single();
            System.out.printf("holding %d s: http://127.0.0.1:%d, bearer %s, database port and name %s%n",
                    HOLD_SECONDS, port, token, database);
            Thread.sleep(HOLD_SECONDS * 1000L);
        }
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
