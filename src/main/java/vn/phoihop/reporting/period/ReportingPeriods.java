package vn.phoihop.reporting.period;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.organization.Scope;

/**
 * Reads periods and who is expected to report them, for the rest of the module. Checks no user.
 *
 * <p>An organisation is expected to report a period when one of its assignments to the template and the organisation
 * itself are both in force on the period's last day: a province merged on 2025-07-01 reports until June 2025, its
 * successor from July (the registry's {@code organization_ancestors_on} has a row for an organisation exactly on the
 * days it exists).
 */
@Service
@Transactional(readOnly = true)
public class ReportingPeriods {

    static final String COLUMNS = "p.id, p.template_id, p.code, p.name, p.starts_on, p.ends_on, p.data_from, p.data_to,"
            + " p.due_on, p.locked_on";

    /** SQL: whether the organisation {@code org} is expected to report period {@code p} (aliases as given). */
    public static final String EXPECTED = "EXISTS (SELECT 1 FROM report_assignment a WHERE a.template_id = p.template_id"
            + " AND a.organization_id = %1$s AND in_force(a.valid_from, a.valid_to, p.ends_on))"
            + " AND EXISTS (SELECT 1 FROM organization_ancestors_on(%1$s, p.ends_on) x WHERE x.depth = 0)";

    private final JdbcClient jdbc;

    ReportingPeriods(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Period> find(long periodId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM report_period p WHERE p.id = :id").param("id", periodId)
                .query(ReportingPeriods::period).optional();
    }

    public Optional<Period> findByCode(long templateId, String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM report_period p WHERE p.template_id = :t AND p.code = :code")
                .param("t", templateId).param("code", code).query(ReportingPeriods::period).optional();
    }

    /** The template's periods lying within [from, to] (by their calendar days), oldest first. */
    public List<Period> within(long templateId, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM report_period p WHERE p.template_id = :t AND p.starts_on >= :from"
                + " AND p.ends_on <= :to ORDER BY p.starts_on, p.id").param("t", templateId).param("from", from)
                .param("to", to).query(ReportingPeriods::period).list();
    }

    /** The template's periods whose calendar days meet {@code year} (all of them when {@code null}), oldest first. */
    public List<Period> ofTemplate(long templateId, Integer year) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM report_period p WHERE p.template_id = :t"
                + " AND p.starts_on <= :last AND p.ends_on >= :first ORDER BY p.starts_on, p.ends_on, p.id")
                .param("t", templateId).param("first", LocalDate.of(year == null ? 1 : year, 1, 1))
                .param("last", LocalDate.of(year == null ? 9999 : year, 12, 31))
                .query(ReportingPeriods::period).list();
    }

    /** Every template's periods whose calendar days meet {@code year}, by template, oldest first. */
    public List<Period> inYear(int year) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM report_period p WHERE p.starts_on <= :last AND p.ends_on >= :first"
                + " ORDER BY p.template_id, p.starts_on, p.ends_on, p.id").param("first", LocalDate.of(year, 1, 1))
                .param("last", LocalDate.of(year, 12, 31)).query(ReportingPeriods::period).list();
    }

    /** Whether {@code organizationId} is expected to report {@code periodId}. */
    public boolean expects(long periodId, long organizationId) {
        return jdbc.sql("SELECT count(*) > 0 FROM report_period p WHERE p.id = :p AND "
                + EXPECTED.formatted(":org")).param("p", periodId).param("org", organizationId)
                .query(Boolean.class).single();
    }

    /** Every organisation expected to report {@code periodId}. */
    public List<Long> expectedReporters(long periodId) {
        return jdbc.sql("SELECT DISTINCT a.organization_id FROM report_period p JOIN report_assignment a"
                + " ON a.template_id = p.template_id AND in_force(a.valid_from, a.valid_to, p.ends_on)"
                + " WHERE p.id = :p AND EXISTS (SELECT 1 FROM organization_ancestors_on(a.organization_id, p.ends_on) x"
                + " WHERE x.depth = 0) ORDER BY 1").param("p", periodId).query(Long.class).list();
    }

    /** The organisations expected to report {@code periodId} that lie within {@code scope}. */
    public List<Long> expectedReporters(long periodId, Scope scope) {
        return jdbc.sql("SELECT DISTINCT a.organization_id FROM report_period p JOIN report_assignment a"
                + " ON a.template_id = p.template_id AND in_force(a.valid_from, a.valid_to, p.ends_on)"
                + " WHERE p.id = :p AND EXISTS (SELECT 1 FROM organization_ancestors_on(a.organization_id, p.ends_on) x"
                + " WHERE x.depth = 0) AND " + scope.within("a.organization_id") + " ORDER BY 1")
                .params(scope.parameters()).param("p", periodId).query(Long.class).list();
    }

    /** The last day an exception lets {@code organizationId} submit {@code periodId} after its lock date, if any. */
    public Optional<LocalDate> exceptionUntil(long periodId, long organizationId) {
        return jdbc.sql("SELECT until FROM report_lock_exception WHERE period_id = :p AND organization_id = :org")
                .param("p", periodId).param("org", organizationId).query(LocalDate.class).optional();
    }

    static Period period(ResultSet rs, int n) throws SQLException {
        return new Period(rs.getLong("id"), rs.getLong("template_id"), rs.getString("code"), rs.getString("name"),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                rs.getObject("data_from", LocalDate.class), rs.getObject("data_to", LocalDate.class),
                rs.getObject("due_on", LocalDate.class), rs.getObject("locked_on", LocalDate.class));
    }
}
