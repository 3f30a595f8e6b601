package vn.phoihop.reporting.period;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.organization.OrganizationSummary;
import vn.phoihop.organization.Organizations;
import vn.phoihop.platform.PlausibleDates;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.reporting.template.TemplateCatalog;
import vn.phoihop.reporting.template.TemplateHeader;

/**
 * The calendar as the acting user reads it: periods are open to every signed-in user; the organisations expected to
 * report one are cut to the reader's scope and named as on the period's last day.
 */
@Service
@Transactional(readOnly = true)
public class PeriodQueries {

    private final ReportingPeriods periods;
    private final TemplateCatalog templates;
    private final Organizations organizations;
    private final PeriodAccess access;

    PeriodQueries(ReportingPeriods periods, TemplateCatalog templates, Organizations organizations,
            PeriodAccess access) {
        this.periods = periods;
        this.templates = templates;
        this.organizations = organizations;
        this.access = access;
    }

    /** An organisation expected to report a period, as named on the period's last day. */
    public record Reporter(long organizationId, String code, String name) {
    }

    /** A template and its periods of one year (all years when {@code year} is {@code null}). */
    public record TemplateCalendar(TemplateHeader template, List<Period> periods) {
    }

    /** The template with this code and its periods; 404 for an unknown code, 400 for an implausible year. */
    public TemplateCalendar calendar(String templateCode, Integer year) {
        TemplateHeader template = templates.findByCode(templateCode == null ? "" : templateCode.strip())
                .orElseThrow(() -> UserFacingException.notFound("reporting.period.template.notFound"));
        return calendar(template, year);
    }

    /** Every template (active first) with its periods of {@code year}. */
    public List<TemplateCalendar> calendars(int year) {
        checkYear(year);
        Map<Long, List<Period>> byTemplate = periods.inYear(year).stream()
                .collect(java.util.stream.Collectors.groupingBy(Period::templateId));
        return templates.all().stream()
                .map(t -> new TemplateCalendar(t, byTemplate.getOrDefault(t.id(), List.of()))).toList();
    }

    private TemplateCalendar calendar(TemplateHeader template, Integer year) {
        if (year != null) {
            checkYear(year);
        }
        return new TemplateCalendar(template, periods.ofTemplate(template.id(), year));
    }

    /** The period; 404 for an unknown id. */
    public Period period(long periodId) {
        return periods.find(periodId).orElseThrow(() -> UserFacingException.notFound("reporting.period.notFound"));
    }

    /** The organisations expected to report the period that lie within the reader's scope, by name. */
    public List<Reporter> expected(long periodId) {
        Period period = period(periodId);
        List<Long> ids = periods.expectedReporters(periodId, access.reporting().scope());
        Map<Long, OrganizationSummary> named = organizations.findAllAsOf(ids, period.endsOn());
        return ids.stream().map(named::get).filter(java.util.Objects::nonNull)
                .map(o -> new Reporter(o.id(), o.code(), o.name()))
                .sorted(Comparator.comparing(Reporter::code)).toList();
    }

    private static void checkYear(int year) {
        if (year < PlausibleDates.EARLIEST.getYear() || year > PlausibleDates.LATEST.getYear()) {
            throw UserFacingException.invalid("reporting.period.year.range",
                    String.valueOf(PlausibleDates.EARLIEST.getYear()), String.valueOf(PlausibleDates.LATEST.getYear()));
        }
    }
}
