package vn.phoihop.tracking.web;

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
import vn.phoihop.platform.web.Notice;
import vn.phoihop.tracking.PlanSource;
import vn.phoihop.tracking.assignment.TrackingAccess;
import vn.phoihop.tracking.plan.PlanCommands.GroupForm;
import vn.phoihop.tracking.plan.PlanCommands.PlanForm;
import vn.phoihop.tracking.plan.PlanCommands.TaskForm;
import vn.phoihop.tracking.plan.PlanStatus;
import vn.phoihop.tracking.plan.PlanViews.PlanHeader;
import vn.phoihop.tracking.plan.Plans;
import vn.phoihop.tracking.plan.Recurrence;

/**
 * Plan pages: the list of readable plans (filter by source kind and status), creating a plan (from a document of the
 * register when {@code document} is given), a plan with its groups, tasks and milestones and, for its owner's
 * planners, the forms to edit it and add groups and tasks. Access is decided before the form is validated.
 */
@Controller
class PlanPagesController {

    private final Plans plans;
    private final TrackingAccess access;

    PlanPagesController(Plans plans, TrackingAccess access) {
        this.plans = plans;
        this.access = access;
    }

    @GetMapping("/tracking/plans")
    String list(@RequestParam(name = "source", required = false) PlanSource.Kind source,
            @RequestParam(name = "status", required = false) PlanStatus status, Model model) {
        model.addAttribute("plans", plans.list(source, status));
        model.addAttribute("source", source);
        model.addAttribute("status", status);
        model.addAttribute("sources", PlanSource.Kind.values());
        model.addAttribute("statuses", PlanStatus.values());
        model.addAttribute("mayPlan", access.mayPlan());
        return "tracking/plan-list";
    }

    @GetMapping("/tracking/plans/new")
    String newPlan(@RequestParam(name = "document", required = false) Long document, Model model) {
        access.requirePlanner();
        model.addAttribute("form", PlanForm.blank(document));
        return form(null, model);
    }

    @PostMapping("/tracking/plans")
    String create(@Valid @ModelAttribute("form") PlanForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        access.requirePlanner();
        if (errors.hasErrors()) {
            return form(null, model);
        }
        try {
            long id = plans.create(form);
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("tracking.plan.created"));
            return "redirect:/tracking/plans/" + id;
        }
        catch (UserFacingException ex) {
            PlanRefusals.reject(errors, ex);
            return form(null, model);
        }
    }

    @GetMapping("/tracking/plans/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        PlanHeader p = plans.header(id);
        access.requirePlanEditor(p.ownerId());
        model.addAttribute("form", new PlanForm(p.title(), p.summary(), p.sourceType(), p.documentId(),
                p.sourceRef(), p.documentId() == null ? p.sourceLabel() : null, p.startsOn(), p.endsOn(),
                p.version()));
        return form(p, model);
    }

    @PostMapping("/tracking/plans/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") PlanForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        PlanHeader p = plans.header(id);
        access.requirePlanEditor(p.ownerId());
        if (errors.hasErrors()) {
            return form(p, model);
        }
        try {
            plans.edit(id, form);
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("tracking.plan.saved"));
            return "redirect:/tracking/plans/" + id;
        }
        catch (UserFacingException ex) {
            PlanRefusals.reject(errors, ex);
            return form(p, model);
        }
    }

    @GetMapping("/tracking/plans/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("groupForm", GroupForm.blank());
        model.addAttribute("taskForm", TaskForm.blank());
        return page(id, model);
    }

    @PostMapping("/tracking/plans/{id}/groups")
    String addGroup(@PathVariable long id, @Valid @ModelAttribute("groupForm") GroupForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        access.requirePlanEditor(plans.header(id).ownerId());
        model.addAttribute("taskForm", TaskForm.blank());
        if (errors.hasErrors()) {
            return page(id, model);
        }
        try {
            plans.addGroup(id, form);
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("tracking.group.added", form.code()));
            return "redirect:/tracking/plans/" + id;
        }
        catch (UserFacingException ex) {
            PlanRefusals.reject(errors, ex);
            return page(id, model);
        }
    }

    @PostMapping("/tracking/plans/{id}/tasks")
    String addTask(@PathVariable long id, @Valid @ModelAttribute("taskForm") TaskForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        access.requirePlanEditor(plans.header(id).ownerId());
        model.addAttribute("groupForm", GroupForm.blank());
        if (errors.hasErrors()) {
            return page(id, model);
        }
        try {
            long task = plans.addTask(id, form);
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("tracking.task.added", form.code()));
            return "redirect:/tracking/tasks/" + task;
        }
        catch (UserFacingException ex) {
            PlanRefusals.reject(errors, ex);
            return page(id, model);
        }
    }

    private String page(long id, Model model) {
        model.addAttribute("detail", plans.find(id));
        model.addAttribute("recurrences", Recurrence.values());
        return "tracking/plan-show";
    }

    private String form(PlanHeader plan, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("sources", PlanSource.Kind.values());
        return "tracking/plan-form";
    }
}
