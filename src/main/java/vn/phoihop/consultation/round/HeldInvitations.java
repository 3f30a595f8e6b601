package vn.phoihop.consultation.round;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.phoihop.organization.spi.AffectedItem;
import vn.phoihop.organization.spi.OrganizationReferences;

/**
 * Consultation invitations refer to the organisations that hold them or answered them: a reorganisation's preview
 * lists, per organisation and round, the invitations it holds without end (one item per round), and the registry
 * refuses to undo a reorganisation whose new organisations have since answered an invitation (the holder rows the
 * reorganisation added are deleted by {@link HolderSuccession} before the registry asks).
 */
@Component
class HeldInvitations implements OrganizationReferences {

    private final JdbcClient jdbc;

    HeldInvitations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<AffectedItem> referencing(Collection<Long> organizationIds) {
        if (organizationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT x.organization_id, r.id, r.title, count(DISTINCT x.invitation_id)
                FROM (SELECT h.organization_id, h.invitation_id FROM consultation_invitation_holder h
                      WHERE h.organization_id = ANY (:ids) AND h.valid_to IS NULL
                      UNION
                      SELECT i.submitted_by_organization_id, i.id FROM consultation_invitation i
                      WHERE i.submitted_by_organization_id = ANY (:ids)) x
                JOIN consultation_invitation i ON i.id = x.invitation_id JOIN consultation_round r ON r.id = i.round_id
                GROUP BY x.organization_id, r.id, r.title ORDER BY r.id, x.organization_id
                """).param("ids", organizationIds.toArray(Long[]::new))
                .query((rs, n) -> new AffectedItem("consultation_round", String.valueOf(rs.getLong(2)),
                        rs.getString(3) + " (" + rs.getLong(4) + ")", rs.getLong(1)))
                .list();
    }
}
