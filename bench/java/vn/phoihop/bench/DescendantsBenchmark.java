package vn.phoihop.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.phoihop.account.CurrentUser;
import vn.phoihop.organization.unitfile.FileFormat;
import vn.phoihop.organization.unitfile.ImportReport;
import vn.phoihop.organization.registry.OrganizationDirectory;
import vn.phoihop.organization.unitfile.OrganizationImports;
import vn.phoihop.support.Fixtures;

/**
 * "Descendants of the national root as of a date" over a registry of more than 4,000 units: the median time of the
 * service call (access check, closure-table query with names, mapping) beside the bare closure-table SQL and, for
 * comparison, a recursive walk of the parent periods without the closure table, all in the same run. Not part of
 * the test suite; see bench/README.md. It prints numbers and asserts only that the three agree.
 */
@SpringBootTest
class DescendantsBenchmark {

    private static final int PER_PROVINCE_COMMUNES = 60;
    private static final int PER_PROVINCE_UNITS = 20;
    private static final int CELLS_PER_UNIT = 2;
    private static final int WARMUP = 300;
    private static final int RUNS = 1000;
    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

    private static final String BARE_SQL = """
            SELECT descendant_id, parent_id, depth FROM organization_closure
            WHERE ancestor_id = %d AND depth > 0 AND valid_from <= DATE '%s'
              AND (valid_to IS NULL OR valid_to >= DATE '%s')""";

    private static final String RECURSIVE_SQL = """
            WITH RECURSIVE down (id, depth) AS (
                SELECT CAST(%1$d AS BIGINT), 0
                UNION ALL
                SELECT p.organization_id, down.depth + 1 FROM down
                JOIN organization_parent p ON p.parent_id = down.id AND p.valid_from <= DATE '%2$s'
                     AND (p.valid_to IS NULL OR p.valid_to >= DATE '%2$s')
                JOIN organization o ON o.id = p.organization_id AND o.valid_from <= DATE '%2$s'
                     AND (o.valid_to IS NULL OR o.valid_to >= DATE '%2$s')
                WHERE down.depth < 64
            )
            SELECT id, depth FROM down WHERE depth > 0""";

    @Autowired OrganizationDirectory directory;
    @Autowired OrganizationImports imports;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    @Test
    void descendantsOfTheNationalRoot() {
        CurrentUser admin = fixtures.demoAdmin();
        ImportReport report = Fixtures.as(admin, () -> imports.importUnits(generatedTree(), FileFormat.CSV));
        assertThat(report.problems()).isEmpty();
        long root = Fixtures.as(admin, () -> directory.nationalRoot().id());
        int units = jdbc.sql("SELECT count(*) FROM organization").query(Integer.class).single();

        Supplier<Integer> service = () -> Fixtures.as(admin, () -> directory.descendants(root, AS_OF)).size();
        String bareSql = BARE_SQL.formatted(root, AS_OF, AS_OF);
        Supplier<Integer> bare = () -> jdbc.sql(bareSql).query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2),
                rs.getInt(3) }).list().size();
        String recursiveSql = RECURSIVE_SQL.formatted(root, AS_OF);
        Supplier<Integer> recursive = () -> jdbc.sql(recursiveSql).query((rs, n) -> rs.getLong(1)).list().size();
        int expected = bare.get();
        assertThat(service.get()).isEqualTo(expected);
        assertThat(recursive.get()).isEqualTo(expected);
        assertThat(units).isGreaterThanOrEqualTo(4000);

        double[] serviceMs = time(service);
        double[] bareMs = time(bare);
        double[] recursiveMs = time(recursive);
        System.out.printf("%n=== Descendants of the national root as of %s: %d of %d organisations, %d runs each ===%n",
                AS_OF, expected, units, RUNS);
        System.out.printf("%-44s %9s %9s%n", "", "median ms", "p90 ms");
        print("service OrganizationDirectory.descendants", serviceMs);
        print("bare SQL on organization_closure", bareMs);
        print("recursive SQL on parent periods (no closure)", recursiveMs);
        System.out.printf("ratio service / bare SQL: %.2f   recursive / bare SQL: %.2f   service median under 5 ms: %s%n%n",
                median(serviceMs) / median(bareMs), median(recursiveMs) / median(bareMs),
                median(serviceMs) < 5.0 ? "yes" : "NO");
    }

    /** Under each of the 34 provincial police forces: commune police, police units and a party cell per unit. */
    private static byte[] generatedTree() {
        StringBuilder csv = new StringBuilder("code,name,kind,parent_code,valid_from\n");
        for (int p = 1; p <= 34; p++) {
            String police = "T%02d-CA".formatted(p);
            for (int c = 1; c <= PER_PROVINCE_COMMUNES; c++) {
                csv.append("B-%s-X%03d,Công an xã Số %d,COMMUNE_POLICE,%s,2025-07-01%n".formatted(police, c, c, police));
            }
            for (int u = 1; u <= PER_PROVINCE_UNITS; u++) {
                String unit = "B-%s-P%02d".formatted(police, u);
                csv.append("%s,Phòng Số %d,POLICE_UNIT,%s,2025-07-01%n".formatted(unit, u, police));
                for (int k = 1; k <= CELLS_PER_UNIT; k++) {
                    csv.append("%s-C%d,Chi bộ Số %d,PARTY_CELL,%s,2025-07-01%n".formatted(unit, k, k, unit));
                }
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static double[] time(Supplier<Integer> call) {
        for (int i = 0; i < WARMUP; i++) {
            call.get();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            call.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    private static void print(String label, double[] sorted) {
        System.out.printf("%-44s %9.3f %9.3f%n", label, median(sorted), sorted[(int) (sorted.length * 0.9)]);
    }

}
