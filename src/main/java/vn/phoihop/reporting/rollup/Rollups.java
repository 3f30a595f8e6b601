package vn.phoihop.reporting.rollup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.organization.OrganizationOnDate;
import vn.phoihop.organization.OrganizationSummary;
import vn.phoihop.organization.Organizations;
import vn.phoihop.organization.Scope;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.VietnamTime;
import vn.phoihop.platform.VietnameseOrder;
import vn.phoihop.reporting.period.Period;
import vn.phoihop.reporting.period.ReportingPeriods;
import vn.phoihop.reporting.submission.ReportingAccess;
import vn.phoihop.reporting.template.Aggregation;

/**
 * Roll-ups of an indicator over an organisation's subtree and a range of months, in either hierarchy, read from the
 * totals kept at acceptance (report_total): one indicator lookup, one period lookup, one primary-key range for the
 * series and one index range (report_total_parent_ix) for the children, whatever the number of values beneath. The
 * numbers are accepted data only. The periods are those of the indicator's template lying within the months
 * ({@link ReportingPeriods#within}).
 *
 * <p>Access ({@link ReportingAccess}): the organisation must lie within the reader's scope, otherwise "not found";
 * rows only for children within it. A child appears when it has accepted data in the range (the totals hold no
 * rows for the others).
 */
@Service
@Transactional(readOnly = true)
public class Rollups {

    private static final String SERIES = """
            SELECT period_id, value_sum, value_count FROM report_total
            WHERE hierarchy = :h AND indicator_code = :i AND organization_id = :o AND period_id = ANY(:p)
            """;

    private static final String CHILDREN = """
            SELECT t.organization_id, sum(t.value_sum) AS value_sum, sum(t.value_count) AS value_count,
                   max(p.ends_on) AS last_day
            FROM report_total t JOIN report_period p ON p.id = t.period_id
            WHERE t.hierarchy = :h AND t.indicator_code = :i AND t.parent_id = :o AND t.period_id = ANY(:p)
              AND %s
            GROUP BY t.organization_id
            """;

    private final JdbcClient jdbc;
    private final ReportingPeriods periods;
    private final ReportingAccess access;
    private final Organizations organizations;

    Rollups(JdbcClient jdbc, ReportingPeriods periods, ReportingAccess access, Organizations organizations) {
        this.jdbc = jdbc;
        this.periods = periods;
        this.access = access;
        this.organizations = organizations;
    }

    /** A numeric indicator a roll-up may take. */
    public record RollupIndicator(String code, String name, long templateId, Aggregation aggregation) {
    }

    /**
     * The roll-up of {@code query} for the acting user.
     *
     * @throws UserFacingException 400 for an unknown or non-numeric indicator, 404 for an organisation outside the
     *         reader's scope (or unknown)
     */
    public Rollup rollup(RollupQuery query) {
        RollupIndicator indicator = indicator(query.indicator());
        OrganizationSummary organization = organizations.find(query.organizationId())
                .filter(o -> access.within(o.id()))
                .orElseThrow(() -> UserFacingException.notFound("reporting.rollup.org.notFound"));
        List<Period> range = periods.within(indicator.templateId(), query.from().atDay(1), query.to().atEndOfMonth());
        Long[] periodIds = range.stream().map(Period::id).toArray(Long[]::new);
        Map<Long, long[]> counts = new HashMap<>();
        Map<Long, BigDecimal> sums = new HashMap<>();
        jdbc.sql(SERIES).param("h", query.hierarchy().column()).param("i", indicator.code())
                .param("o", organization.id()).param("p", periodIds).query(rs -> {
                    sums.put(rs.getLong(1), rs.getBigDecimal(2));
                    counts.put(rs.getLong(1), new long[] { rs.getLong(3) });
                });
        BigDecimal sum = BigDecimal.ZERO;
        long count = 0;
        List<Rollup.PeriodValue> series = new ArrayList<>();
        for (Period p : range) {
            BigDecimal s = sums.getOrDefault(p.id(), BigDecimal.ZERO);
            long c = counts.getOrDefault(p.id(), new long[1])[0];
            sum = sum.add(s);
            count += c;
            series.add(new Rollup.PeriodValue(p.code(), p.name(), value(indicator.aggregation(), s, c)));
        }
        return new Rollup(indicator.code(), indicator.name(), organization.id(), organization.name(),
                query.from().toString(), query.to().toString(), query.hierarchy().code(),
                indicator.aggregation().name(), value(indicator.aggregation(), sum, count), series,
                rows(query.hierarchy(), indicator, organization.id(), periodIds));
    }

