package vn.phoihop.reporting.completeness;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.organization.OrganizationOnDate;
import vn.phoihop.organization.OrganizationSummary;
import vn.phoihop.organization.Organizations;
import vn.phoihop.organization.Scope;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.VietnamTime;
import vn.phoihop.reporting.period.Period;
import vn.phoihop.reporting.period.ReportingPeriods;
import vn.phoihop.reporting.submission.ReportingAccess;
import vn.phoihop.reporting.submission.SubmissionStatus;
import vn.phoihop.reporting.template.TemplateCatalog;
import vn.phoihop.reporting.template.TemplateHeader;

/**
 * Completeness and timeliness of a template's reports (issue 9, point 5): who was expected to report which period
 * ({@link ReportingPeriods#EXPECTED}: an assignment and the reporter itself in force on the period's last day), and
 * whether each report came on time, late, or not at all. Every view is one query, filtered by the reader's scope inside
 * it ({@link ReportingAccess#scope()}: central readers see every province, a province itself, its units and the
 * provinces it was formed from). Only states are shown, never values, so the template's visibility setting of
 * unaccepted data does not apply. Any signed-in user may read what lies within their scope.
 */
@Service
@Transactional(readOnly = true)
public class Completeness {

    /** The expected reporters of period {@code p} within the scope, as rows {@code e.org}. */
    private static final String EXPECTED_IN_SCOPE = "CROSS JOIN LATERAL (SELECT DISTINCT a2.organization_id AS org"
            + " FROM report_assignment a2 WHERE a2.template_id = p.template_id AND "
            + ReportingPeriods.EXPECTED.formatted("a2.organization_id") + " AND %s) e"
            + " LEFT JOIN report_submission s ON s.period_id = p.id AND s.organization_id = e.org";

    private final JdbcClient jdbc;
    private final ReportingAccess access;
    private final Organizations organizations;
    private final TemplateCatalog templates;
    private final ReportingPeriods periods;

    Completeness(JdbcClient jdbc, ReportingAccess access, Organizations organizations, TemplateCatalog templates,
            ReportingPeriods periods) {
        this.jdbc = jdbc;
        this.access = access;
        this.organizations = organizations;
        this.templates = templates;
        this.periods = periods;
    }

    /** Every template, for the choosers; the active ones first. */
    public List<TemplateHeader> templates() {
        access.user();
        return templates.all().stream().sorted(Comparator.comparing((TemplateHeader t) -> !t.active())).toList();
    }

    /**
     * The template with {@code code}, or the first active one when {@code code} is blank; empty when there is none.
     * An unknown code is refused with a Vietnamese message (400).
     */
    public Optional<TemplateHeader> template(String code) {
        access.user();
        if (code == null || code.isBlank()) {
            return templates().stream().findFirst();
        }
        return Optional.of(templates.findByCode(code.strip())
                .orElseThrow(() -> UserFacingException.invalid("reporting.completeness.unknownTemplate", code.strip())));
    }

    /**
     * The template's period with {@code code}, or when {@code code} is blank the latest one whose due date has
     * passed (else the first one); empty when the template has no period. An unknown code is refused (400).
     */
    public Optional<Period> period(TemplateHeader template, String code) {
        if (code != null && !code.isBlank()) {
            return Optional.of(periods.findByCode(template.id(), code.strip()).orElseThrow(
                    () -> UserFacingException.invalid("reporting.completeness.unknownPeriod", code.strip())));
        }
        LocalDate today = VietnamTime.today();
        return jdbc.sql("SELECT id FROM report_period WHERE template_id = :t ORDER BY (due_on < :today) DESC,"
                + " CASE WHEN due_on < :today THEN due_on END DESC, due_on, id LIMIT 1").param("t", template.id())
                .param("today", today).query(Long.class).optional().flatMap(periods::find);
    }

    /** A template and one of its periods. */
    public record TemplatePeriod(TemplateHeader template, Period period) {
    }

