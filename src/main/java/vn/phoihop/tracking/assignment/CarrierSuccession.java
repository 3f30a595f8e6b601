package vn.phoihop.tracking.assignment;

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
 * Open assignments follow the registry. When a reorganisation ends an organisation (merged, split, closed), each
 * open assignment (status other than DONE) it carries on the effective date passes to each successor: a carrier row
 * from the effective date ({@code reorganization_id}), and the predecessor's row ends the day before
 * ({@code ended_by_reorganization_id}, its former end kept in {@code valid_to_before_reorganization}). A DONE
 * assignment stays with its assignee. Undoing the reorganisation deletes the rows it added and gives the ended ones
 * back their former end.
 *
 * <p>Why synchronous, as {@code reporting.period.AssignmentSuccession}: who carries an assignment (and so who reports
 * it and who reads it) may never be wrong, not even between the registry's commit and an asynchronous delivery, and
 * a failure here rolls the reorganisation back. Applying listens BEFORE_COMMIT, once everything of the
 * reorganisation is written; undoing listens with a plain {@code @EventListener}, which runs before the registry
 * deletes the organisations the reorganisation created, to which the added rows refer. Both are idempotent (a unique
 * index on the added rows; a row is ended only once per reorganisation).
 */
@Component
class CarrierSuccession {

    private final JdbcClient jdbc;

    CarrierSuccession(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(OrganizationsReorganized event) {
        List<OrganizationSuccession> ended = event.successions().stream()
                .filter(OrganizationSuccession::predecessorEnded).toList();
        for (OrganizationSuccession s : ended) {
            if (s.successorId() != null) {
                jdbc.sql("""
                        INSERT INTO tracking_carrier (assignment_id, organization_id, valid_from, reorganization_id)
                        SELECT c.assignment_id, :successor, :effective, :r
                        FROM tracking_carrier c JOIN tracking_assignment a ON a.id = c.assignment_id
                        WHERE c.organization_id = :predecessor AND c.ended_by_reorganization_id IS NULL
                          AND a.status <> 'DONE' AND in_force(c.valid_from, c.valid_to, :effective)
                        ON CONFLICT (assignment_id, organization_id, reorganization_id)
                            WHERE reorganization_id IS NOT NULL DO NOTHING
                        """).param("successor", s.successorId()).param("effective", event.effectiveDate())
                        .param("r", event.reorganizationId()).param("predecessor", s.predecessorId()).update();
            }
        }
        for (long predecessor : ended.stream().map(OrganizationSuccession::predecessorId).distinct().toList()) {
            jdbc.sql("""
                    UPDATE tracking_carrier c
                    SET valid_to_before_reorganization = c.valid_to, valid_to = :dayBefore,
                        ended_by_reorganization_id = :r
                    FROM tracking_assignment a
                    WHERE a.id = c.assignment_id AND c.organization_id = :org AND c.ended_by_reorganization_id IS NULL
                      AND a.status <> 'DONE' AND in_force(c.valid_from, c.valid_to, :effective)
                    """).param("dayBefore", event.effectiveDate().minusDays(1)).param("r", event.reorganizationId())
                    .param("org", predecessor).param("effective", event.effectiveDate()).update();
        }
    }

    @EventListener
    void on(ReorganizationUndone event) {
        jdbc.sql("DELETE FROM tracking_carrier WHERE reorganization_id = :r").param("r", event.reorganizationId())
                .update();
        jdbc.sql("""
                UPDATE tracking_carrier
                SET valid_to = valid_to_before_reorganization, valid_to_before_reorganization = NULL,
                    ended_by_reorganization_id = NULL
                WHERE ended_by_reorganization_id = :r
                """).param("r", event.reorganizationId()).update();
    }
}