    /**
     * The indicator with this code, as its newest version defines it.
     *
     * @throws UserFacingException (400) when there is none or it does not roll up (texts, choices, dates)
     */
    public RollupIndicator indicator(String code) {
        RollupIndicator indicator = jdbc.sql("""
                SELECT i.code, i.name, v.template_id, i.aggregation FROM report_indicator i
                JOIN report_template_version v ON v.id = i.version_id
                WHERE i.code = :code ORDER BY v.number DESC LIMIT 1
                """).param("code", code).query((rs, n) -> new RollupIndicator(rs.getString(1), rs.getString(2),
                rs.getLong(3), Aggregation.valueOf(rs.getString(4)))).optional()
                .orElseThrow(() -> UserFacingException.invalid("reporting.rollup.indicator.unknown", code));
        if (indicator.aggregation() == Aggregation.NONE) {
            throw UserFacingException.invalid("reporting.rollup.indicator.notNumeric", code);
        }
        return indicator;
    }

    /** Every indicator that rolls up, newest definition of each code, by template and position (the page's chooser). */
    public List<RollupIndicator> indicators() {
        return jdbc.sql("""
                SELECT DISTINCT ON (i.code) i.code, i.name, v.template_id, i.aggregation, t.name AS template_name,
                       i.position
                FROM report_indicator i JOIN report_template_version v ON v.id = i.version_id
                JOIN report_template t ON t.id = v.template_id
                WHERE i.aggregation <> 'NONE' AND v.status = 'PUBLISHED'
                ORDER BY i.code, v.number DESC
                """).query((rs, n) -> new RollupIndicator(rs.getString(1), rs.getString(2), rs.getLong(3),
                Aggregation.valueOf(rs.getString(4)))).list().stream()
                .sorted(Comparator.comparing(RollupIndicator::templateId).thenComparing(RollupIndicator::code))
                .toList();
    }

    private List<Rollup.Row> rows(Hierarchy hierarchy, RollupIndicator indicator, long organizationId,
            Long[] periodIds) {
        Scope scope = access.scope();
        record Child(long id, BigDecimal sum, long count, LocalDate lastDay) {
        }
        List<Child> children = jdbc.sql(CHILDREN.formatted(scope.within("t.organization_id")))
                .params(scope.parameters()).param("h", hierarchy.column()).param("i", indicator.code())
                .param("o", organizationId).param("p", periodIds)
                .query((rs, n) -> new Child(rs.getLong(1), rs.getBigDecimal(2), rs.getLong(3),
                        rs.getObject(4, LocalDate.class)))
                .list();
        LocalDate today = VietnamTime.today();
        Map<OrganizationOnDate, OrganizationSummary> names = organizations.findEachAsOf(children.stream()
                .map(c -> new OrganizationOnDate(c.id(), hierarchy == Hierarchy.CURRENT ? today : c.lastDay()))
                .toList());
        List<Rollup.Row> rows = new ArrayList<>();
        for (Child c : children) {
            OrganizationSummary named = names.get(new OrganizationOnDate(c.id(),
                    hierarchy == Hierarchy.CURRENT ? today : c.lastDay()));
            if (named != null) {
                rows.add(new Rollup.Row(c.id(), named.name(), value(indicator.aggregation(), c.sum(), c.count())));
            }
        }
        rows.sort(VietnameseOrder.byName(Rollup.Row::name));
        return rows;
    }

    /** A sum, or Σ sums / Σ counts for an average ({@code null} without values); without trailing zeros. */
    static BigDecimal value(Aggregation aggregation, BigDecimal sum, long count) {
        BigDecimal value = aggregation == Aggregation.AVERAGE
                ? count == 0 ? null : sum.divide(BigDecimal.valueOf(count), 4, RoundingMode.HALF_UP)
                : sum;
        if (value == null) {
            return null;
        }
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }
}
