package vn.phoihop.organization.scope;

import vn.phoihop.organization.registry.RegistryQueries;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
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
    public Reach reachOf(long organizationId) {
        Optional<String> kind = jdbc.sql("SELECT kind FROM organization WHERE id = :id").param("id", organizationId)
                .query(String.class).optional();
        if (kind.isEmpty()) {
            return new Reach(false, Set.of());
        }
        if (OrganizationKind.valueOf(kind.get()).central()) {
            return Reach.NATIONAL;
        }
        return provinceOf(organizationId).map(p -> new Reach(false, lineage(p))).orElse(Reach.NATIONAL);
    }

    /** The province that contains the organisation on its current date, if any. */
    Optional<Long> provinceOf(long organizationId) {
        return jdbc.sql("""
                SELECT c.ancestor_id FROM organization o
                JOIN organization_closure c ON c.descendant_id = o.id
                JOIN organization a ON a.id = c.ancestor_id AND a.kind = 'PROVINCE'
                WHERE o.id = :id AND c.valid_from <= %1$s AND (c.valid_to IS NULL OR c.valid_to >= %1$s)
                LIMIT 1
                """.formatted(RegistryQueries.CURRENT)).param("id", organizationId).param("today", VietnamTime.today())
                .query(Long.class).optional();
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

    /** Every organisation whose current position lies below one of {@code lineage}. */
    public Set<Long> scopeIds(Set<Long> lineage) {
        return new HashSet<>(jdbc.sql("""
                SELECT DISTINCT o.id FROM organization o JOIN organization_closure c ON c.descendant_id = o.id
                WHERE c.ancestor_id = ANY (:lineage) AND c.valid_from <= %1$s
                  AND (c.valid_to IS NULL OR c.valid_to >= %1$s)
                """.formatted(RegistryQueries.CURRENT)).param("lineage", lineage.toArray(Long[]::new))
                .param("today", VietnamTime.today()).query(Long.class).list());
    }

    /** Whether {@code targetId} lies within {@code reach} (people, positions and restricted units need this). */
    public boolean within(Reach reach, long targetId) {
        return within(reach, List.of(targetId)).contains(targetId);
    }

    /** Whether a reader with {@code reach} may see {@code targetId} (ACCESS.md, organisations). */
    public boolean readable(Reach reach, long targetId) {
        return readable(reach, List.of(targetId)).contains(targetId);
    }

    /**
     * Of {@code ids}, those a reader with {@code reach} may see (ACCESS.md, organisations), in one query. Every
     * relation a response names (parents, predecessors, successors, leadership links, positions) passes here.
     */
    public Set<Long> readable(Reach reach, Collection<Long> ids) {
        return matching(ids, visibility(reach), visibility(reach).condition("o"));
    }

    /** Of {@code ids}, those within {@code reach}: whose people and positions the reader sees; one query. */
    public Set<Long> within(Reach reach, Collection<Long> ids) {
        return matching(ids, visibility(reach), visibility(reach).scopeCondition("o"));
    }

    private Set<Long> matching(Collection<Long> ids, Visibility visibility, String condition) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT o.id FROM organization o WHERE o.id = ANY (:ids) AND " + condition)
                .param("ids", ids.stream().filter(java.util.Objects::nonNull).distinct().toArray(Long[]::new)).params(visibility.parameters())
                .query(Long.class).list());
    }

    /** The visibility conditions for lists read with {@code reach}. */
    public Visibility visibility(Reach reach) {
        return reach.national() ? Visibility.everything() : new Visibility(false, reach.lineage());
    }

    /** National, or the lineage of one province. */
    public record Reach(boolean national, Set<Long> lineage) {

        static final Reach NATIONAL = new Reach(true, Set.of());
    }
}
