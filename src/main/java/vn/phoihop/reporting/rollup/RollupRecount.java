package vn.phoihop.reporting.rollup;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.phoihop.organization.OrganizationSuccession;
import vn.phoihop.organization.OrganizationsReorganized;
import vn.phoihop.organization.ReorganizationUndone;
import vn.phoihop.platform.VietnamTime;

/**
 * Keeps the roll-up totals right when the registry applies or undoes a reorganisation: the accepted submissions whose
 * contribution set (their organisation's ancestors, with parents, in either hierarchy) is no longer what the
 * registry's functions give are taken out and counted again with the new ancestors, inside the reorganisation's own
 * transaction (the registry publishes its events when the {@code Reorganization} aggregate is saved, so this listener
 * runs just before that transaction commits, after the closure table has been rebuilt): totals are never stale and a
 * failed recount rolls the reorganisation back.
 *
 * <p>Found set-wise, not by scanning every submission: the candidates are the accepted submissions that counted in one
 * of the organisations the reorganisation names (predecessors and successors) or that belong to one of them; among
 * those, one statement compares stored contributions with {@code organization_ancestors_on} (H) and
 * {@code organization_current_ancestors} (C) and keeps the ones that differ. Every organisation whose ancestors a
 * reorganisation changes is a named one or lies below one in its old hierarchy (merged, split, moved or closed units
 * take their subtrees along), so its submissions are among the candidates.
 *
 * <p><b>Not covered</b>: changes of the hierarchy that are not reorganisations (an administrator's direct edit of a
 * parent or of validity dates, a unit import); and the C hierarchy's "today": a reorganisation with a future
 * effective date is counted as the registry's functions see it on the day it is applied, and nothing recounts when
 * that date arrives. Both keep totals consistent with what was stored, not with the registry, until the next
 * acceptance or reorganisation touching those submissions.
 */
@Component
class RollupRecount {

    private static final String CHANGED = """
            WITH candidate AS (
                SELECT c.submission_id AS id FROM report_contribution c WHERE c.organization_id = ANY(:orgs)
                UNION
                SELECT s.id FROM report_submission s WHERE s.organization_id = ANY(:orgs) AND s.status = 'ACCEPTED'
            ), fresh AS (
                SELECT s.id AS submission_id, 'H' AS hierarchy, a.ancestor_id AS organization_id,
                       lead(a.ancestor_id) OVER (PARTITION BY s.id ORDER BY a.depth) AS parent_id
                FROM candidate k JOIN report_submission s ON s.id = k.id AND s.status = 'ACCEPTED'
                JOIN report_period p ON p.id = s.period_id
                CROSS JOIN LATERAL organization_ancestors_on(s.organization_id, p.ends_on) a
                UNION
                SELECT s.id, 'C', a.ancestor_id, lead(a.ancestor_id) OVER (PARTITION BY s.id ORDER BY a.depth)
                FROM candidate k JOIN report_submission s ON s.id = k.id AND s.status = 'ACCEPTED'
                CROSS JOIN LATERAL organization_current_ancestors(s.organization_id, :today) a
            ), stored AS (
                SELECT c.submission_id, c.hierarchy::text AS hierarchy, c.organization_id, c.parent_id
                FROM report_contribution c JOIN candidate k ON k.id = c.submission_id
            )
            SELECT DISTINCT submission_id FROM (
                (SELECT * FROM stored EXCEPT SELECT * FROM fresh)
                UNION ALL
                (SELECT * FROM fresh EXCEPT SELECT * FROM stored)
            ) d ORDER BY 1
            """;

    private final JdbcClient jdbc;
    private final RollupTotals totals;

    RollupRecount(JdbcClient jdbc, RollupTotals totals) {
        this.jdbc = jdbc;
        this.totals = totals;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(OrganizationsReorganized event) {
        recount(event.successions());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(ReorganizationUndone event) {
        recount(event.successions());
    }

    /** Recounts the accepted submissions whose contributions the named organisations' change has made stale. */
    int recount(List<OrganizationSuccession> successions) {
        Long[] named = successions.stream().flatMap(s -> Stream.of(s.predecessorId(), s.successorId()))
                .filter(Objects::nonNull).distinct().toArray(Long[]::new);
        if (named.length == 0) {
            return 0;
        }
        List<Long> stale = jdbc.sql(CHANGED).param("orgs", named).param("today", VietnamTime.today())
                .query(Long.class).list();
        if (!stale.isEmpty()) {
            totals.withdrawnAll(stale);
            totals.acceptedAll(stale);
        }
        return stale.size();
    }
}
