package vn.phoihop.reporting.submission;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.phoihop.organization.spi.AffectedItem;
import vn.phoihop.organization.spi.OrganizationReferences;

/**
 * Submissions refer to the organisation that reported: a reorganisation's preview lists, per organisation and
 * template, how many reports it has (they stay with it: a merge does not move history), and the registry refuses
 * to undo a reorganisation once one of its new organisations has reported, with its own message instead of a
 * foreign-key error. One item per organisation and template, not per report, so a province's preview stays readable.
 */
@Component
class SubmissionReferences implements OrganizationReferences {

    private final JdbcClient jdbc;

    SubmissionReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<AffectedItem> referencing(Collection<Long> organizationIds) {
        if (organizationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT s.organization_id, t.code, count(*) AS reports, min(p.code) AS first, max(p.code) AS last
                FROM report_submission s JOIN report_period p ON p.id = s.period_id
                JOIN report_template t ON t.id = p.template_id
                WHERE s.organization_id = ANY (:ids)
                GROUP BY s.organization_id, t.code ORDER BY s.organization_id, t.code
                """)
                .param("ids", organizationIds.toArray(Long[]::new))
                .query((rs, n) -> new AffectedItem("report_submission", rs.getString(2),
                        rs.getLong(3) + " × " + rs.getString(2) + " " + rs.getString(4)
                                + (rs.getString(4).equals(rs.getString(5)) ? "" : "–" + rs.getString(5)),
                        rs.getLong(1)))
                .list();
    }
}