    /**
     * The period whose due date passed most recently among the active templates' (ties by template code), for the
     * home page's national tiles; empty when no period is due yet.
     */
    public Optional<TemplatePeriod> latestDue() {
        access.user();
        return jdbc.sql("SELECT p.id FROM report_period p JOIN report_template t ON t.id = p.template_id"
                + " WHERE t.active AND p.due_on < :today ORDER BY p.due_on DESC, t.code, p.id LIMIT 1")
                .param("today", VietnamTime.today()).query(Long.class).optional().flatMap(periods::find)
                .flatMap(p -> templates.find(p.templateId()).map(t -> new TemplatePeriod(t, p)));
    }

    /** The template's periods lying within [from, to], oldest first, each with its counts over the reader's scope. */
    public List<PeriodRow> byPeriod(long templateId, LocalDate from, LocalDate to) {
        Scope scope = access.scope();
        return jdbc.sql("""
                SELECT p.id, p.code, p.name, p.ends_on, p.due_on,
                       count(x.org) AS expected,
                       count(*) FILTER (WHERE x.standing IN ('ON_TIME', 'LATE')) AS submitted,
                       count(*) FILTER (WHERE x.standing = 'ON_TIME') AS on_time,
                       count(*) FILTER (WHERE x.standing = 'LATE') AS late,
                       count(*) FILTER (WHERE x.standing = 'MISSING') AS missing,
                       count(*) FILTER (WHERE x.standing = 'NOT_DUE') AS not_due,
                       count(*) FILTER (WHERE x.status = 'ACCEPTED') AS accepted,
                       count(*) FILTER (WHERE x.status = 'RETURNED') AS returned
                FROM report_period p
                LEFT JOIN LATERAL (SELECT e.org, s.status, %s AS standing FROM (SELECT p.id, p.template_id, p.ends_on,
                        p.due_on) p %s) x ON TRUE
                WHERE p.template_id = :t AND p.starts_on >= :from AND p.ends_on <= :to
                GROUP BY p.id ORDER BY p.starts_on, p.id
                """.formatted(Standing.SQL, EXPECTED_IN_SCOPE.formatted(scope.within("a2.organization_id"))))
                .params(scope.parameters()).param("t", templateId).param("from", from).param("to", to)
                .param("today", VietnamTime.today())
                .query((rs, n) -> new PeriodRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getObject("ends_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                        new Counts(rs.getLong("expected"), rs.getLong("submitted"), rs.getLong("on_time"),
                                rs.getLong("late"), rs.getLong("missing"), rs.getLong("not_due"),
                                rs.getLong("accepted"), rs.getLong("returned"))))
                .list();
    }

    /**
     * Every expected report of the template's periods within [from, to] by a reporter within the reader's scope:
     * oldest period first, reporters by code, each named as on the period's last day (before 2025-07-01 the 63
     * former provinces' police forces).
     */
    public List<ReporterRow> byReporter(long templateId, LocalDate from, LocalDate to) {
        Scope scope = access.scope();
        record Raw(long org, long current, long period, String code, String name, LocalDate endsOn, LocalDate dueOn,
                String status, String standing, LocalDate first) {
        }
        List<Raw> raw = jdbc.sql("""
                SELECT e.org, organization_current(e.org) AS current_org, p.id, p.code, p.name, p.ends_on, p.due_on,
                       s.status, %s AS standing,
                       (s.first_submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS first_submitted
                FROM report_period p %s
                WHERE p.template_id = :t AND p.starts_on >= :from AND p.ends_on <= :to
                ORDER BY p.starts_on, p.id, e.org
                """.formatted(Standing.SQL, EXPECTED_IN_SCOPE.formatted(scope.within("a2.organization_id"))))
                .params(scope.parameters()).param("t", templateId).param("from", from).param("to", to)
                .param("today", VietnamTime.today())
                .query((ResultSet rs, int n) -> new Raw(rs.getLong("org"), rs.getLong("current_org"), rs.getLong("id"),
                        rs.getString("code"), rs.getString("name"), rs.getObject("ends_on", LocalDate.class),
                        rs.getObject("due_on", LocalDate.class), rs.getString("status"), rs.getString("standing"),
                        rs.getObject("first_submitted", LocalDate.class)))
                .list();
        Map<OrganizationOnDate, OrganizationSummary> named = organizations.findEachAsOf(
                raw.stream().map(r -> new OrganizationOnDate(r.org(), r.endsOn())).distinct().toList());
        List<ReporterRow> rows = new ArrayList<>(raw.size());
        for (Raw r : raw) {
            OrganizationSummary org = named.get(new OrganizationOnDate(r.org(), r.endsOn()));
            rows.add(new ReporterRow(r.org(), org == null ? "" : org.code(), org == null ? "" : org.name(), r.current(),
                    r.period(), r.code(), r.name(), r.dueOn(), r.status() == null ? null : SubmissionStatus.valueOf(
                            r.status()), Standing.valueOf(r.standing()), r.first()));
        }
        rows.sort(Comparator.comparing(ReporterRow::dueOn).thenComparing(ReporterRow::periodId)
                .thenComparing(ReporterRow::code));
        return rows;
    }

    /**
     * The 34 provinces of today with the counts of {@code rows} mapped onto them: each report under the province
     * that today holds its reporter's work ({@link ReporterRow#currentOrganizationId()}); in {@link TileLayout}
     * order. Provinces outside the reader's scope are greyed and get no counts.
     */
    public List<ProvinceTile> tiles(List<ReporterRow> rows) {
        Map<String, Counts> byProvince = new HashMap<>();
        Map<Long, String> codes = provinceCodes(rows);
        for (ReporterRow row : rows) {
            String code = codes.get(row.currentOrganizationId());
            if (code != null) {
                byProvince.merge(code, row.counts(), Counts::plus);
            }
        }
        Set<String> reached = reachedProvinces();
        List<ProvinceTile> tiles = new ArrayList<>();
        TileLayout.CELLS.forEach((code, cell) -> {
            boolean inScope = reached.contains(code);
            tiles.add(new ProvinceTile(code, cell.name(), cell.column(), cell.row(), inScope,
                    inScope ? byProvince.getOrDefault(code, Counts.NONE) : Counts.NONE));
        });
        return tiles;
    }

    /** The rows whose reporter's work belongs today to the province with {@code officialCode}. */
    public List<ReporterRow> ofProvince(List<ReporterRow> rows, String officialCode) {
        Map<Long, String> codes = provinceCodes(rows);
        return rows.stream().filter(r -> Objects.equals(codes.get(r.currentOrganizationId()), officialCode)).toList();
    }

    /** Whether the reader's scope holds the province with {@code officialCode} (one of the 34 on the map). */
    public boolean reaches(String officialCode) {
        return TileLayout.holds(officialCode) && reachedProvinces().contains(officialCode);
    }

    /** The official codes of today's provinces within the reader's scope. */
    private Set<String> reachedProvinces() {
        Scope scope = access.scope();
        if (scope.national()) {
            return TileLayout.CELLS.keySet();
        }
        Set<String> reached = new HashSet<>();
        organizations.findAllAsOf(scope.lineage(), VietnamTime.today()).values()
                .forEach(p -> reached.add(p.officialCode()));
        return reached;
    }

    /** The sum of the rows' counts. */
    public static Counts total(List<ReporterRow> rows) {
        return rows.stream().map(ReporterRow::counts).reduce(Counts.NONE, Counts::plus);
    }

    /** Current organisation id → the official code of the province that contains it today (two queries). */
    private Map<Long, String> provinceCodes(List<ReporterRow> rows) {
        LocalDate today = VietnamTime.today();
        Set<Long> current = new HashSet<>();
        rows.forEach(r -> current.add(r.currentOrganizationId()));
        Map<OrganizationOnDate, OrganizationSummary> found = organizations.findEachAsOf(
                current.stream().map(id -> new OrganizationOnDate(id, today)).toList());
        Map<Long, Long> provinceOf = new HashMap<>();
        found.forEach((key, org) -> {
            if (org.provinceId() != null) {
                provinceOf.put(key.organizationId(), org.provinceId());
            }
        });
        Map<Long, OrganizationSummary> provinces = organizations.findAllAsOf(new HashSet<>(provinceOf.values()), today);
        Map<Long, String> codes = new HashMap<>();
        provinceOf.forEach((org, province) -> {
            OrganizationSummary p = provinces.get(province);
            if (p != null && TileLayout.holds(p.officialCode())) {
                codes.put(org, p.officialCode());
            }
        });
        return codes;
    }
}
