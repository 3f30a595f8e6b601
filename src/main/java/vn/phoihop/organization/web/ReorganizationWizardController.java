package vn.phoihop.organization.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.Validator;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.organization.OrganizationSuccession;
import vn.phoihop.organization.registry.OrganizationDirectory;
import vn.phoihop.organization.reorganization.ReorganizationChoices;
import vn.phoihop.organization.ReorganizationKind;
import vn.phoihop.organization.reorganization.ReorganizationLeadership;
import vn.phoihop.organization.reorganization.ReorganizationPreview;
import vn.phoihop.organization.reorganization.ReorganizationView;
import vn.phoihop.organization.reorganization.Reorganizations;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.web.Formats;
import vn.phoihop.platform.web.Notice;

/**
 * The reorganisation wizard: choose what happens to an organisation (merge, split, rename, move, close), with its
 * effective date and legal basis; see the preview of every change and of what it affects; apply; then confirm or
 * undo. Each step is one page; the preview posts the same form again, so nothing is stored before "apply". A merge
 * of provinces also proposes the successor's territorial leadership links on the preview ({@link
 * ReorganizationLeadership}); the ticked ones are created with the reorganisation and undone with it.
 */
@Controller
@RequestMapping("/reorganizations")
class ReorganizationWizardController {

    private final Reorganizations reorganizations;
    private final ReorganizationChoices choices;
    private final ReorganizationLeadership leadership;
    private final OrganizationDirectory directory;
    private final MessageSource messages;
    private final Formats formats;

    /**
     * Service refusals that concern one field of the form. A refusal about a code or name is shown beside the first
     * new organisation's fields (a split's second one has no separate key).
     */
    private static final Map<String, String> FIELDS = Map.of("reorganization.effectiveDate.", "effectiveDate",
            "reorganization.legalBasis.", "legalBasis", "reorganization.rename.", "newName",
            "reorganization.move.", "targetId", "organization.code.", "newCode", "organization.name.", "newName");

    private final Validator validator;

    ReorganizationWizardController(Reorganizations reorganizations, ReorganizationChoices choices,
            ReorganizationLeadership leadership, OrganizationDirectory directory, MessageSource messages,
            Formats formats, Validator validator) {
        this.validator = validator;
        this.reorganizations = reorganizations;
        this.choices = choices;
        this.leadership = leadership;
        this.directory = directory;
        this.messages = messages;
        this.formats = formats;
    }

    /** Dates that cannot be read are errors of their field (see {@link Forms#readDatesIntoFields}). */
    @InitBinder
    void dates(WebDataBinder binder) {
        Forms.readDatesIntoFields(binder);
    }

    /** The form is validated by the command's constraints, with each error beside the field it comes from. */
    @InitBinder("form")
    void formCheck(WebDataBinder binder) {
        binder.addValidators(new ReorganizationFormCheck(validator));
    }

    @GetMapping
    String pending(Model model) {
        model.addAttribute("pending", reorganizations.pending());
        return "organization/reorganizations";
    }

    @GetMapping("/new")
    String start(@RequestParam(name = "kind", defaultValue = "MERGE") ReorganizationKind kind,
            @RequestParam(name = "subject", required = false) Long subject, Model model) {
        ReorganizationForm form = new ReorganizationForm();
        form.setKind(kind);
        form.setSubject(subject);
        return form(form, model);
    }

    @PostMapping("/preview")
    String preview(@Valid @ModelAttribute("form") ReorganizationForm form, BindingResult errors, Model model) {
        choices.around(form.getSubject(), OrganizationPagesController.today());
        if (errors.hasErrors()) {
            return form(form, model);
        }
        try {
            ReorganizationPreview preview = reorganizations.preview(form.toCommand());
            model.addAttribute("preview", preview);
            model.addAttribute("changeTexts", preview.changes().stream().map(c -> messages.getMessage(
                    c.type().messageKey(), new Object[] { c.name(), c.other(), formats.date(c.date()) },
                    LocaleContextHolder.getLocale())).toList());
            model.addAttribute("proposedLinks", leadership.proposals(form.toCommand()));
        }
        catch (UserFacingException ex) {
            Refusals.reject(errors, ex, FIELDS);
            return form(form, model);
        }
        return "organization/reorganization-preview";
    }

    @PostMapping
    String apply(@Valid @ModelAttribute("form") ReorganizationForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        choices.around(form.getSubject(), OrganizationPagesController.today());
        if (errors.hasErrors()) {
            return form(form, model);
        }
        try {
            ReorganizationView applied = leadership.apply(form.toCommand(), form.getLeadershipLinks());
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("reorganization.applied"));
            return "redirect:/reorganizations/" + applied.id();
        }
        catch (UserFacingException ex) {
            if (ex.status() == 409) {
                throw ex;
            }
            Refusals.reject(errors, ex, FIELDS);
            return form(form, model);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        ReorganizationView reorganization = reorganizations.get(id);
        LocalDate date = reorganization.effectiveDate();
        Map<Long, String> before = directory.namesOn(reorganization.transitions().stream()
                .map(OrganizationSuccession::predecessorId).toList(), date.minusDays(1));
        Map<Long, String> after = directory.namesOn(reorganization.transitions().stream()
                .map(OrganizationSuccession::successorId).filter(Objects::nonNull).toList(), date);
        Map<Long, String> names = new HashMap<>();
        for (OrganizationSuccession step : reorganization.transitions()) {
            names.put(step.predecessorId(), nameOrNumber(before, step.predecessorId()));
            if (step.successorId() != null) {
                names.put(step.successorId(), nameOrNumber(after, step.successorId()));
            }
        }
        model.addAttribute("reorganization", reorganization);
        model.addAttribute("names", names);
        return "organization/reorganization";
    }

    /** The organisation's name on a date, or its number when it no longer exists (an undone merge's new unit). */
    private static String nameOrNumber(Map<Long, String> names, long id) {
        return names.getOrDefault(id, "#" + id);
    }

    @PostMapping("/{id}/confirm")
    String confirm(@PathVariable long id, RedirectAttributes redirect) {
        reorganizations.confirm(id);
        redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("reorganization.confirmed"));
        return "redirect:/reorganizations/" + id;
    }

    @PostMapping("/{id}/undo")
    String undo(@PathVariable long id, RedirectAttributes redirect) {
        reorganizations.undo(id);
        redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("reorganization.undone"));
        return "redirect:/reorganizations/" + id;
    }

    private String form(ReorganizationForm form, Model model) {
        model.addAttribute("choices", choices.around(form.getSubject(), OrganizationPagesController.today()));
        model.addAttribute("form", form);
        model.addAttribute("kinds", ReorganizationKind.values());
        return "organization/reorganization-form";
    }
}
