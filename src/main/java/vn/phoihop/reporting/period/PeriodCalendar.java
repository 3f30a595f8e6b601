package vn.phoihop.reporting.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.platform.PlausibleDates;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.VietnamTime;
import vn.phoihop.reporting.period.PeriodCommands.GeneratePeriods;
import vn.phoihop.reporting.period.PeriodCommands.NewPeriod;
import vn.phoihop.reporting.template.TemplateCatalog;
import vn.phoihop.reporting.template.TemplateHeader;

/**
 * Creates periods. A periodic template's periods follow {@link PeriodRules} and are created ahead of time by the
 * daily task ({@link PeriodCalendarTask}) or by central staff; creating is idempotent (a period whose code exists is
 * left as it is, {@code ON CONFLICT (template_id, code) DO NOTHING}), so two instances or a repeated run create
 * each period once. Ad hoc and thematic periods are created one by one by central staff, with their own dates.
 */
@Service
@Transactional
public class PeriodCalendar {

    private final JdbcClient jdbc;
    private final TemplateCatalog templates;
    private final PeriodAccess access;

    PeriodCalendar(JdbcClient jdbc, TemplateCatalog templates, PeriodAccess access) {
        this.jdbc = jdbc;
        this.templates = templates;
        this.access = access;
    }

    /**
     * Creates the periods of periodic template {@code templateId} whose months meet {@code from} and the
     * {@code months - 1} months after it; checks no user. Returns how many were new. Nothing for an ad hoc or
     * thematic template.
     */
    public int ensure(long templateId, YearMonth from, int months) {
        TemplateHeader template = templates.find(templateId)
                .orElseThrow(() -> UserFacingException.notFound("reporting.period.template.notFound"));
        if (!template.frequency().periodic()) {
            return 0;
        }
        int created = 0;
        for (PeriodPlan plan : PeriodRules.between(template.frequency(), from, from.plusMonths(months - 1L),
                PeriodRules.Settings.of(template))) {
            created += insert(templateId, plan);
        }
        return created;
    }

    /** The daily run: every active periodic template's periods from this month to {@code monthsAhead} ahead. */
    public int ensureAllAhead(int monthsAhead) {
        YearMonth now = YearMonth.from(VietnamTime.today());
        List<Long> ids = jdbc.sql("SELECT id FROM report_template WHERE active AND frequency IN"
                + " ('MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY') ORDER BY id").query(Long.class).list();
        int created = 0;
        for (long id : ids) {
            created += ensure(id, now, monthsAhead + 1);
        }
        return created;
    }

    /** Central staff create a periodic template's periods for a range of months; returns how many were new. */
    public int generate(GeneratePeriods command) {
        access.requireCalendar();
        TemplateHeader template = template(command.templateId());
        if (!template.frequency().periodic()) {
            throw PeriodRefusal.invalid("templateId", "reporting.period.generate.notPeriodic");
        }
        YearMonth from = command.fromMonth();
        if (!PlausibleDates.plausible(from.atDay(1)) || !PlausibleDates.plausible(from.plusMonths(command.months())
                .atDay(1))) {
            throw PeriodRefusal.invalid("fromMonth", "reporting.period.fromMonth.range");
        }
        return ensure(template.id(), from, command.months());
    }

    /** Central staff create an ad hoc or thematic period; returns its id. */
    public long create(NewPeriod c) {
        access.requireCalendar();
        TemplateHeader template = template(c.templateId());
        if (template.frequency().periodic()) {
            throw PeriodRefusal.invalid("templateId", "reporting.period.template.periodic");
        }
        plausible("startsOn", c.startsOn());
        plausible("endsOn", c.endsOn());
        plausible("dataFrom", c.dataFrom());
        plausible("dataTo", c.dataTo());
        plausible("dueOn", c.dueOn());
        plausible("lockedOn", c.lockedOn());
        if (c.endsOn().isBefore(c.startsOn())) {
            throw PeriodRefusal.invalid("endsOn", "reporting.period.endsOn.beforeStart");
        }
        LocalDate dataFrom = c.dataFrom() == null ? c.startsOn() : c.dataFrom();
        LocalDate dataTo = c.dataTo() == null ? c.endsOn() : c.dataTo();
        if (dataTo.isBefore(dataFrom)) {
            throw PeriodRefusal.invalid("dataTo", "reporting.period.dataTo.beforeFrom");
        }
        if (c.dueOn().isBefore(c.startsOn())) {
            throw PeriodRefusal.invalid("dueOn", "reporting.period.dueOn.beforeStart");
        }
        if (c.lockedOn() != null && !c.lockedOn().isAfter(c.dueOn())) {
            throw PeriodRefusal.invalid("lockedOn", "reporting.period.lockedOn.notAfterDue");
        }
        PeriodPlan plan = new PeriodPlan(c.code().strip(), c.name().strip(), c.startsOn(), c.endsOn(), dataFrom,
                dataTo, c.dueOn(), c.lockedOn());
        if (insert(template.id(), plan) == 0) {
            throw PeriodRefusal.conflict("code", "reporting.period.code.taken", plan.code());
        }
        return jdbc.sql("SELECT id FROM report_period WHERE template_id = :t AND code = :code")
                .param("t", template.id()).param("code", plan.code()).query(Long.class).single();
    }

    private static void plausible(String field, LocalDate day) {
        if (day != null && !PlausibleDates.plausible(day)) {
            throw PeriodRefusal.invalid(field, PlausibleDates.OUT_OF_RANGE, PlausibleDates.display(day),
                    PlausibleDates.display(PlausibleDates.EARLIEST), PlausibleDates.display(PlausibleDates.LATEST));
        }
    }

    private TemplateHeader template(Long templateId) {
        return templates.find(templateId)
                .orElseThrow(() -> PeriodRefusal.invalid("templateId", "reporting.period.template.notFound"));
    }

    private int insert(long templateId, PeriodPlan p) {
        return jdbc.sql("""
                INSERT INTO report_period (template_id, code, name, starts_on, ends_on, data_from, data_to, due_on,
                                           locked_on)
                VALUES (:t, :code, :name, :start, :end, :dataFrom, :dataTo, :due, :locked)
                ON CONFLICT (template_id, code) DO NOTHING
                """).param("t", templateId).param("code", p.code()).param("name", p.name())
                .param("start", p.startsOn()).param("end", p.endsOn()).param("dataFrom", p.dataFrom())
                .param("dataTo", p.dataTo()).param("due", p.dueOn()).param("locked", p.lockedOn()).update();
    }
}
