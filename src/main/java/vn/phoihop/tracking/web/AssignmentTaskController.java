package vn.phoihop.tracking.web;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.web.Notice;
import vn.phoihop.tracking.assignment.AssignForm;
import vn.phoihop.tracking.assignment.AssignmentRole;
import vn.phoihop.tracking.assignment.Assignments;
import vn.phoihop.tracking.assignment.TrackingAccess;
import vn.phoihop.tracking.plan.PlanCommands.MilestoneForm;
import vn.phoihop.tracking.plan.PlanViews.TaskDetail;
import vn.phoihop.tracking.plan.Plans;

/**
 * A task's page ({@code /tracking/tasks/{id}}): its milestones, its assignments the reader may read with their
 * carrier history, and, for its plan's owner's planners, the forms to assign it (organisations by code, or all
 * provinces as of a date) and to add a milestone.
 */
@Controller
class AssignmentTaskController {

    private final Plans plans;
    private final Assignments assignments;
    private final TrackingAccess access;

    AssignmentTaskController(Plans plans, Assignments assignments, TrackingAccess access) {
        this.plans = plans;
        this.assignments = assignments;
        this.access = access;
    }

    @GetMapping("/tracking/tasks/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("form", AssignForm.blank());
        model.addAttribute("milestoneForm", MilestoneForm.blank());
        return page(id, model);
    }

    @PostMapping("/tracking/tasks/{id}/assignments")
    String assign(@PathVariable long id, @Valid @ModelAttribute("form") AssignForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        access.requirePlanEditor(plans.task(id).plan().ownerId());
        model.addAttribute("milestoneForm", MilestoneForm.blank());
        if (errors.hasErrors()) {
            return page(id, model);
        }
        try {
            Assignments.Outcome outcome = assignments.assign(id, form);
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("tracking.assignment.assigned",
                    String.valueOf(outcome.created()), String.valueOf(outcome.existing())));
            return "redirect:/tracking/tasks/" + id;
        }
        catch (UserFacingException ex) {
            PlanRefusals.reject(errors, ex);
            return page(id, model);
        }
    }

    @PostMapping("/tracking/tasks/{id}/milestones")
    String addMilestone(@PathVariable long id, @Valid @ModelAttribute("milestoneForm") MilestoneForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        access.requirePlanEditor(plans.task(id).plan().ownerId());
        model.addAttribute("form", AssignForm.blank());
        if (errors.hasErrors()) {
            return page(id, model);
        }
        try {
            plans.addMilestone(id, form);
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("tracking.milestone.added"));
            return "redirect:/tracking/tasks/" + id;
        }
        catch (UserFacingException ex) {
            PlanRefusals.reject(errors, ex);
            return page(id, model);
        }
    }

    private String page(long id, Model model) {
        TaskDetail task = plans.task(id);
        model.addAttribute("detail", task);
        model.addAttribute("assignments", assignments.forTask(id));
        model.addAttribute("editable", task.plan().editable());
        model.addAttribute("roles", AssignmentRole.values());
        model.addAttribute("kinds", new OrganizationKind[] { OrganizationKind.PROVINCIAL_POLICE,
                OrganizationKind.PROVINCIAL_PARTY_COMMITTEE });
        return "tracking/assignment-task";
    }
}
