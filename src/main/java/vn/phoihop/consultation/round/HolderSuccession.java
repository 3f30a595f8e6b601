package vn.phoihop.consultation.round;

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
 * Invitations follow the registry (issue 11, point 2). When a reorganisation ends an organisation (merged, split,
 * closed), every invitation it holds on the effective date, whatever its status, passes to each successor: a holder
 * row from the effective date ({@code reorganization_id}), and the predecessor's row ends the day before
 * ({@code ended_by_reorganization_id}, its former end kept in {@code valid_to_before_reorganization}). The successor
 * so inherits the invitation and every comment written for it (comments belong to the invitation, not to an
 * organisation); the predecessor's members keep reading them (a holder at any time reads). Undoing the reorganisation
 * deletes the rows it added and gives the ended ones back their former end (the registry refuses the undo once the
 * successor answered an invitation: {@link HeldInvitations}).
 *
 * <p>Synchronous for the same reasons as {@code tracking.assignment.CarrierSuccession}: who holds an invitation (who
 * writes, approves and submits for it) may never be wrong, not even between the registry's commit and an asynchronous
 * delivery, and a failure here rolls the reorganisation back. Applying listens BEFORE_COMMIT; undoing with a plain
 * {@code @EventListener}, before the registry deletes the organisations the reorganisation created. Both are
 * idempotent (a unique index on the added rows; a row is ended only once per reorganisation).
 */
@Component
class HolderSuccession {

    private final JdbcClient jdbc;

    HolderSuccession(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(OrganizationsReorganized event) {
        List<OrganizationSuccession> ended = event.successions().stream()
                .filter(OrganizationSuccession::predecessorEnded).toList();
        for (OrganizationSuccession s : ended) {
            if (s.successorId() != null) {
                jdbc.sql("""
                        INSERT INTO consultation_invitation_holder (invitation_id, organization_id, valid_from,
                                                                    reorganization_id)
                        SELECT h.invitation_id, :successor, :effective, :r FROM consultation_invitation_holder h
                        WHERE h.organization_id = :predecessor AND h.ended_by_reorganization_id IS NULL
                          AND in_force(h.valid_from, h.valid_to, :effective)
                        ON CONFLICT (invitation_id, organization_id, reorganization_id)
                            WHERE reorganization_id IS NOT NULL DO NOTHING
                        """).param("successor", s.successorId()).param("effective", event.effectiveDate())
                        .param("r", event.reorganizationId()).param("predecessor", s.predecessorId()).update();
            }
        }
        for (long predecessor : ended.stream().map(OrganizationSuccession::predecessorId).distinct().toList()) {
            jdbc.sql("""
                    UPDATE consultation_invitation_holder h
                    SET valid_to_before_reorganization = h.valid_to, valid_to = :dayBefore,
                        ended_by_reorganization_id = :r
                    WHERE h.organization_id = :org AND h.ended_by_reorganization_id IS NULL
                      AND in_force(h.valid_from, h.valid_to, :effective)
                    """).param("dayBefore", event.effectiveDate().minusDays(1)).param("r", event.reorganizationId())
                    .param("org", predecessor).param("effective", event.effectiveDate()).update();
        }
    }

    @EventListener
    void on(ReorganizationUndone event) {
        jdbc.sql("DELETE FROM consultation_invitation_holder WHERE reorganization_id = :r")
                .param("r", event.reorganizationId()).update();
        jdbc.sql("""
                UPDATE consultation_invitation_holder
                SET valid_to = valid_to_before_reorganization, valid_to_before_reorganization = NULL,
                    ended_by_reorganization_id = NULL
                WHERE ended_by_reorganization_id = :r
                """).param("r", event.reorganizationId()).update();
    }
}
