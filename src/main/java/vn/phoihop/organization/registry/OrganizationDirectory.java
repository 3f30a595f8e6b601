package vn.phoihop.organization.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.organization.Scope;
import vn.phoihop.platform.VietnamTime;
import vn.phoihop.platform.VietnameseOrder;
import vn.phoihop.platform.Texts;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.organization.scope.Access;
import vn.phoihop.organization.scope.ScopedRelations;
import vn.phoihop.organization.scope.Scopes;

/**
 * Reading the registry, for pages and the API, as of any date. Every method checks the acting user: central and
 * provincial-level organisations are readable by everyone signed in; other units only within the user's scope
 * (others are "not found"). A {@code null} date means today.
 */
@Service
@Transactional(readOnly = true)
public class OrganizationDirectory {

    /** Code of the national root, the ancestor of every organisation. */
    public static final String NATIONAL_ROOT = "VN";

    private static final int SEARCH_LIMIT = 50;

    private final Access access;
    private final Scopes scopes;
    private final RegistryQueries queries;
    private final HistoryQueries history;
    private final ScopedRelations relations;

    OrganizationDirectory(Access access, Scopes scopes, RegistryQueries queries, HistoryQueries history,
            ScopedRelations relations) {
        this.access = access;
        this.scopes = scopes;
        this.queries = queries;
        this.history = history;
        this.relations = relations;
    }

    /** The organisation as of {@code asOf} (its current facts when {@code asOf} is null); 404 if it did not exist. */
    public OrganizationView get(long id, LocalDate asOf) {
        Scope scope = access.scope();
        access.requireReadable(scope, id);
        return relations.view(scope, (asOf == null ? queries.current(id) : queries.asOf(id, asOf))
                .orElseThrow(() -> UserFacingException.notFound("organization.notInForce", asOf)));
    }

    /**
     * The names on {@code asOf} of those of {@code ids} that the user may read and that existed that day (the others
     * are absent); two queries however many ids.
     */
    public Map<Long, String> namesOn(Collection<Long> ids, LocalDate asOf) {
        Set<Long> readable = scopes.readable(access.scope(), ids);
        Map<Long, String> names = new HashMap<>();
        queries.asOf(List.copyOf(readable), day(asOf)).forEach(v -> names.put(v.id(), v.name()));
        return names;
    }

    /** The national root, whose descendants are the whole tree. */
    public OrganizationView nationalRoot() {
        access.actor();
        return queries.currentByCode(NATIONAL_ROOT).orElseThrow();
    }

    /**
     * The organisations in force on {@code asOf}, optionally of one kind and under one parent, that the user sees;
     * "not found" for a parent the user may not read.
     */
    public List<OrganizationView> list(LocalDate asOf, OrganizationKind kind, Long parentId) {
        Scope scope = access.scope();
        if (parentId != null) {
            access.requireReadable(scope, parentId);
        }
        return relations.views(scope, queries.list(day(asOf), kind, parentId, scope));
    }

    /** The subtree below {@code id} as of {@code asOf}, without the root, shallowest first; from the closure table. */
    public List<TreeNode> descendants(long id, LocalDate asOf) {
        Scope scope = access.scope();
        access.requireReadable(scope, id);
        return relations.nodes(scope, queries.descendants(id, day(asOf), scope));
    }

    /**
     * Organisations in force on {@code asOf} whose name contains {@code text}, ignoring diacritics (đ = d), each with
     * its predecessors; exact-diacritic matches first. An organisation that ended before {@code asOf} and matches
     * brings in the organisations it went to ("bac giang" as of 2026 finds the new Bắc Ninh).
     */
    public List<SearchHit> search(String text, LocalDate asOf) {
        Scope scope = access.scope();
        LocalDate day = day(asOf);
        String folded = Texts.fold(text);
        if (folded.isEmpty()) {
            return List.of();
        }
        Map<Long, Boolean> found = new LinkedHashMap<>();
        relations.readable(scope, queries.searchIds(folded, day, SEARCH_LIMIT)).forEach(id -> found.put(id, false));
        List<Long> formers = relations.readable(scope, queries.searchFormerIds(folded, day, SEARCH_LIMIT));
        Map<Long, List<Succession>> successors = history.successors(formers, day);
        for (long former : formers) {
            successors.get(former).stream().filter(s -> s.organization().validOn(day))
                    .forEach(s -> found.putIfAbsent(s.organization().id(), true));
        }
        List<Long> ids = relations.readable(scope, List.copyOf(found.keySet()));
        ids = ids.subList(0, Math.min(ids.size(), SEARCH_LIMIT));
        List<OrganizationView> views = relations.views(scope, queries.asOf(ids, day));
        Map<Long, List<Succession>> chains = history.predecessors(ids);
        List<List<Succession>> predecessors = relations.chains(scope,
                views.stream().map(v -> chains.get(v.id())).toList());
        String exact = Texts.nfc(text).toLowerCase();
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < views.size(); i++) {
            hits.add(new SearchHit(views.get(i), predecessors.get(i), found.get(views.get(i).id())));
        }
        hits.sort(Comparator.comparing((SearchHit hit) -> !contains(hit, exact))
                .thenComparing(hit -> !folded.equals(Texts.fold(hit.organization().shortName()))
                        && !folded.equals(Texts.fold(hit.organization().name())))
                .thenComparing(hit -> hit.organization().kind().ordinal())
                .thenComparing(VietnameseOrder.byName((SearchHit hit) -> hit.organization().name())));
        return hits;
    }

    /** Names, parents, leadership links and reorganisations of the organisation, over its whole life. */
    public OrganizationHistory history(long id) {
        Scope scope = access.scope();
        access.requireReadable(scope, id);
        return relations.history(scope, new OrganizationHistory(queries.current(id).orElseThrow(), history.names(id),
                history.parents(id), history.leadership(id, null), history.events(id)));
    }

    /**
     * Where the organisation went, as of {@code asOf}: itself if it still exists then (generation 0), otherwise
     * every organisation along its successor chains, each with the reorganisation, its date and legal basis.
     */
    public List<Succession> successors(long id, LocalDate asOf) {
        Scope scope = access.scope();
        access.requireReadable(scope, id);
        return relations.chain(scope, history.successors(id, day(asOf)));
    }

    /** Where the organisation came from: every organisation along its predecessor chains, nearest first. */
    public List<Succession> predecessors(long id) {
        Scope scope = access.scope();
        access.requireReadable(scope, id);
        return relations.chain(scope, history.predecessors(id));
    }

    /** The leadership links of the organisation in force on {@code asOf}, in both directions. */
    public List<LeadershipLinkView> leadership(long id, LocalDate asOf) {
        Scope scope = access.scope();
        access.requireReadable(scope, id);
        return relations.links(scope, id, history.leadership(id, day(asOf)));
    }

    /** The organisations {@code leaderId} leads on {@code asOf} along one line (both when null), directly or further down. */
    public List<OrganizationView> ledThrough(long leaderId, LeadershipKind kind, LocalDate asOf) {
        Scope scope = access.scope();
        access.requireReadable(scope, leaderId);
        LocalDate day = day(asOf);
        return relations.views(scope, queries.asOf(relations.readable(scope, history.ledThrough(leaderId, kind, day)),
                day));
    }

    private static boolean contains(SearchHit hit, String exact) {
        String name = hit.organization().name();
        return name != null && name.toLowerCase().contains(exact);
    }

    private static LocalDate day(LocalDate asOf) {
        return asOf == null ? VietnamTime.today() : asOf;
    }
}
