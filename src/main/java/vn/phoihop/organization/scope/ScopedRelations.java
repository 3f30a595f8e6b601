package vn.phoihop.organization.scope;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.phoihop.organization.registry.OrganizationHistory.ParentPeriod;
import vn.phoihop.organization.registry.OrganizationHistory.ReorganizationEvent;
import vn.phoihop.organization.registry.OrganizationHistory.Transition;
import vn.phoihop.organization.Scope;
import vn.phoihop.organization.registry.LeadershipLinkView;
import vn.phoihop.organization.registry.OrganizationHistory;
import vn.phoihop.organization.registry.OrganizationView;
import vn.phoihop.organization.registry.Succession;
import vn.phoihop.organization.registry.TreeNode;

/**
 * Applies the reader's scope to every organisation a response names besides the one asked for: parents,
 * predecessors, successors, the sides of a reorganisation, leadership links. The decision for all ids of one
 * response is one query ({@link Scopes#readable(Scope, Collection)}). What lies outside the scope is either left out
 * (a leadership link) or kept as a placeholder without id, code or name (a link of a succession chain, a parent
 * period, a side of a transition), so a chain keeps its shape; a parent outside the scope becomes {@code null}.
 */
@Component
public class ScopedRelations {

    private final Scopes scopes;

    ScopedRelations(Scopes scopes) {
        this.scopes = scopes;
    }

    /** The organisations, each with its parent only when the reader may see it. */
    public List<OrganizationView> views(Scope scope, List<OrganizationView> views) {
        if (scope.national()) {
            return views;
        }
        Set<Long> readable = scopes.readable(scope, views.stream().map(OrganizationView::parentId).toList());
        return views.stream().map(v -> withParent(v, readable)).toList();
    }

    public OrganizationView view(Scope scope, OrganizationView view) {
        return views(scope, List.of(view)).get(0);
    }

    /** The tree nodes, each with its parent only when the reader may see it. */
    public List<TreeNode> nodes(Scope scope, List<TreeNode> nodes) {
        if (scope.national()) {
            return nodes;
        }
        Set<Long> readable = scopes.readable(scope, nodes.stream().map(TreeNode::parentId).toList());
        return nodes.stream().map(n -> n.parentId() == null || readable.contains(n.parentId()) ? n
                : new TreeNode(n.id(), null, n.depth(), n.code(), n.kind(), n.name(), n.shortName())).toList();
    }

    /** A predecessor or successor chain with the organisations outside the scope as placeholders. */
    public List<Succession> chain(Scope scope, List<Succession> chain) {
        return chains(scope, List.of(chain)).get(0);
    }

    /** Several chains, decided in one query. */
    public List<List<Succession>> chains(Scope scope, List<List<Succession>> chains) {
        if (scope.national()) {
            return chains;
        }
        Set<Long> ids = new HashSet<>();
        chains.forEach(chain -> chain.forEach(s -> {
            ids.add(s.organization().id());
            ids.add(s.organization().parentId());
        }));
        Set<Long> readable = scopes.readable(scope, ids);
        return chains.stream().map(chain -> chain.stream().map(s -> readable.contains(s.organization().id())
                ? new Succession(withParent(s.organization(), readable), s.reorganizationId(), s.via(), s.date(),
                        s.legalBasis(), s.generation())
                : s.outside()).toList()).toList();
    }

    /** Leadership links of {@code id} whose other organisation the reader may see. */
    public List<LeadershipLinkView> links(Scope scope, long id, List<LeadershipLinkView> links) {
        if (scope.national()) {
            return links;
        }
        Set<Long> readable = scopes.readable(scope, links.stream().map(l -> other(l, id)).toList());
        return links.stream().filter(l -> readable.contains(other(l, id))).toList();
    }

    /** The organisations among {@code ids} that the reader may see, in the given order. */
    public List<Long> readable(Scope scope, List<Long> ids) {
        if (scope.national()) {
            return ids;
        }
        Set<Long> readable = scopes.readable(scope, ids);
        return ids.stream().filter(readable::contains).toList();
    }

    /** The history as the reader may see it. */
    public OrganizationHistory history(Scope scope, OrganizationHistory history) {
        if (scope.national()) {
            return history;
        }
        long id = history.organization().id();
        Set<Long> ids = new HashSet<>();
        ids.add(history.organization().parentId());
        history.parents().forEach(p -> ids.add(p.parentId()));
        history.leadership().forEach(l -> ids.add(other(l, id)));
        history.events().forEach(e -> e.transitions().forEach(t -> {
            ids.add(t.predecessorId());
            ids.add(t.successorId());
        }));
        Set<Long> readable = scopes.readable(scope, ids);
        List<ParentPeriod> parents = history.parents().stream()
                .map(p -> readable.contains(p.parentId()) ? p : p.outside()).toList();
        List<LeadershipLinkView> links = history.leadership().stream().filter(l -> readable.contains(other(l, id)))
                .toList();
        List<ReorganizationEvent> events = new ArrayList<>();
        for (ReorganizationEvent e : history.events()) {
            List<Transition> transitions = e.transitions().stream().map(t -> transition(t, readable))
                    .filter(t -> !t.predecessorOutsideScope() || !(t.successorOutsideScope() || t.closed()))
                    .toList();
            events.add(new ReorganizationEvent(e.reorganizationId(), e.kind(), e.effectiveDate(), e.legalBasis(),
                    e.verified(), e.status(), transitions));
        }
        return new OrganizationHistory(withParent(history.organization(), readable), history.names(), parents,
                links, events);
    }

    private static Transition transition(Transition t, Set<Long> readable) {
        boolean predecessorHidden = !readable.contains(t.predecessorId());
        boolean successorHidden = t.successorId() != null && !readable.contains(t.successorId());
        return new Transition(predecessorHidden ? null : t.predecessorId(),
                predecessorHidden ? null : t.predecessorName(), successorHidden ? null : t.successorId(),
                successorHidden ? null : t.successorName(), predecessorHidden, successorHidden);
    }

    private static OrganizationView withParent(OrganizationView v, Set<Long> readable) {
        if (v.parentId() == null || readable.contains(v.parentId())) {
            return v;
        }
        return new OrganizationView(v.id(), v.code(), v.officialCode(), v.kind(), v.name(), v.shortName(),
                v.abbreviation(), null,
                v.provinceId(), v.validFrom(), v.validTo(), v.asOf(), v.version());
    }

    private static long other(LeadershipLinkView link, long id) {
        return link.organizationId() == id ? link.leaderId() : link.organizationId();
    }
}
