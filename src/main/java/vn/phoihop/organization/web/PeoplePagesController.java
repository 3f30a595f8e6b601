package vn.phoihop.organization.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.organization.OrganizationSummary;
import vn.phoihop.organization.Organizations;
import vn.phoihop.organization.People;
import vn.phoihop.organization.PeopleCommands.Appoint;
import vn.phoihop.organization.PeopleCommands.EndPosition;
import vn.phoihop.organization.PeopleCommands.Promote;
import vn.phoihop.organization.PositionTitle;
import vn.phoihop.organization.PositionView;
import vn.phoihop.organization.Rank;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.web.Notice;

/**
 * People and positions: a person's page (rank history, positions held), and the administrator's forms to add a
 * person with a first position in an organisation, end a position and record a promotion. Visible only within
 * scope (else "not found"); every change goes through {@link People}, which checks and audits it.
 */
@Controller
class PeoplePagesController {

    private final People people;
    private final Organizations organizations;

    PeoplePagesController(People people, Organizations organizations) {
        this.people = people;
        this.organizations = organizations;
    }

    @GetMapping("/people/{id}")
    String person(@PathVariable long id, Model model) {
        model.addAttribute("person", people.person(id));
        model.addAttribute("ranks", Rank.values());
        model.addAttribute("titles", PositionTitle.values());
        return "organization/person";
    }

    @PostMapping("/organizations/{id}/people")
    String addPerson(@PathVariable long id, @ModelAttribute PersonForm form, RedirectAttributes redirect) {
        try {
            people.create(form.toCommand(id));
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("person.added", form.fullName()));
        }
        catch (UserFacingException ex) {
            redirect.addFlashAttribute(Notice.PROBLEM, Notice.refusal(ex));
        }
        return "redirect:/organizations/" + id;
    }

    @PostMapping("/people/{id}/positions")
    String appoint(@PathVariable long id, @RequestParam(name = "organizationCode", required = false) String code,
            @RequestParam(name = "title", required = false) PositionTitle title,
            @RequestParam(name = "concurrent", defaultValue = "false") boolean concurrent,
            @RequestParam(name = "validFrom", required = false) @DateTimeFormat(pattern = OrganizationPagesController.DATE) LocalDate validFrom,
            RedirectAttributes redirect) {
        try {
            Long organizationId = code == null ? null : organizations.findByCode(code.strip())
                    .map(OrganizationSummary::id).orElse(-1L);
            people.appoint(id, new Appoint(organizationId, title, concurrent, validFrom, null));
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("position.appointed"));
        }
        catch (UserFacingException ex) {
            if (ex.status() == 404 && "organization.notFound".equals(ex.messageKey())) {
                redirect.addFlashAttribute(Notice.PROBLEM, new Notice("position.organization.unknown", code));
            }
            else {
                redirect.addFlashAttribute(Notice.PROBLEM, Notice.refusal(ex));
            }
        }
        return "redirect:/people/" + id;
    }

    @PostMapping("/positions/{id}/end")
    String endPosition(@PathVariable long id,
            @RequestParam(name = "validTo", required = false) @DateTimeFormat(pattern = OrganizationPagesController.DATE) LocalDate validTo,
            RedirectAttributes redirect) {
        PositionView ended = people.endPosition(id, new EndPosition(validTo));
        redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("position.ended", ended.personName()));
        return "redirect:/people/" + ended.personId();
    }

    @PostMapping("/people/{id}/ranks")
    String promote(@PathVariable long id, @RequestParam(name = "rank", required = false) Rank rank,
            @RequestParam(name = "validFrom", required = false) @DateTimeFormat(pattern = OrganizationPagesController.DATE) LocalDate validFrom,
            RedirectAttributes redirect) {
        try {
            people.promote(id, new Promote(rank, validFrom));
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("person.promoted"));
        }
        catch (UserFacingException ex) {
            redirect.addFlashAttribute(Notice.PROBLEM, Notice.refusal(ex));
        }
        return "redirect:/people/" + id;
    }
}
