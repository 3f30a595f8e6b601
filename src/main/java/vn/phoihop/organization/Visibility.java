package vn.phoihop.organization;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

import vn.phoihop.platform.VietnamTime;

/**
 * Which organisations a reader sees, as an SQL condition over an organisation alias: everything for a national
 * reader; otherwise the central and provincial-level organisations, units outside every province, and the units
 * within the reader's scope.
 */
record Visibility(boolean national, Set<Long> scopeIds) {

    private static final String[] PUBLIC_KINDS = Arrays.stream(OrganizationKind.values())
            .filter(OrganizationKind::publiclyVisible).map(Enum::name).toArray(String[]::new);

    static Visibility everything() {
        return new Visibility(true, Set.of());
    }

    String condition(String alias) {
        if (national) {
            return "TRUE";
        }
        String current = RegistryQueries.CURRENT.replace("o.", alias + ".").replace(":today", ":visToday");
        return "(" + alias + ".kind = ANY (:visKinds) OR " + alias + ".id = ANY (:visScope) OR NOT EXISTS ("
                + "SELECT 1 FROM organization_closure vc JOIN organization va ON va.id = vc.ancestor_id"
                + " WHERE vc.descendant_id = " + alias + ".id AND va.kind = 'PROVINCE' AND vc.valid_from <= " + current
                + " AND (vc.valid_to IS NULL OR vc.valid_to >= " + current + ")))";
    }

    Map<String, Object> parameters() {
        if (national) {
            return Map.of();
        }
        return Map.of("visKinds", PUBLIC_KINDS, "visScope", scopeIds.toArray(Long[]::new), "visToday",
                VietnamTime.today());
    }
}
