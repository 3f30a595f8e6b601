package vn.phoihop.reporting.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.account.CurrentUser;
import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.organization.ReorganizationKind;
import vn.phoihop.organization.reorganization.ReorganizationCommand;
import vn.phoihop.organization.reorganization.Reorganizations;
import vn.phoihop.reporting.ReportingFixtures;
import vn.phoihop.reporting.ReportingFixtures.TestTemplate;
import vn.phoihop.support.Fixtures;
import vn.phoihop.support.RegistryFixtures;

/**
 * The roll-up's promise (issue 9, point 6) as a property over a seeded random history (the seed is printed, and
 * {@code -Drollup.seed=N} replays one): random submissions of random units of a small tree under Công an tỉnh Lai
 * Châu over the months of 2025, random acceptances, returns of accepted ones and resubmissions with other numbers,
 * interleaved with reorganisations through the registry's real service (a merge into a new unit, a move, a rename,
 * and a merge that is undone). After every step every roll-up (both hierarchies; the nation, the province, its
 * police, each unit; the whole year and a random range) equals the brute-force sum over the accepted raw values,
 * placed with the registry's functions, not with report_contribution.
 */
@SpringBootTest
class RollupConsistencyPropertyTests {

    static final String CODE = "RRPROP";
    static final LocalDate START = LocalDate.of(2024, 1, 1);

    @Autowired ReportingFixtures reporting;
    @Autowired RegistryFixtures registry;
    @Autowired RollupFixtures rollup;
    @Autowired Fixtures fixtures;
    @Autowired Rollups rollups;
    @Autowired Reorganizations reorganizations;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactionManager;

    Random random;
    TestTemplate template;
    List<Long> periods;
    final Map<Long, String> status = new LinkedHashMap<>();
    final Set<String> taken = new HashSet<>();
    final Map<String, Long> units = new LinkedHashMap<>();
    int checks;

    @Test
    void everyRollUpEqualsTheBruteForceThroughAcceptancesReturnsAndReorganisations() {
        long seed = Long.getLong("rollup.seed", System.nanoTime());
        System.out.println("RollupConsistencyPropertyTests seed: " + seed + " (replay with -Drollup.seed=" + seed + ")");
        random = new Random(seed);
        try {
            Fixtures.as(fixtures.demoAdmin(), () -> {
                history();
                return null;
            });
        }
        catch (AssertionError failure) {
            throw new AssertionError("seed " + seed + ": " + failure.getMessage(), failure);
        }
        System.out.println("RollupConsistencyPropertyTests: " + checks + " roll-ups compared, " + status.size()
                + " submissions");
        assertThat(checks).isGreaterThan(500);
    }

    private void history() {
        template = reporting.monthlyTemplate(CODE, LocalDate.of(2025, 1, 1), 2);
        periods = reporting.monthlyPeriods(template.id(), YearMonth.of(2025, 1), YearMonth.of(2025, 12));
        for (String a : List.of("A1", "A2")) {
            units.put(a, registry.unit("RRP-" + a, OrganizationKind.POLICE_UNIT, "Phòng thử " + a, "T03-CA", START));
        }
        for (int b = 1; b <= 6; b++) {
            units.put("B" + b, registry.unit("RRP-B" + b, OrganizationKind.COMMUNE_POLICE, "Công an xã thử B" + b,
                    b <= 3 ? "RRP-A1" : "RRP-A2", START));
        }
        steps(25, "start");
        acceptedFor("B1", "B4", "B2", "B5");
        checkAll("subjects reported");
        long merged = apply(new ReorganizationCommand(ReorganizationKind.MERGE, month(2 + random.nextInt(3)),
                "Quyết định thử hợp nhất", null, List.of(units.get("B1"), units.get("B4")), null,
                List.of(new ReorganizationCommand.NewOrganization("RRP-N1", OrganizationKind.COMMUNE_POLICE,
                        "Công an xã thử N1", null, null, units.get("A1"))), null, null, null, null));
        units.put("N1", registry.id("RRP-N1"));
        checkAll("merge " + merged);
        steps(20, "after merge");
        apply(new ReorganizationCommand(ReorganizationKind.MOVE, month(5 + random.nextInt(2)), "Quyết định thử điều chuyển",
                null, List.of(units.get("B2")), units.get("A2"), null, null, null, null, null));
        checkAll("move");
        apply(new ReorganizationCommand(ReorganizationKind.RENAME, month(7), "Quyết định thử đổi tên", null,
                List.of(units.get("A1")), null, null, "Phòng thử A1 (đổi tên)", null, null, null));
        checkAll("rename");
        steps(20, "after move and rename");
        long undone = apply(new ReorganizationCommand(ReorganizationKind.MERGE, month(8 + random.nextInt(3)),
                "Quyết định thử sáp nhập", null, List.of(units.get("B5")), units.get("B6"), null, null, null, null,
                null));
        checkAll("merge to undo");
        steps(10, "before undo");
        inNewTransaction(() -> reorganizations.undo(undone));
        checkAll("undone");
        steps(25, "after undo");
    }

