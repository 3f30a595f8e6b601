package vn.phoihop.tracking.assignment;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.phoihop.organization.spi.AffectedItem;
import vn.phoihop.organization.spi.OrganizationReferences;

/**
 * Tracking assignments refer to the organisations that carry them: a reorganisation's preview lists, per organisation
 * and plan, the assignments it carries without end (one item, not one per assignment: “all provinces” makes many),
 * and the registry refuses to undo a reorganisation whose new organisations have since been assigned a task directly
 * (the rows the reorganisation added are deleted by {@link CarrierSuccession} before the registry asks).
 */
@Component
class CarriedAssignments implements OrganizationReferences {

    private final JdbcClient jdbc;

    CarriedAssignments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<AffectedItem> referencing(Collection<Long> organizationIds) {
        if (organizationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT c.organization_id, p.id, p.title, count(DISTINCT a.id)
                FROM tracking_carrier c JOIN tracking_assignment a ON a.id = c.assignment_id
                JOIN tracking_task t ON t.id = a.task_id JOIN tracking_plan p ON p.id = t.plan_id
                WHERE c.organization_id = ANY (:ids) AND c.valid_to IS NULL
                GROUP BY c.organization_id, p.id, p.title ORDER BY p.id, c.organization_id
                """).param("ids", organizationIds.toArray(Long[]::new))
                .query((rs, n) -> new AffectedItem("tracking_plan", String.valueOf(rs.getLong(2)),
                        rs.getString(3) + " (" + rs.getLong(4) + ")", rs.getLong(1)))
                .list();
    }
}
