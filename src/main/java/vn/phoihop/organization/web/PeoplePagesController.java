package vn.phoihop.organization.web;

import java.util.Map;
import java.util.function.Supplier;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.organization.people.AppointmentChoices;
import vn.phoihop.organization.people.People;
import vn.phoihop.organization.people.PeopleCommands.Appoint;
import vn.phoihop.organization.people.PeopleCommands.CreatePerson;
import vn.phoihop.organization.people.PeopleCommands.EndPosition;
import vn.phoihop.organization.people.PeopleCommands.Promote;
import vn.phoihop.organization.people.PositionTitle;
import vn.phoihop.organization.people.Rank;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.web.Notice;

/**
 * People and positions: a person's page (rank history, positions held), and the administrator's forms to add a
 * person with a first position in an organisation, end a position and record a promotion. Visible only within
 * scope (else "not found"); every change goes through {@link People}, which checks and audits it. Each form binds
 * to its command record and is validated by the record's constraints after the access decision; a form with errors
 * is shown again on its page with each error beside its field, and so is a refusal of the service. A further
 * position is chosen from a search (htmx fragment {@code /people/{id}/organizations?q=}) among the organisations in
 * the administrator's scope, not typed as a code.
 */
@Controller
class PeoplePagesController {

    /** The model attributes of the person page's forms, each bound to the command it submits. */
    static final String APPOINTMENT = "appointment";
    static final String PROMOTION = "promotion";
    static final String ENDING = "ending";

    private static final Map<String, String> NEW_PERSON_FIELDS = Map.of("person.fullName.", "fullName",
            "position.title.", "title", "position.period.", "validFrom", "position.validFrom.", "validFrom");
    private static final Map<String, String> APPOINTMENT_FIELDS = Map.of("position.organization.", "organizationId",
            "position.title.", "title", "position.period.", "validFrom", "position.validFrom.", "validFrom");
    private static final Map<String, String> PROMOTION_FIELDS = Map.of("person.rank.validFrom.", "validFrom",
            "person.rank.", "rank");
    private static final Map<String, String> ENDING_FIELDS = Map.of("position.", "validTo");

    private final People people;
    private final AppointmentChoices appointmentChoices;
    private final OrganizationPage organizationPage;
    private final Forms forms;

    PeoplePagesController(People people, AppointmentChoices appointmentChoices, OrganizationPage organizationPage,
            Forms forms) {
        this.people = people;
        this.appointmentChoices = appointmentChoices;
        this.organizationPage = organizationPage;
        this.forms = forms;
    }

    /** Dates that cannot be read are errors of their field (see {@link Forms#readDatesIntoFields}). */
    @InitBinder
    void dates(WebDataBinder binder) {
        Forms.readDatesIntoFields(binder);
    }

    @GetMapping("/people/{id}")
    String person(@PathVariable long id, Model model) {
        return personPage(id, model);
    }

    /** The appointment chooser's results: organisations in the administrator's scope whose name matches. */
    @GetMapping("/people/{id}/organizations")
    String appointmentChoices(@PathVariable long id, @RequestParam(name = "q", required = false) String query,
            Model model) {
        model.addAttribute("choices", appointmentChoices.search(id, query));
        model.addAttribute("query", query == null ? "" : query.strip());
        return "organization/person :: choices";
    }

    /** A person with a first position in the organisation of the address (the form names it too). */
    @PostMapping("/organizations/{id}/people")
    String addPerson(@PathVariable long id,
            @Valid @ModelAttribute(OrganizationPage.NEW_PERSON) CreatePerson person, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        people.requireCreator(id);
        forms.validateUnbuilt(errors, CreatePerson.class);
        if (!errors.hasErrors()) {
            try {
                Forms.requireSame(person.organizationId(), id);
                people.create(person);
                redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("person.added", person.fullName()));
                return "redirect:/organizations/" + id;
            }
            catch (UserFacingException refused) {
                Refusals.reject(errors, refused, NEW_PERSON_FIELDS);
            }
        }
        return organizationPage.show(id, null, model);
    }

    @PostMapping("/people/{id}/positions")
    String appoint(@PathVariable long id, @Valid @ModelAttribute(APPOINTMENT) Appoint appointment,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        people.requireEditor(id);
        forms.validateUnbuilt(errors, Appoint.class);
        return submit(id, errors, model, redirect, APPOINTMENT_FIELDS, () -> {
            people.appoint(id, appointment);
            return new Notice("position.appointed");
        });
    }

    @PostMapping("/positions/{id}/end")
    String endPosition(@PathVariable long id, @Valid @ModelAttribute(ENDING) EndPosition ending,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        long personId = people.editablePosition(id).personId();
        forms.validateUnbuilt(errors, EndPosition.class);
        model.addAttribute("endingPosition", id);
        return submit(personId, errors, model, redirect, ENDING_FIELDS, () -> new Notice("position.ended",
                people.endPosition(id, ending).personName()));
    }

    @PostMapping("/people/{id}/ranks")
    String promote(@PathVariable long id, @Valid @ModelAttribute(PROMOTION) Promote promotion, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        people.requireEditor(id);
        forms.validateUnbuilt(errors, Promote.class);
        return submit(id, errors, model, redirect, PROMOTION_FIELDS, () -> {
            people.promote(id, promotion);
            return new Notice("person.promoted");
        });
    }

    /**
     * Shows the person's page again when the form has errors (the change is not attempted); else makes the change
     * and redirects to the page with its notice, or shows the page again with the service's refusal on the form.
     */
    private String submit(long personId, BindingResult errors, Model model, RedirectAttributes redirect,
            Map<String, String> fields, Supplier<Notice> change) {
        if (!errors.hasErrors()) {
            try {
                redirect.addFlashAttribute(Notice.ATTRIBUTE, change.get());
                return "redirect:/people/" + personId;
            }
            catch (UserFacingException refused) {
                Refusals.reject(errors, refused, fields);
            }
        }
        return personPage(personId, model);
    }

    /** A person's page; a form already in the model (submitted with errors) is kept, the others are added empty. */
    private String personPage(long id, Model model) {
        model.addAttribute("person", people.person(id));
        model.addAttribute("ranks", Rank.values());
        model.addAttribute("titles", PositionTitle.values());
        Forms.addIfAbsent(model, APPOINTMENT, new Appoint(null, null, null, null, null));
        Forms.addIfAbsent(model, PROMOTION, new Promote(null, null));
        Forms.addIfAbsent(model, ENDING, new EndPosition(null));
        model.addAttribute("failedForm", Forms.failedForm(model));
        return "organization/person";
    }
}
