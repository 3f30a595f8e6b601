package vn.phoihop.reporting.period;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.phoihop.organization.OrganizationSuccession;
import vn.phoihop.organization.OrganizationsReorganized;
import vn.phoihop.organization.ReorganizationUndone;

/**
 * Assignments follow the registry. When a reorganisation ends an organisation (merged, split, closed), each of its
 * assignments still in force on the effective date ends the day before, and each successor inherits it from the
 * effective date to the original's end ({@code inherited_from}, {@code reorganization_id}), unless the successor
 * already has an assignment of that template in force that day. Undoing the reorganisation deletes the inherited
 * assignments and gives the originals back their former end.
 *
 * <p><b>Why synchronous, inside the registry's transaction</b> (not {@code @ApplicationModuleListener}, which runs
 * after commit): who must report a period may never be wrong, not even for the moment between the registry's commit
 * and an asynchronous delivery (a merged province with no reporter, or completeness counting the old ones), and a
 * failure here rolls the reorganisation back instead of leaving the two modules disagreeing. Applying listens with
 * {@code @TransactionalEventListener(phase = BEFORE_COMMIT)}: it runs once everything of the reorganisation is
 * written. Undoing listens with a plain {@code @EventListener}, which runs when the registry saves the undone
 * reorganisation, before it deletes the organisations the reorganisation created: the inherited assignments refer to
 * them (foreign key), so they must go first (BEFORE_COMMIT would come after the delete and fail it). Both are
 * idempotent all the same (a unique index on the inherited rows; originals are ended only once per reorganisation).
 */
@Component
class AssignmentSuccession {

    private final JdbcClient jdbc;

    AssignmentSuccession(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(OrganizationsReorganized event) {
        List<OrganizationSuccession> ended = event.successions().stream()
                .filter(OrganizationSuccession::predecessorEnded).toList();
        for (OrganizationSuccession s : ended) {
            if (s.successorId() != null) {
                inherit(event, s.predecessorId(), s.successorId());
            }
        }
        for (long predecessor : ended.stream().map(OrganizationSuccession::predecessorId).distinct().toList()) {
            jdbc.sql("""
                    UPDATE report_assignment
                    SET valid_to_before_reorganization = valid_to, valid_to = :dayBefore,
                        ended_by_reorganization_id = :r
                    WHERE organization_id = :org AND ended_by_reorganization_id IS NULL
                      AND in_force(valid_from, valid_to, :effective)
                    """).param("dayBefore", event.effectiveDate().minusDays(1)).param("r", event.reorganizationId())
                    .param("org", predecessor).param("effective", event.effectiveDate()).update();
        }
    }

    private void inherit(OrganizationsReorganized event, long predecessor, long successor) {
        jdbc.sql("""
                INSERT INTO report_assignment (template_id, organization_id, valid_from, valid_to, inherited_from,
                                               reorganization_id, created_by)
                SELECT a.template_id, :successor, :effective, a.valid_to, a.id, :r, 'system'
                FROM report_assignment a
                WHERE a.organization_id = :predecessor AND a.ended_by_reorganization_id IS NULL
                  AND in_force(a.valid_from, a.valid_to, :effective)
                  AND NOT EXISTS (SELECT 1 FROM report_assignment b WHERE b.template_id = a.template_id
                                  AND b.organization_id = :successor AND in_force(b.valid_from, b.valid_to, :effective))
                ON CONFLICT (inherited_from, organization_id, reorganization_id) WHERE inherited_from IS NOT NULL
                DO NOTHING
                """).param("successor", successor).param("effective", event.effectiveDate())
                .param("r", event.reorganizationId()).param("predecessor", predecessor).update();
    }

    @EventListener
    void on(ReorganizationUndone event) {
        jdbc.sql("DELETE FROM report_assignment WHERE reorganization_id = :r AND inherited_from IS NOT NULL")
                .param("r", event.reorganizationId()).update();
        jdbc.sql("""
                UPDATE report_assignment
                SET valid_to = valid_to_before_reorganization, valid_to_before_reorganization = NULL,
                    ended_by_reorganization_id = NULL
                WHERE ended_by_reorganization_id = :r
                """).param("r", event.reorganizationId()).update();
    }
}
