package vn.phoihop.organization.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.phoihop.organization.registry.OrganizationHistory.NamePeriod;
import vn.phoihop.organization.registry.OrganizationHistory.ParentPeriod;
import vn.phoihop.organization.registry.OrganizationHistory.ReorganizationEvent;
import vn.phoihop.organization.registry.OrganizationHistory.Transition;

import vn.phoihop.platform.VietnamTime;
import vn.phoihop.organization.ReorganizationKind;
import vn.phoihop.organization.reorganization.ReorganizationStatus;

/** Reads of an organisation's history and of predecessor and successor chains (reorganisations not undone). */
@Component
public class HistoryQueries {

    private static final String NAME_NOW = "(SELECT n.name FROM organization o JOIN organization_name n"
            + " ON n.organization_id = o.id WHERE o.id = %s AND in_force(n.valid_from, n.valid_to, "
            + RegistryQueries.CURRENT + "))";

    private final JdbcClient jdbc;
    private final RegistryQueries queries;

    HistoryQueries(JdbcClient jdbc, RegistryQueries queries) {
        this.jdbc = jdbc;
        this.queries = queries;
    }

    List<NamePeriod> names(long id) {
        return jdbc.sql("SELECT name, short_name, abbreviation, valid_from, valid_to FROM organization_name"
                + " WHERE organization_id = :id ORDER BY valid_from").param("id", id)
                .query((rs, n) -> new NamePeriod(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class))).list();
    }

    List<ParentPeriod> parents(long id) {
        return jdbc.sql("""
                SELECT p.parent_id, po.code, pn.name, p.valid_from, p.valid_to FROM organization_parent p
                JOIN organization po ON po.id = p.parent_id
                LEFT JOIN organization_name pn ON pn.organization_id = p.parent_id
                     AND in_force(pn.valid_from, pn.valid_to, GREATEST(p.valid_from, po.valid_from))
                WHERE p.organization_id = :id ORDER BY p.valid_from
                """).param("id", id).query((rs, n) -> new ParentPeriod(rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), false)).list();
    }

    /** Links in which the organisation leads or is led; only those in force on {@code asOf} when it is given. */
    List<LeadershipLinkView> leadership(long id, LocalDate asOf) {
        String period = asOf == null ? "" : " AND in_force(l.valid_from, l.valid_to, :asOf)";
        var statement = jdbc.sql("SELECT l.id, l.organization_id, " + NAME_NOW.formatted("l.organization_id")
                + ", l.leader_id, " + NAME_NOW.formatted("l.leader_id") + ", l.kind, l.valid_from, l.valid_to"
                + " FROM leadership_link l WHERE (l.organization_id = :id OR l.leader_id = :id)" + period
                + " ORDER BY l.valid_from, l.kind, l.id").param("id", id).param("today", VietnamTime.today());
        if (asOf != null) {
            statement = statement.param("asOf", asOf);
        }
        return statement.query((rs, n) -> new LeadershipLinkView(rs.getLong(1), rs.getLong(2), rs.getString(3),
                rs.getLong(4), rs.getString(5), LeadershipKind.valueOf(rs.getString(6)),
                rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class))).list();
    }

    /** The organisations led by {@code leaderId} on {@code asOf} along one line (both when null), directly or further down. */
    List<Long> ledThrough(long leaderId, LeadershipKind kind, LocalDate asOf) {
        return jdbc.sql("""
                WITH RECURSIVE led (id, depth) AS (
                    SELECT CAST(:leader AS BIGINT), 0
                    UNION
                    SELECT l.organization_id, led.depth + 1 FROM led JOIN leadership_link l ON l.leader_id = led.id
                    WHERE (CAST(:kind AS VARCHAR) IS NULL OR l.kind = :kind) AND in_force(l.valid_from, l.valid_to, :asOf)
                      AND led.depth < 16
                )
                SELECT DISTINCT id FROM led WHERE id <> :leader
                """).param("leader", leaderId).param("kind", kind == null ? null : kind.name()).param("asOf", asOf)
                .query(Long.class).list();
    }

    /** The reorganisations (not undone) in which the organisation was a predecessor or a successor. */
    List<ReorganizationEvent> events(long id) {
        Map<Long, ReorganizationEvent> events = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT r.id, r.kind, r.effective_date, r.legal_basis, r.status, t.predecessor_id,
                       %s AS pred_name, t.successor_id, %s AS succ_name, r.verified
                FROM reorganization r JOIN reorganization_transition t ON t.reorganization_id = r.id
                WHERE r.status <> 'UNDONE' AND r.id IN (SELECT reorganization_id FROM reorganization_transition
                                                       WHERE predecessor_id = :id OR successor_id = :id)
                ORDER BY r.effective_date, r.id, t.position
                """.formatted(NAME_NOW.formatted("t.predecessor_id"), NAME_NOW.formatted("t.successor_id")))
                .param("id", id).param("today", VietnamTime.today()).query(rs -> {
                    long rid = rs.getLong(1);
                    ReorganizationEvent event = events.computeIfAbsent(rid, k -> {
                        try {
                            return new ReorganizationEvent(rid, ReorganizationKind.valueOf(rs.getString(2)),
                                    rs.getObject(3, LocalDate.class), rs.getString(4), rs.getBoolean(10),
                                    ReorganizationStatus.valueOf(rs.getString(5)), new ArrayList<>());
                        }
                        catch (java.sql.SQLException ex) {
                            throw new IllegalStateException(ex);
                        }
                    });
                    event.transitions().add(new Transition(rs.getLong(6), rs.getString(7),
                            (Long) rs.getObject(8), rs.getString(9), false, false));
                });
        return events.values().stream().map(e -> new ReorganizationEvent(e.reorganizationId(), e.kind(),
                e.effectiveDate(), e.legalBasis(), e.verified(), e.status(), List.copyOf(e.transitions()))).toList();
    }

    /**
     * Where the organisation went, as of {@code asOf}: itself (generation 0) if it still exists that day,
     * otherwise every organisation along its successor chains up to {@code asOf}.
     */
    List<Succession> successors(long id, LocalDate asOf) {
        return successors(List.of(id), asOf).get(id);
    }

    /** {@link #successors(long, LocalDate)} of each of {@code ids}; the number of queries grows with depth only. */
    Map<Long, List<Succession>> successors(Collection<Long> ids, LocalDate asOf) {
        Map<Long, OrganizationView> inForce = new HashMap<>();
        queries.asOf(List.copyOf(ids), asOf).forEach(v -> inForce.put(v.id(), v));
        Map<Long, List<Succession>> result = walk(ids.stream().filter(id -> !inForce.containsKey(id)).toList(), asOf,
                true);
        inForce.forEach((id, view) -> result.put(id, List.of(new Succession(view, null, null, null, null, 0))));
        return result;
    }

    /** Where the organisation came from: every organisation along its predecessor chains. */
    public List<Succession> predecessors(long id) {
        return predecessors(List.of(id)).get(id);
    }

    /** {@link #predecessors(long)} of each of {@code ids}; the number of queries grows with the chains' depth only. */
    public Map<Long, List<Succession>> predecessors(Collection<Long> ids) {
        return walk(ids, null, false);
    }

    /**
     * The chains from every start, breadth first (each start's organisations in the order a queue would visit
     * them); one query for the steps and one for the organisations per generation, for all starts together.
     */
    private Map<Long, List<Succession>> walk(Collection<Long> starts, LocalDate asOf, boolean forward) {
        Map<Long, List<Succession>> result = new HashMap<>();
        Map<Long, Set<Long>> seen = new HashMap<>();
        Map<Long, List<Long>> frontier = new LinkedHashMap<>();
        for (long start : new LinkedHashSet<>(starts)) {
            result.put(start, new ArrayList<>());
            seen.put(start, new HashSet<>(Set.of(start)));
            frontier.put(start, List.of(start));
        }
        for (int generation = 1; !frontier.isEmpty(); generation++) {
            Map<Long, List<Step>> steps = steps(frontier.values().stream().flatMap(List::stream).toList(), asOf,
                    forward);
            Map<Long, List<Step>> taken = new LinkedHashMap<>();
            for (Map.Entry<Long, List<Long>> at : frontier.entrySet()) {
                Set<Long> visited = seen.get(at.getKey());
                List<Step> next = at.getValue().stream().flatMap(id -> steps.getOrDefault(id, List.of()).stream())
                        .filter(step -> visited.add(step.other())).toList();
                if (!next.isEmpty()) {
                    taken.put(at.getKey(), next);
                }
            }
            Map<Long, OrganizationView> others = new HashMap<>();
            queries.current(taken.values().stream().flatMap(List::stream).map(Step::other).distinct().toList())
                    .forEach(v -> others.put(v.id(), v));
            frontier = new LinkedHashMap<>();
            for (Map.Entry<Long, List<Step>> found : taken.entrySet()) {
                for (Step step : found.getValue()) {
                    result.get(found.getKey()).add(new Succession(others.get(step.other()), step.reorganizationId(),
                            step.kind(), step.date(), step.legalBasis(), generation));
                }
                frontier.put(found.getKey(), found.getValue().stream().map(Step::other).toList());
            }
        }
        return result;
    }

    /** The steps out of each of {@code ids}, by the organisation they leave from, in date and transition order. */
    private Map<Long, List<Step>> steps(List<Long> ids, LocalDate asOf, boolean forward) {
        String from = forward ? "predecessor_id" : "successor_id";
        String to = forward ? "successor_id" : "predecessor_id";
        Map<Long, List<Step>> steps = new HashMap<>();
        jdbc.sql("SELECT t." + from + ", t." + to + ", r.id, r.kind, r.effective_date, r.legal_basis"
                + " FROM reorganization_transition t JOIN reorganization r ON r.id = t.reorganization_id"
                + " WHERE t." + from + " = ANY (:ids) AND t." + to + " IS NOT NULL AND t." + to + " <> t." + from
                + " AND r.status <> 'UNDONE' AND (CAST(:asOf AS date) IS NULL OR r.effective_date <= :asOf)"
                + " ORDER BY r.effective_date, t.position").param("ids", ids.toArray(Long[]::new)).param("asOf", asOf)
                .query(rs -> {
                    steps.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Step(rs.getLong(2),
                            rs.getLong(3), ReorganizationKind.valueOf(rs.getString(4)),
                            rs.getObject(5, LocalDate.class), rs.getString(6)));
                });
        return steps;
    }

    private record Step(long other, long reorganizationId, ReorganizationKind kind, LocalDate date,
            String legalBasis) {
    }
}
