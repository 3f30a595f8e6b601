package vn.phoihop.reporting.web;

import java.time.YearMonth;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.VietnamTime;
import vn.phoihop.platform.web.Notice;
import vn.phoihop.reporting.period.LockExceptions;
import vn.phoihop.reporting.period.Period;
import vn.phoihop.reporting.period.PeriodAccess;
import vn.phoihop.reporting.period.PeriodCalendar;
import vn.phoihop.reporting.period.PeriodCommands.GeneratePeriods;
import vn.phoihop.reporting.period.PeriodCommands.GrantException;
import vn.phoihop.reporting.period.PeriodCommands.NewPeriod;
import vn.phoihop.reporting.period.PeriodQueries;
import vn.phoihop.reporting.period.PeriodQueries.TemplateCalendar;
import vn.phoihop.reporting.template.TemplateCatalog;

/**
 * The period calendar ({@code /reporting/periods}: per template the periods of a year with window, due and lock
 * dates and where each stands today; central staff create ad hoc and thematic periods and generate periodic ones)
 * and a period's page (who must report it within the reader's scope, lock exceptions granted, revoked). Every check
 * is the services'; forms come back with each refusal beside its field.
 */
@Controller
class PeriodPagesController {

    private final PeriodQueries queries;
    private final PeriodCalendar calendar;
    private final LockExceptions exceptions;
    private final PeriodAccess access;
    private final TemplateCatalog templates;

    PeriodPagesController(PeriodQueries queries, PeriodCalendar calendar, LockExceptions exceptions,
            PeriodAccess access, TemplateCatalog templates) {
        this.queries = queries;
        this.calendar = calendar;
        this.exceptions = exceptions;
        this.access = access;
        this.templates = templates;
    }

    @GetMapping("/reporting/periods")
    String calendar(@RequestParam(name = "year", required = false) Integer year, Model model) {
        model.addAttribute("form", NewPeriod.blank());
        model.addAttribute("generate", blankGenerate());
        return calendarPage(year, model);
    }

    @PostMapping("/reporting/periods")
    String create(@Valid @ModelAttribute("form") NewPeriod form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        access.requireCalendar();
        model.addAttribute("generate", blankGenerate());
        if (errors.hasErrors()) {
            return calendarPage(null, model);
        }
        try {
            long id = calendar.create(form);
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("reporting.period.created", form.code().strip()));
            return "redirect:/reporting/periods/" + id;
        }
        catch (UserFacingException ex) {
            PeriodRefusals.reject(errors, ex);
            return calendarPage(null, model);
        }
    }

    @PostMapping("/reporting/periods/generate")
    String generate(@Valid @ModelAttribute("generate") GeneratePeriods form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        access.requireCalendar();
        model.addAttribute("form", NewPeriod.blank());
        if (errors.hasErrors()) {
            return calendarPage(null, model);
        }
        try {
            int created = calendar.generate(form);
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("reporting.period.generated",
                    String.valueOf(created)));
            return "redirect:/reporting/periods?year=" + form.fromMonth().getYear();
        }
        catch (UserFacingException ex) {
            PeriodRefusals.reject(errors, ex);
            return calendarPage(null, model);
        }
    }

    @GetMapping("/reporting/periods/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("form", GrantException.blank());
        return periodPage(id, model);
    }

    @PostMapping("/reporting/periods/{id}/exceptions")
    String grant(@PathVariable long id, @Valid @ModelAttribute("form") GrantException form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        queries.period(id);
        if (!access.grantsAnyException()) {
            throw new org.springframework.security.access.AccessDeniedException("may not grant exceptions");
        }
        if (errors.hasErrors()) {
            return periodPage(id, model);
        }
        try {
            exceptions.grant(id, form);
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("reporting.exception.granted"));
            return "redirect:/reporting/periods/" + id;
        }
        catch (UserFacingException ex) {
            PeriodRefusals.reject(errors, ex);
            return periodPage(id, model);
        }
    }

    @PostMapping("/reporting/periods/{id}/exceptions/{exceptionId}/revoke")
    String revoke(@PathVariable long id, @PathVariable long exceptionId, RedirectAttributes redirect) {
        exceptions.revoke(id, exceptionId);
        redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("reporting.exception.revoked"));
        return "redirect:/reporting/periods/" + id;
    }

    private String calendarPage(Integer year, Model model) {
        int shown = year == null ? VietnamTime.today().getYear() : year;
        List<TemplateCalendar> calendars = queries.calendars(shown);
        model.addAttribute("year", shown);
        model.addAttribute("today", VietnamTime.today());
        model.addAttribute("calendars", calendars);
        model.addAttribute("runsCalendar", access.runsCalendar());
        model.addAttribute("occasional", calendars.stream().map(TemplateCalendar::template)
                .filter(t -> t.active() && !t.frequency().periodic()).toList());
        model.addAttribute("periodic", calendars.stream().map(TemplateCalendar::template)
                .filter(t -> t.active() && t.frequency().periodic()).toList());
        return "reporting/period-calendar";
    }

    private String periodPage(long id, Model model) {
        Period period = queries.period(id);
        model.addAttribute("period", period);
        model.addAttribute("template", templates.find(period.templateId()).orElseThrow());
        model.addAttribute("phase", period.phaseOn(VietnamTime.today()));
        model.addAttribute("expected", queries.expected(id));
        model.addAttribute("exceptions", exceptions.of(id));
        model.addAttribute("grants", access.grantsAnyException());
        return "reporting/period-show";
    }

    private static GeneratePeriods blankGenerate() {
        return new GeneratePeriods(null, YearMonth.from(VietnamTime.today()), 12);
    }
}
