package vn.phoihop.organization.scope;

import vn.phoihop.organization.Scope;
import vn.phoihop.organization.registry.RegistryQueries;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.phoihop.platform.VietnamTime;
import vn.phoihop.organization.OrganizationKind;

/**
 * Scope, as of today. A member of a central body (or of a unit outside every province) has a national scope.
 * Anyone else reaches their province's lineage: the province that contains their organisation today and every
 * province it was formed from (so the new Bắc Ninh reaches the units of the former Bắc Giang), with everything
 * whose current position lies below one of them. The current position of a closed unit is its last one.
 */
@Component
public class Scopes {

    private final JdbcClient jdbc;

    Scopes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a member of {@code organizationId} reaches. */
    public Scope scopeOf(long organizationId) {
        Optional<String> kind = jdbc.sql("SELECT kind FROM organization WHERE id = :id").param("id", organizationId)
                .query(String.class).optional();
        if (kind.isEmpty()) {
            return Scope.NONE;
        }
        if (OrganizationKind.valueOf(kind.get()).central()) {
            return Scope.NATIONAL;
        }
        return provinceOf(organizationId).map(p -> new Scope(false, lineage(p))).orElse(Scope.NATIONAL);
    }

    /** The province that contains the organisation on its current date, if any. */
    Optional<Long> provinceOf(long organizationId) {
        return jdbc.sql("SELECT organization_province(:id, :today)").param("id", organizationId)
                .param("today", VietnamTime.today()).query(Long.class).list().stream().filter(Objects::nonNull)
                .findFirst();
    }

    /**
     * The province and every organisation it was formed from that ended in doing so, transitively (reorganisations
     * not undone). A predecessor that lives on (the province a split left in place) is not part of the lineage:
     * otherwise the new province's users would reach the surviving one's units.
     */
    Set<Long> lineage(long provinceId) {
        return new HashSet<>(jdbc.sql("""
                WITH RECURSIVE back (id, depth) AS (
                    SELECT CAST(:id AS BIGINT), 0
                    UNION
                    SELECT t.predecessor_id, back.depth + 1 FROM back
                    JOIN reorganization_transition t ON t.successor_id = back.id AND t.predecessor_id <> back.id
                    JOIN reorganization r ON r.id = t.reorganization_id AND r.status <> 'UNDONE'
                    JOIN organization p ON p.id = t.predecessor_id
                    WHERE back.depth < 32 AND p.valid_to IS NOT NULL AND p.valid_to < r.effective_date
                )
                SELECT DISTINCT id FROM back
                """).param("id", provinceId).query(Long.class).list());
    }

    /** Every organisation within {@code scope} (for a national scope: use no filter at all instead). */
    public Set<Long> idsWithin(Scope scope) {
        Set<Long> lineage = scope.lineage();
        return new HashSet<>(jdbc.sql("""
                SELECT DISTINCT o.id FROM organization o JOIN organization_closure c ON c.descendant_id = o.id
                WHERE c.ancestor_id = ANY (:lineage) AND in_force(c.valid_from, c.valid_to, %s)
                """.formatted(RegistryQueries.CURRENT)).param("lineage", lineage.toArray(Long[]::new))
                .param("today", VietnamTime.today()).query(Long.class).list());
    }

    /** Whether {@code targetId} lies within {@code scope} (people, positions and restricted units need this). */
    public boolean within(Scope scope, long targetId) {
        return within(scope, List.of(targetId)).contains(targetId);
    }

    /** Whether a reader with {@code scope} may see {@code targetId} (ACCESS.md, organisations). */
    public boolean readable(Scope scope, long targetId) {
        return readable(scope, List.of(targetId)).contains(targetId);
    }

    /**
     * Of {@code ids}, those a reader with {@code scope} may see (ACCESS.md, organisations), in one query. Every
     * relation a response names (parents, predecessors, successors, leadership links, positions) passes here.
     */
    public Set<Long> readable(Scope scope, Collection<Long> ids) {
        return matching(ids, scope, scope.readable("o.id"));
    }

    /** Of {@code ids}, those within {@code scope}: whose people and positions the reader sees; one query. */
    public Set<Long> within(Scope scope, Collection<Long> ids) {
        return matching(ids, scope, scope.within("o.id"));
    }

    private Set<Long> matching(Collection<Long> ids, Scope scope, String condition) {
        Long[] wanted = ids.stream().filter(Objects::nonNull).distinct().toArray(Long[]::new);
        if (wanted.length == 0) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT o.id FROM organization o WHERE o.id = ANY (:ids) AND " + condition)
                .param("ids", wanted).params(scope.parameters()).query(Long.class).list());
    }
}
