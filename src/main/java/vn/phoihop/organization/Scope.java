package vn.phoihop.organization;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import vn.phoihop.platform.VietnamTime;

/**
 * Whose organisations a user reaches, as of today (ACCESS.md): {@linkplain #national() national} for a member of a
 * central body (or of a unit outside every province), otherwise the {@linkplain #lineage() lineage} of their
 * province: the province that contains their organisation today and every province it was formed from and that
 * ended in doing so (the new Bắc Ninh reaches the units of the former Bắc Giang). An organisation is placed by the
 * province that contains it on its current date (its last one for a closed organisation).
 *
 * <p>Computed once per request ({@link Organizations#scopeOf}) and used for pages, the API and SQL alike. In SQL
 * it is a call of the registry's functions with bound parameters ({@link #parameters()}), never text spliced into
 * a query:
 * <ul>
 * <li>{@link #readable(String)}: whether an organisation may be read (central and provincial-level organisations
 * by everyone; units outside every province too; other units within the lineage);</li>
 * <li>{@link #within(String)}: whether it lies within the lineage (its people and positions, what a provincial
 * administrator may change).</li>
 * </ul>
 */
public record Scope(boolean national, Set<Long> lineage) {

    /** Everything. */
    public static final Scope NATIONAL = new Scope(true, Set.of());

    /** Nothing below the publicly visible organisations (an unknown organisation). */
    public static final Scope NONE = new Scope(false, Set.of());

    private static final String[] PUBLIC_KINDS = Arrays.stream(OrganizationKind.values())
            .filter(OrganizationKind::publiclyVisible).map(Enum::name).toArray(String[]::new);

    public Scope {
        lineage = Set.copyOf(Objects.requireNonNull(lineage));
    }

    /**
     * SQL condition: whether the organisation whose id is the expression {@code idColumn} (a column such as
     * {@code o.id}) may be read with this scope. Bind {@link #parameters()}.
     */
    public String readable(String idColumn) {
        return "organization_readable(" + idColumn + ", :scopeNational, :scopeLineage, :scopePublicKinds, :scopeToday)";
    }

    /** SQL condition: whether the organisation {@code idColumn} lies within this scope. Bind {@link #parameters()}. */
    public String within(String idColumn) {
        return "organization_within(" + idColumn + ", :scopeNational, :scopeLineage, :scopeToday)";
    }

    /** The bound parameters of {@link #readable} and {@link #within}. */
    public Map<String, Object> parameters() {
        return Map.of("scopeNational", national, "scopeLineage", lineage.toArray(Long[]::new), "scopePublicKinds",
                PUBLIC_KINDS, "scopeToday", VietnamTime.today());
    }
}
