package vn.phoihop.organization.web;

import java.util.Map;
import java.util.function.Supplier;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.organization.registry.OrganizationAdministration;
import vn.phoihop.organization.registry.OrganizationCommands.AddLeadershipLink;
import vn.phoihop.organization.registry.OrganizationCommands.CreateOrganization;
import vn.phoihop.organization.registry.OrganizationCommands.EndLeadershipLink;
import vn.phoihop.organization.registry.OrganizationCommands.UpdateOrganization;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.web.Notice;

/**
 * The administrator's forms on an organisation's page: add a unit below it, correct its code or name (a typo; a
 * renaming with an effective date is a reorganisation), add or end a leadership link. Each form binds to its
 * command record and is validated by the record's constraints; the access decision comes first (a caller who may
 * not change the organisation learns nothing from validation), then a form with errors is shown again on the
 * page with each error beside its field, and a valid one goes to {@link OrganizationAdministration}, which checks
 * access and the business rules again and audits. Its refusals appear beside the field they concern.
 */
@Controller
@RequestMapping("/organizations/{id}")
class OrganizationAdminController {

    private static final Map<String, String> UNIT_FIELDS = Map.of("organization.code.", "code",
            "organization.kind.", "kind", "organization.name.", "name", "organization.shortName.", "shortName",
            "organization.parent.", "validFrom", "organization.validFrom.", "validFrom");
    private static final Map<String, String> CORRECTION_FIELDS = Map.of("organization.code.", "code",
            "organization.name.", "name", "organization.shortName.", "shortName", "organization.abbreviation.",
            "abbreviation");
    private static final Map<String, String> LINK_FIELDS = Map.of("leadership.leader.", "leaderId",
            "leadership.kind.", "kind", "leadership.period.", "validFrom", "leadership.validFrom.", "validFrom");
    private static final Map<String, String> END_LINK_FIELDS = Map.of("leadership.period.", "validTo",
            "leadership.validTo.", "validTo");

    private final OrganizationAdministration administration;
    private final OrganizationPage page;
    private final Forms forms;

    OrganizationAdminController(OrganizationAdministration administration, OrganizationPage page, Forms forms) {
        this.administration = administration;
        this.page = page;
        this.forms = forms;
    }

    /** Dates that cannot be read are errors of their field (see {@link Forms#readDatesIntoFields}). */
    @InitBinder
    void dates(WebDataBinder binder) {
        Forms.readDatesIntoFields(binder);
    }

    /** A unit below the organisation of the address (the form names it as the parent too). */
    @PostMapping("/units")
    String addUnit(@PathVariable long id, @Valid @ModelAttribute(OrganizationPage.UNIT) CreateOrganization unit,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        administration.requireCreator(id);
        forms.validateUnbuilt(errors, CreateOrganization.class);
        return submit(id, errors, model, redirect, UNIT_FIELDS, () -> {
            Forms.requireSame(unit.parentId(), id);
            return new Notice("registry.unitAdded", administration.create(unit).name());
        });
    }

    @PostMapping("/correct")
    String correct(@PathVariable long id,
            @Valid @ModelAttribute(OrganizationPage.CORRECTION) UpdateOrganization correction, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        administration.requireEditor(id);
        forms.validateUnbuilt(errors, UpdateOrganization.class);
        return submit(id, errors, model, redirect, CORRECTION_FIELDS, () -> {
            administration.update(id, correction);
            return new Notice("registry.corrected");
        });
    }

    @PostMapping("/leadership")
    String addLeadership(@PathVariable long id,
            @Valid @ModelAttribute(OrganizationPage.LEADERSHIP_LINK) AddLeadershipLink link, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        administration.requireEditor(id);
        forms.validateUnbuilt(errors, AddLeadershipLink.class);
        return submit(id, errors, model, redirect, LINK_FIELDS, () -> {
            administration.addLeadershipLink(id, link);
            return new Notice("registry.leadershipAdded");
        });
    }

    @PostMapping("/leadership/end")
    String endLeadership(@PathVariable long id,
            @Valid @ModelAttribute(OrganizationPage.END_LINK) EndLeadershipLink ending, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        administration.requireEditor(id);
        forms.validateUnbuilt(errors, EndLeadershipLink.class);
        model.addAttribute("endingLink", errors.getFieldValue("linkId"));
        return submit(id, errors, model, redirect, END_LINK_FIELDS, () -> {
            administration.endLeadershipLink(id, ending);
            return new Notice("registry.leadershipEnded");
        });
    }

    /**
     * Shows the page again when the form has errors (the change is not attempted); else makes the change and
     * redirects to the page with its notice, or shows the page again with the service's refusal on the form.
     */
    private String submit(long id, BindingResult errors, Model model, RedirectAttributes redirect,
            Map<String, String> fields, Supplier<Notice> change) {
        if (!errors.hasErrors()) {
            try {
                redirect.addFlashAttribute(Notice.ATTRIBUTE, change.get());
                return "redirect:/organizations/" + id;
            }
            catch (UserFacingException refused) {
                Refusals.reject(errors, refused, fields);
            }
        }
        return page.show(id, null, model);
    }
}
