package vn.phoihop.organization;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.organization.Scope;
import vn.phoihop.platform.VietnameseOrder;
import vn.phoihop.organization.registry.HistoryQueries;
import vn.phoihop.organization.registry.OrganizationView;
import vn.phoihop.organization.registry.RegistryQueries;
import vn.phoihop.organization.scope.Scopes;

/**
 * The registry's contract for other modules: look organisations up and decide scope, as of today. These methods
 * check no user: callers use them to make their own access decisions. A user's scope is national when their
 * organisation is a central body (or a unit outside every province); otherwise it is the subtree of the province
 * that contains their organisation today, together with the provinces that province was formed from.
 */
@Service
@Transactional(readOnly = true)
public class Organizations {

    private final RegistryQueries queries;
    private final HistoryQueries history;
    private final Scopes scopes;

    Organizations(RegistryQueries queries, HistoryQueries history, Scopes scopes) {
        this.queries = queries;
        this.history = history;
        this.scopes = scopes;
    }

    /** The organisation with its current name and parent (for a closed one: the last ones). */
    public Optional<OrganizationSummary> find(long id) {
        return queries.current(id).map(OrganizationView::summary);
    }

    public Optional<OrganizationSummary> findByCode(String code) {
        return queries.currentByCode(code).map(OrganizationView::summary);
    }

    /** The organisation as it was on {@code date}, if it existed then. */
    public Optional<OrganizationSummary> findAsOf(long id, LocalDate date) {
        return queries.asOf(id, date).map(OrganizationView::summary);
    }

    /**
     * Those of {@code ids} that existed on {@code date}, as they were named and placed that day (a 2024 document of
     * Tỉnh ủy Bắc Giang keeps that issuer name); one query however many ids.
     */
    public Map<Long, OrganizationSummary> findAllAsOf(Collection<Long> ids, LocalDate date) {
        Map<Long, OrganizationSummary> found = new HashMap<>();
        queries.asOf(ids.stream().distinct().toList(), date).forEach(v -> found.put(v.id(), v.summary()));
        return found;
    }

    /**
     * Each organisation as named and placed on its date (a list of documents, each issuer on its issue date), or, if
     * it did not exist on that date, as of its current date (today, or its last day); unknown ids are absent. One
     * query however many pairs.
     */
    public Map<OrganizationOnDate, OrganizationSummary> findEachAsOf(Collection<OrganizationOnDate> wanted) {
        Map<OrganizationOnDate, OrganizationSummary> found = new HashMap<>();
        queries.asOfEach(wanted).forEach((key, view) -> found.put(key, view.summary()));
        return found;
    }

    /**
     * The organisation and every organisation it was formed from, transitively, through reorganisations that were
     * not undone (Tỉnh ủy Bắc Ninh and the former Tỉnh ủy Bắc Giang): to find what an organisation's predecessors
     * did. Empty for an unknown id.
     */
    public Set<Long> withPredecessors(long id) {
        if (queries.current(id).isEmpty()) {
            return Set.of();
        }
        Set<Long> ids = new HashSet<>();
        ids.add(id);
        history.predecessors(List.of(id)).getOrDefault(id, List.of()).forEach(s -> ids.add(s.organization().id()));
        return ids;
    }

    /**
     * Every organisation in force today, for choosers in administration pages: central bodies first, then by kind;
     * within a kind provinces in official code order, everything else by name in Vietnamese order.
     */
    public List<OrganizationSummary> all() {
        return queries.allInForce().stream().map(OrganizationView::summary)
                .sorted(Comparator.comparing((OrganizationSummary o) -> !o.kind().central())
                        .thenComparing(OrganizationSummary::kind)
                        .thenComparing(OrganizationSummary::officialCode, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(VietnameseOrder.byName(OrganizationSummary::name))
                        .thenComparing(OrganizationSummary::code))
                .toList();
    }

    /**
     * Every organisation of a provincial-level or central {@code kind} in force on {@code date}, as named that day,
     * provinces in official code order: “all provincial police forces as of 01/06/2025” (63) or “as of 01/08/2025”
     * (34). Such organisations are read by everyone, so no scope applies; any other kind is refused.
     *
     * @throws IllegalArgumentException for a kind below provincial level
     */
    public List<OrganizationSummary> allOfKindOn(OrganizationKind kind, LocalDate date) {
        if (!kind.publiclyVisible()) {
            throw new IllegalArgumentException("only central and provincial-level kinds: " + kind);
        }
        return queries.list(date, kind, null, Scope.NATIONAL).stream().map(OrganizationView::summary).toList();
    }

    /**
     * Whether {@code targetId} lies in the scope of a member of {@code scopeOrganizationId}: always for a national
     * scope, otherwise when the target's province today is the member's province or one it was formed from.
     */
    public boolean inScope(long scopeOrganizationId, long targetId) {
        Scope scope = scopes.scopeOf(scopeOrganizationId);
        return scopes.within(scope, targetId);
    }

    /** The scope of a member of {@code organizationId}, as of today; {@link Scope#NONE} for an unknown one. */
    public Scope scopeOf(long organizationId) {
        return scopes.scopeOf(organizationId);
    }

    /**
     * The ids of the organisations within a provincial {@code scope}, for filters over stored ids (a national scope
     * needs no filter: test {@link Scope#national()} first); one query.
     */
    public Set<Long> idsWithin(Scope scope) {
        return scope.national() ? Set.of() : scopes.idsWithin(scope);
    }
}
