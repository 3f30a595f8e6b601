package vn.phoihop.organization.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.organization.registry.LeadershipKind;
import vn.phoihop.organization.registry.OrganizationAdministration;
import vn.phoihop.organization.registry.OrganizationCommands.AddLeadershipLink;
import vn.phoihop.organization.registry.OrganizationCommands.CreateOrganization;
import vn.phoihop.organization.registry.OrganizationCommands.EndLeadershipLink;
import vn.phoihop.organization.registry.OrganizationCommands.UpdateOrganization;
import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.organization.registry.OrganizationView;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.web.Notice;

/**
 * The administrator's forms on an organisation's page: add a unit below it, correct its code or name (a typo; a
 * renaming with an effective date is a reorganisation), add or end a leadership link. Every change goes through
 * {@link OrganizationAdministration}, which checks access before validation and audits; a refusal comes back to the
 * page as a message.
 */
@Controller
@RequestMapping("/organizations/{id}")
class OrganizationAdminController {

    private static final String DATE = OrganizationPagesController.DATE;

    private final OrganizationAdministration administration;

    OrganizationAdminController(OrganizationAdministration administration) {
        this.administration = administration;
    }

    @PostMapping("/units")
    String addUnit(@PathVariable long id, @RequestParam(name = "code", required = false) String code,
            @RequestParam(name = "kind", required = false) OrganizationKind kind,
            @RequestParam(name = "name", required = false) String name,
            @RequestParam(name = "shortName", required = false) String shortName,
            @RequestParam(name = "validFrom", required = false) @DateTimeFormat(pattern = DATE) LocalDate validFrom,
            RedirectAttributes redirect) {
        return change(id, redirect, () -> {
            OrganizationView unit = administration.create(new CreateOrganization(code, kind, name, shortName, null, id,
                    validFrom));
            return new Notice("registry.unitAdded", unit.name());
        });
    }

    @PostMapping("/correct")
    String correct(@PathVariable long id, @RequestParam(name = "code", required = false) String code,
            @RequestParam(name = "name", required = false) String name,
            @RequestParam(name = "shortName", required = false) String shortName,
            @RequestParam(name = "abbreviation", required = false) String abbreviation,
            @RequestParam(name = "version", required = false) Long version, RedirectAttributes redirect) {
        return change(id, redirect, () -> {
            administration.update(id, new UpdateOrganization(code, name, shortName, abbreviation, version));
            return new Notice("registry.corrected");
        });
    }

    @PostMapping("/leadership")
    String addLeadership(@PathVariable long id, @RequestParam(name = "leaderId", required = false) Long leaderId,
            @RequestParam(name = "kind", required = false) LeadershipKind kind,
            @RequestParam(name = "validFrom", required = false) @DateTimeFormat(pattern = DATE) LocalDate validFrom,
            RedirectAttributes redirect) {
        return change(id, redirect, () -> {
            administration.addLeadershipLink(id, new AddLeadershipLink(leaderId, kind, validFrom, null));
            return new Notice("registry.leadershipAdded");
        });
    }

    @PostMapping("/leadership/end")
    String endLeadership(@PathVariable long id, @RequestParam(name = "linkId", required = false) Long linkId,
            @RequestParam(name = "validTo", required = false) @DateTimeFormat(pattern = DATE) LocalDate validTo,
            RedirectAttributes redirect) {
        return change(id, redirect, () -> {
            administration.endLeadershipLink(id, new EndLeadershipLink(linkId, validTo));
            return new Notice("registry.leadershipEnded");
        });
    }

    /** Runs the change; a refusal (other than "not found") is shown on the organisation's page. */
    private static String change(long id, RedirectAttributes redirect, java.util.function.Supplier<Notice> change) {
        try {
            redirect.addFlashAttribute(Notice.ATTRIBUTE, change.get());
        }
        catch (UserFacingException ex) {
            redirect.addFlashAttribute(Notice.PROBLEM, Notice.refusal(ex));
        }
        return "redirect:/organizations/" + id;
    }
}
