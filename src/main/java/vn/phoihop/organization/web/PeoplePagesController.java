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

import vn.phoihop.organization.people.AppointmentChoices;
import vn.phoihop.organization.people.People;
import vn.phoihop.organization.people.PeopleCommands.Appoint;
import vn.phoihop.organization.people.PeopleCommands.EndPosition;
import vn.phoihop.organization.people.PeopleCommands.Promote;
import vn.phoihop.organization.people.PositionTitle;
import vn.phoihop.organization.people.PositionView;
import vn.phoihop.organization.people.Rank;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.web.Notice;

/**
 * People and positions: a person's page (rank history, positions held), and the administrator's forms to add a
 * person with a first position in an organisation, end a position and record a promotion. Visible only within
 * scope (else "not found"); every change goes through {@link People}, which checks and audits it. A further
 * position is chosen from a search (htmx fragment {@code /people/{id}/organizations?q=}) among the organisations in
 * the administrator's scope, not typed as a code.
 */
@Controller
class PeoplePagesController {

    private final People people;
    private final AppointmentChoices appointmentChoices;

    PeoplePagesController(People people, AppointmentChoices appointmentChoices) {
        this.people = people;
        this.appointmentChoices = appointmentChoices;
    }

    @GetMapping("/people/{id}")
    String person(@PathVariable long id, Model model) {
        model.addAttribute("person", people.person(id));
        model.addAttribute("ranks", Rank.values());
        model.addAttribute("titles", PositionTitle.values());
        return "organization/person";
    }

    /** The appointment chooser's results: organisations in the administrator's scope whose name matches. */
    @GetMapping("/people/{id}/organizations")
    String appointmentChoices(@PathVariable long id, @RequestParam(name = "q", required = false) String query,
            Model model) {
        model.addAttribute("choices", appointmentChoices.search(id, query));
        model.addAttribute("query", query == null ? "" : query.strip());
        return "organization/person :: choices";
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
    String appoint(@PathVariable long id, @RequestParam(name = "organizationId", required = false) Long organizationId,
            @RequestParam(name = "title", required = false) PositionTitle title,
            @RequestParam(name = "concurrent", defaultValue = "false") boolean concurrent,
            @RequestParam(name = "validFrom", required = false) @DateTimeFormat(pattern = OrganizationPagesController.DATE) LocalDate validFrom,
            RedirectAttributes redirect) {
        try {
            people.appoint(id, new Appoint(organizationId, title, concurrent, validFrom, null));
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("position.appointed"));
        }
        catch (UserFacingException ex) {
            redirect.addFlashAttribute(Notice.PROBLEM, Notice.refusal(ex));
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
