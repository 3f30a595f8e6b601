package vn.phoihop.reporting.web;

import java.time.LocalDate;

import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.platform.PlausibleDates;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.VietnamTime;
import vn.phoihop.platform.web.Notice;
import vn.phoihop.reporting.period.Assignments;
import vn.phoihop.reporting.period.PeriodAccess;
import vn.phoihop.reporting.period.PeriodCommands.EndAssignment;
import vn.phoihop.reporting.period.PeriodCommands.NewAssignment;
import vn.phoihop.reporting.template.TemplateCatalog;
import vn.phoihop.reporting.template.TemplateHeader;

/**
 * Who reports a template ({@code /reporting/templates/{id}/assignments}): the assignments in force on a date (the
 * organisations named as on that date, cut to the reader's scope); central staff assign organisations by code or
 * every provincial police force in force on the first day, and end an assignment.
 */
@Controller
class AssignmentPagesController {

    private final Assignments assignments;
    private final PeriodAccess access;
    private final TemplateCatalog templates;

    AssignmentPagesController(Assignments assignments, PeriodAccess access, TemplateCatalog templates) {
        this.assignments = assignments;
        this.access = access;
        this.templates = templates;
    }

    @GetMapping("/reporting/templates/{id}/assignments")
    String list(@PathVariable long id,
            @RequestParam(name = "asOf", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Model model) {
        model.addAttribute("form", NewAssignment.blank());
        return page(id, asOf, model);
    }

    @PostMapping("/reporting/templates/{id}/assignments")
    String assign(@PathVariable long id, @Valid @ModelAttribute("form") NewAssignment form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        template(id);
        access.requireCalendar();
        if (errors.hasErrors()) {
            return page(id, null, model);
        }
        try {
            Assignments.Outcome outcome = assignments.assign(id, form);
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("reporting.assignment.assigned",
                    String.valueOf(outcome.assigned()), String.valueOf(outcome.skipped())));
            return "redirect:/reporting/templates/" + id + "/assignments?asOf=" + form.validFrom();
        }
        catch (UserFacingException ex) {
            PeriodRefusals.reject(errors, ex);
            return page(id, null, model);
        }
    }

    @PostMapping("/reporting/templates/{id}/assignments/{assignmentId}/end")
    String end(@PathVariable long id, @PathVariable long assignmentId,
            @Valid @ModelAttribute("end") EndAssignment form, BindingResult errors, RedirectAttributes redirect) {
        template(id);
        access.requireCalendar();
        try {
            if (errors.hasErrors()) {
                throw UserFacingException.invalid("reporting.assignment.lastDay.required");
            }
            assignments.end(id, assignmentId, form);
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("reporting.assignment.ended",
                    PlausibleDates.display(form.lastDay())));
        }
        catch (UserFacingException ex) {
            if (ex.status() == 404) {
                throw ex;
            }
            redirect.addFlashAttribute(Notice.PROBLEM, Notice.refusal(ex));
        }
        return "redirect:/reporting/templates/" + id + "/assignments";
    }

    private String page(long id, LocalDate asOf, Model model) {
        TemplateHeader template = template(id);
        LocalDate day = asOf == null || !PlausibleDates.plausible(asOf) ? VietnamTime.today() : asOf;
        model.addAttribute("template", template);
        model.addAttribute("asOf", day);
        model.addAttribute("assignments", assignments.inForce(id, day));
        model.addAttribute("runsCalendar", access.runsCalendar());
        return "reporting/period-assignments";
    }

    private TemplateHeader template(long id) {
        return templates.find(id).orElseThrow(() -> UserFacingException.notFound("reporting.period.template.notFound"));
    }
}
