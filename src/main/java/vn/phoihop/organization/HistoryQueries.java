package vn.phoihop.organization;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.phoihop.organization.OrganizationHistory.NamePeriod;
import vn.phoihop.organization.OrganizationHistory.ParentPeriod;
import vn.phoihop.organization.OrganizationHistory.ReorganizationEvent;
import vn.phoihop.organization.OrganizationHistory.Transition;

import vn.phoihop.platform.VietnamTime;

/** Reads of an organisation's history and of predecessor and successor chains (reorganisations not undone). */
@Component
class HistoryQueries {

    private static final String NAME_NOW = "(SELECT n.name FROM organization o JOIN organization_name n"
            + " ON n.organization_id = o.id WHERE o.id = %s AND n.valid_from <= " + RegistryQueries.CURRENT
            + " AND (n.valid_to IS NULL OR n.valid_to >= " + RegistryQueries.CURRENT + "))";

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
                     AND pn.valid_from <= GREATEST(p.valid_from, po.valid_from)
                     AND (pn.valid_to IS NULL OR pn.valid_to >= GREATEST(p.valid_from, po.valid_from))
                WHERE p.organization_id = :id ORDER BY p.valid_from
                """).param("id", id).query((rs, n) -> new ParentPeriod(rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), false)).list();
    }

    /** Links in which the organisation leads or is led; only those in force on {@code asOf} when it is given. */
    List<LeadershipLinkView> leadership(long id, LocalDate asOf) {
        String period = asOf == null ? "" : " AND l.valid_from <= :asOf AND (l.valid_to IS NULL OR l.valid_to >= :asOf)";
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
                    WHERE (CAST(:kind AS VARCHAR) IS NULL OR l.kind = :kind) AND l.valid_from <= :asOf AND (l.valid_to IS NULL OR l.valid_to >= :asOf)
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
        OrganizationView start = queries.current(id).orElseThrow();
        if (start.validOn(asOf)) {
            return List.of(new Succession(queries.asOf(id, asOf).orElseThrow(), null, null, null, null, 0));
        }
        return walk(id, asOf, true);
    }

    /** Where the organisation came from: every organisation along its predecessor chains. */
    List<Succession> predecessors(long id) {
        return walk(id, null, false);
    }

    private List<Succession> walk(long start, LocalDate asOf, boolean forward) {
        List<Succession> result = new ArrayList<>();
        Set<Long> seen = new HashSet<>(Set.of(start));
        Deque<long[]> frontier = new ArrayDeque<>();
        frontier.add(new long[] { start, 0 });
        while (!frontier.isEmpty()) {
            long[] at = frontier.poll();
            for (Step step : steps(at[0], asOf, forward)) {
                if (seen.add(step.other())) {
                    OrganizationView other = queries.current(step.other()).orElseThrow();
                    result.add(new Succession(other, step.reorganizationId(), step.kind(), step.date(),
                            step.legalBasis(), (int) at[1] + 1));
                    frontier.add(new long[] { step.other(), at[1] + 1 });
                }
            }
        }
        return result;
    }

    private List<Step> steps(long id, LocalDate asOf, boolean forward) {
        String from = forward ? "predecessor_id" : "successor_id";
        String to = forward ? "successor_id" : "predecessor_id";
        return jdbc.sql("SELECT t." + to + ", r.id, r.kind, r.effective_date, r.legal_basis"
                + " FROM reorganization_transition t JOIN reorganization r ON r.id = t.reorganization_id"
                + " WHERE t." + from + " = :id AND t." + to + " IS NOT NULL AND t." + to + " <> :id"
                + " AND r.status <> 'UNDONE' AND (CAST(:asOf AS date) IS NULL OR r.effective_date <= :asOf)"
                + " ORDER BY r.effective_date, t.position").param("id", id).param("asOf", asOf)
                .query((rs, n) -> new Step(rs.getLong(1), rs.getLong(2), ReorganizationKind.valueOf(rs.getString(3)),
                        rs.getObject(4, LocalDate.class), rs.getString(5))).list();
    }

    private record Step(long other, long reorganizationId, ReorganizationKind kind, LocalDate date,
            String legalBasis) {
    }
}
