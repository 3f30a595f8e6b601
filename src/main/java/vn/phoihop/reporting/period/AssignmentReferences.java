package vn.phoihop.reporting.period;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.phoihop.organization.spi.AffectedItem;
import vn.phoihop.organization.spi.OrganizationReferences;
import vn.phoihop.platform.PlausibleDates;

/**
 * Report assignments refer to organisations: a reorganisation's preview lists the assignments it affects, and the
 * registry refuses to undo a reorganisation whose new organisations have since been assigned a template directly (the
 * assignments it made itself are deleted by {@link AssignmentSuccession} before the registry asks).
 */
@Component
class AssignmentReferences implements OrganizationReferences {

    private final JdbcClient jdbc;

    AssignmentReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<AffectedItem> referencing(Collection<Long> organizationIds) {
        if (organizationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT a.id, a.organization_id, a.valid_from, a.valid_to, t.code FROM report_assignment a"
                + " JOIN report_template t ON t.id = a.template_id WHERE a.organization_id = ANY (:ids) ORDER BY a.id")
                .param("ids", organizationIds.toArray(Long[]::new))
                .query((rs, n) -> new AffectedItem("report_assignment", String.valueOf(rs.getLong(1)),
                        label(rs.getString(5), rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)),
                        rs.getLong(2)))
                .list();
    }

    private static String label(String template, LocalDate from, LocalDate to) {
        return template + " " + PlausibleDates.display(from) + "–" + (to == null ? "" : PlausibleDates.display(to));
    }
}