    /** {@code n} random submissions, acceptances, returns and resubmissions, each followed by a check. */
    private void steps(int n, String phase) {
        for (int i = 0; i < n; i++) {
            int kind = random.nextInt(10);
            List<Long> accepted = with("ACCEPTED");
            List<Long> waiting = with("SUBMITTED");
            List<Long> returned = with("RETURNED");
            if (kind < 4 || waiting.isEmpty() && accepted.isEmpty()) {
                submitSomething();
            }
            else if (kind < 7 && !waiting.isEmpty()) {
                long s = waiting.get(random.nextInt(waiting.size()));
                rollup.accept(s);
                status.put(s, "ACCEPTED");
            }
            else if (kind < 9 && !accepted.isEmpty()) {
                long s = accepted.get(random.nextInt(accepted.size()));
                rollup.giveBack(s);
                status.put(s, "RETURNED");
            }
            else if (!returned.isEmpty()) {
                long s = returned.get(random.nextInt(returned.size()));
                inNewTransaction(() -> jdbc.sql("UPDATE report_value SET number_value = :v WHERE submission_id = :s")
                        .param("v", BigDecimal.valueOf(random.nextInt(1000))).param("s", s).update()
                        + jdbc.sql("UPDATE report_submission SET status = 'SUBMITTED' WHERE id = :s").param("s", s)
                                .update());
                status.put(s, "SUBMITTED");
            }
            else {
                submitSomething();
            }
            checkSome(phase + " step " + i);
        }
        checkAll(phase);
    }

    /**
     * Accepted submissions of these units in January and December (where not yet taken), so that every
     * reorganisation below has accepted numbers to move, whatever the random history before it.
     */
    private void acceptedFor(String... names) {
        for (String name : names) {
            long org = units.get(name);
            for (int m : new int[] { 0, 11 }) {
                if (taken.add(org + "/" + m)) {
                    long s = rollup.submitted(periods.get(m), template.versionId(), org,
                            Map.of(template.indicatorCodes().get(0), BigDecimal.valueOf(1 + random.nextInt(999))));
                    rollup.accept(s);
                    status.put(s, "ACCEPTED");
                }
            }
        }
    }

    private void submitSomething() {
        List<String> names = new ArrayList<>(units.keySet());
        for (int attempt = 0; attempt < 20; attempt++) {
            String unit = names.get(random.nextInt(names.size()));
            int m = random.nextInt(periods.size());
            long org = units.get(unit);
            if (!taken.add(org + "/" + m) || !exists(org, YearMonth.of(2025, m + 1).atEndOfMonth())) {
                continue;
            }
            Map<String, BigDecimal> values = new HashMap<>();
            for (String indicator : template.indicatorCodes()) {
                if (random.nextInt(6) != 0) {
                    values.put(indicator, BigDecimal.valueOf(random.nextInt(100_000), random.nextInt(3)));
                }
            }
            long s = rollup.submitted(periods.get(m), template.versionId(), org, values);
            status.put(s, "SUBMITTED");
            if (random.nextBoolean()) {
                rollup.accept(s);
                status.put(s, "ACCEPTED");
            }
            return;
        }
    }

    private void checkSome(String context) {
        List<Long> orgs = targets();
        long org = orgs.get(random.nextInt(orgs.size()));
        for (Hierarchy h : Hierarchy.values()) {
            check(org, YearMonth.of(2025, 1), YearMonth.of(2025, 12), h, context);
        }
    }

    private void checkAll(String context) {
        for (long org : targets()) {
            for (Hierarchy h : Hierarchy.values()) {
                check(org, YearMonth.of(2025, 1), YearMonth.of(2025, 12), h, context);
                int from = 1 + random.nextInt(12);
                check(org, YearMonth.of(2025, from), YearMonth.of(2025, from + random.nextInt(13 - from)), h, context);
            }
        }
    }

    private void check(long org, YearMonth from, YearMonth to, Hierarchy h, String context) {
        for (String indicator : template.indicatorCodes()) {
            rollup.assertMatches(rollups, indicator, org, from, to, h, context);
            checks++;
        }
    }

    private List<Long> targets() {
        List<Long> orgs = new ArrayList<>(List.of(registry.id("VN"), registry.id("T03"), registry.id("T03-CA")));
        orgs.addAll(units.values());
        return orgs;
    }

    private List<Long> with(String wanted) {
        return status.entrySet().stream().filter(e -> e.getValue().equals(wanted)).map(Map.Entry::getKey).toList();
    }

    private boolean exists(long org, LocalDate day) {
        return jdbc.sql("SELECT count(*) > 0 FROM organization_ancestors_on(:o, :d) WHERE depth = 0")
                .param("o", org).param("d", day).query(Boolean.class).single();
    }

    private long apply(ReorganizationCommand command) {
        return inNewTransaction(() -> reorganizations.apply(command).id());
    }

    private <T> T inNewTransaction(java.util.function.Supplier<T> work) {
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        CurrentUser admin = fixtures.demoAdmin();
        return Fixtures.as(admin, () -> transactions.execute(s -> work.get()));
    }

    private static LocalDate month(int m) {
        return LocalDate.of(2025, m, 1);
    }
}
