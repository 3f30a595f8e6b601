package vn.phoihop.organization.scope;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;

import vn.phoihop.platform.VietnamTime;
import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.organization.registry.RegistryQueries;

/**
 * Which organisations a reader sees, as SQL conditions over an organisation alias, decided by the province that
 * contains the organisation on its current date (its last one for a closed organisation). {@link #condition}:
 * everything for a national reader; otherwise the central and provincial-level organisations, units outside every
 * province, and the units whose province is in the reader's lineage. {@link #scopeCondition}: only the latter (people
 * and positions, and what a provincial administrator may change).
 *
 * @param lineage the reader's province and every province it was formed from (empty for a national reader)
 */
public record Visibility(boolean national, Set<Long> lineage) {

    private static final String[] PUBLIC_KINDS = Arrays.stream(OrganizationKind.values())
            .filter(OrganizationKind::publiclyVisible).map(Enum::name).toArray(String[]::new);

    static Visibility everything() {
        return new Visibility(true, Set.of());
    }

    /** Whether the organisation {@code alias} may be read. */
    public String condition(String alias) {
        if (national) {
            return "TRUE";
        }
        return "(" + alias + ".kind = ANY (:visKinds) OR COALESCE(" + provinceInLineage(alias) + ", TRUE))";
    }

    /** Whether the organisation {@code alias} lies within the reader's scope (its people and positions). */
    String scopeCondition(String alias) {
        if (national) {
            return "TRUE";
        }
        return "COALESCE(" + provinceInLineage(alias) + ", FALSE)";
    }

    /** Whether the organisation's current province is in the lineage; NULL when it lies outside every province. */
    private static String provinceInLineage(String alias) {
        String current = RegistryQueries.CURRENT.replace("o.", alias + ".").replace(":today", ":visToday");
        return "(SELECT vc.ancestor_id = ANY (:visLineage) FROM organization_closure vc"
                + " JOIN organization va ON va.id = vc.ancestor_id WHERE vc.descendant_id = " + alias + ".id"
                + " AND va.kind = 'PROVINCE' AND vc.valid_from <= " + current
                + " AND (vc.valid_to IS NULL OR vc.valid_to >= " + current + ") LIMIT 1)";
    }

    public Map<String, Object> parameters() {
        if (national) {
            return Map.of();
        }
        return Map.of("visKinds", PUBLIC_KINDS, "visLineage", lineage.toArray(Long[]::new), "visToday",
                VietnamTime.today());
    }
}
