package vn.phoihop.organization.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.account.CurrentUser;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.support.Fixtures;
import vn.phoihop.support.RegistryFixtures;
import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.organization.ReorganizationKind;
import vn.phoihop.organization.reorganization.ReorganizationCommand;
import vn.phoihop.organization.reorganization.Reorganizations;

/**
 * The closure table agrees with the parent periods it is derived from: random trees, grown and reshaped through the
 * real services (creations, moves and closures at random dates, seeded so a failure can be replayed), give for
 * every sampled date the same descendants from the closure table as a plain walk down the parent periods.
 */
@SpringBootTest
class ClosureTableTests {

    private static final LocalDate START = LocalDate.of(2025, 7, 1);

    @Autowired OrganizationDirectory directory;
    @Autowired OrganizationAdministration administration;
    @Autowired Reorganizations reorganizations;
    @Autowired RegistryFixtures registry;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = { 17, 2025, 90 })
    void descendantsFromTheClosureTableMatchAWalkDownTheParentPeriods(long seed) {
        Random random = new Random(seed);
        CurrentUser admin = fixtures.demoAdmin();
        String prefix = "CL" + seed + "-" + System.nanoTime() % 100000;
        long root = registry.unit(prefix + "-R", OrganizationKind.POLICE_UNIT, "Gốc " + prefix, "T33-CA", START);
        List<Long> units = new ArrayList<>(List.of(root));
        Map<Long, LocalDate> starts = new HashMap<>(Map.of(root, START));
        for (int i = 0; i < 30; i++) {
            long parent = units.get(random.nextInt(units.size()));
            LocalDate from = starts.get(parent).plusDays(random.nextInt(30));
            String code = prefix + "-" + i;
            Long created = Fixtures.as(admin, () -> attempt(() -> administration.create(
                    new OrganizationCommands.CreateOrganization(code, OrganizationKind.PARTY_CELL, "Chi bộ " + code,
                            null, null, parent, from)).id()));
            if (created != null) {
                units.add(created);
                starts.put(created, from);
            }
        }
        LocalDate date = START.plusDays(160);
        int applied = 0;
        for (int i = 0; i < 30; i++) {
            date = date.plusDays(1 + random.nextInt(20));
            long unit = units.get(1 + random.nextInt(units.size() - 1));
            boolean close = random.nextInt(6) == 0;
            ReorganizationCommand command = new ReorganizationCommand(close ? ReorganizationKind.CLOSE
                    : ReorganizationKind.MOVE, date, "Quyết định thử " + i, null, List.of(unit),
                    close ? null : units.get(random.nextInt(units.size())), null, null, null, null, null);
            applied += Fixtures.as(admin, () -> attempt(() -> reorganizations.apply(command).id())) == null ? 0 : 1;
        }
        assertThat(units).as("units created").hasSizeGreaterThan(20);
        assertThat(applied).as("moves and closures applied").isGreaterThan(10);
        for (int i = 0; i < 25; i++) {
            LocalDate asOf = START.minusDays(10).plusDays(random.nextInt(700));
            Set<Long> fromClosure = new HashSet<>();
            Fixtures.as(admin, () -> directory.descendants(root, asOf)).forEach(n -> fromClosure.add(n.id()));
            assertThat(fromClosure).as("descendants of %s as of %s (seed %d)", prefix, asOf, seed)
                    .isEqualTo(walk(root, asOf));
        }
    }

    /** The descendants of {@code root} on {@code date}, walking the parent periods directly. */
    private Set<Long> walk(long root, LocalDate date) {
        Map<Long, List<Long>> children = new HashMap<>();
        jdbc.sql("""
                SELECT p.organization_id, p.parent_id FROM organization_parent p
                JOIN organization o ON o.id = p.organization_id
                WHERE p.valid_from <= :d AND (p.valid_to IS NULL OR p.valid_to >= :d)
                  AND o.valid_from <= :d AND (o.valid_to IS NULL OR o.valid_to >= :d)
                """).param("d", date).query(rs -> {
                    children.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(rs.getLong(1));
                });
        Set<Long> found = new HashSet<>();
        List<Long> frontier = new ArrayList<>(List.of(root));
        boolean rootInForce = jdbc.sql("SELECT valid_from <= :d AND (valid_to IS NULL OR valid_to >= :d)"
                + " FROM organization WHERE id = :id").param("d", date).param("id", root).query(Boolean.class).single();
        while (rootInForce && !frontier.isEmpty()) {
            for (long child : children.getOrDefault(frontier.remove(0), List.of())) {
                if (found.add(child)) {
                    frontier.add(child);
                }
            }
        }
        return found;
    }

    /** Runs a change in its own transaction; a change the rules refuse (a cycle, say) is simply skipped. */
    private Long attempt(java.util.function.Supplier<Long> change) {
        try {
            return transactions.execute(s -> change.get());
        }
        catch (UserFacingException refused) {
            return null;
        }
    }
}
