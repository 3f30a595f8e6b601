package vn.phoihop.reporting.web;

import java.util.function.Consumer;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.web.Notice;
import vn.phoihop.reporting.template.DraftEditor;
import vn.phoihop.reporting.template.TemplateCommands.EditIndicator;
import vn.phoihop.reporting.template.TemplateCommands.EditRule;
import vn.phoihop.reporting.template.TemplateCommands.EditSection;
import vn.phoihop.reporting.template.TemplateCommands.Publish;
import vn.phoihop.reporting.template.TemplateCommands.RemoveIndicator;
import vn.phoihop.reporting.template.TemplateCommands.RemoveRule;
import vn.phoihop.reporting.template.TemplateCommands.SectionAction;
import vn.phoihop.reporting.template.TemplateDesigner;

/**
 * The designer's actions on a template's versions: open a new draft ("Tạo phiên bản mới"), change the draft's
 * sections, indicators and rules, and publish it. The draft's forms post with htmx and get the draft's part of the
 * page back (editor and preview); without htmx the whole page comes back. A form with errors comes back with each
 * beside its field (a small action's above the draft); a refusal changes nothing.
 */
@Controller
class TemplateDraftController {

    private final TemplateDesigner designer;
    private final DraftEditor editor;
    private final TemplatePage page;

    TemplateDraftController(TemplateDesigner designer, DraftEditor editor, TemplatePage page) {
        this.designer = designer;
        this.editor = editor;
        this.page = page;
    }

    @InitBinder
    void dates(WebDataBinder binder) {
        TemplatePage.readDates(binder);
    }

    @PostMapping("/reporting/templates/{id}/draft")
    String newDraft(@PathVariable long id, RedirectAttributes redirect) {
        designer.requireDesignerOf(id);
        try {
            designer.newDraft(id);
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("reporting.version.drafted"));
        }
        catch (UserFacingException ex) {
            redirect.addFlashAttribute(Notice.PROBLEM, Notice.refusal(ex));
        }
        return "redirect:/reporting/templates/" + id;
    }

    @PostMapping("/reporting/templates/{id}/draft/sections")
    String saveSection(@PathVariable long id, @Valid @ModelAttribute("sectionForm") EditSection form,
            BindingResult errors, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect) {
        return form(id, errors, EditSection.class, htmx, model, redirect, "reporting.section.saved", () -> editor.saveSection(id, form));
    }

    @PostMapping("/reporting/templates/{id}/draft/sections/move")
    String moveSection(@PathVariable long id, @Valid @ModelAttribute("sectionAction") SectionAction action,
            BindingResult errors, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect) {
        return action(id, errors, SectionAction.class, htmx, model, redirect, "reporting.section.moved", () -> editor.moveSection(id, action));
    }

    @PostMapping("/reporting/templates/{id}/draft/sections/delete")
    String removeSection(@PathVariable long id, @Valid @ModelAttribute("sectionAction") SectionAction action,
            BindingResult errors, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect) {
        return action(id, errors, SectionAction.class, htmx, model, redirect, "reporting.section.removed",
                () -> editor.removeSection(id, action));
    }

    @PostMapping("/reporting/templates/{id}/draft/indicators")
    String saveIndicator(@PathVariable long id, @Valid @ModelAttribute("indicatorForm") EditIndicator form,
            BindingResult errors, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect) {
        return form(id, errors, EditIndicator.class, htmx, model, redirect, "reporting.indicator.saved",
                () -> editor.saveIndicator(id, form));
    }

    @PostMapping("/reporting/templates/{id}/draft/indicators/delete")
    String removeIndicator(@PathVariable long id, @Valid @ModelAttribute("removeIndicator") RemoveIndicator action,
            BindingResult errors, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect) {
        return action(id, errors, RemoveIndicator.class, htmx, model, redirect, "reporting.indicator.removed",
                () -> editor.removeIndicator(id, action));
    }

    @PostMapping("/reporting/templates/{id}/draft/rules")
    String addRule(@PathVariable long id, @Valid @ModelAttribute("ruleForm") EditRule form, BindingResult errors,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect) {
        return form(id, errors, EditRule.class, htmx, model, redirect, "reporting.rule.saved", () -> editor.addRule(id, form));
    }

    @PostMapping("/reporting/templates/{id}/draft/rules/delete")
    String removeRule(@PathVariable long id, @Valid @ModelAttribute("removeRule") RemoveRule action,
            BindingResult errors, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect) {
        return action(id, errors, RemoveRule.class, htmx, model, redirect, "reporting.rule.removed", () -> editor.removeRule(id, action));
    }

    @PostMapping("/reporting/templates/{id}/publish")
    String publish(@PathVariable long id, @Valid @ModelAttribute("publishForm") Publish form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return form(id, errors, Publish.class, null, model, redirect, "reporting.version.published",
                () -> designer.publish(id, form));
    }

    /**
     * A form of the draft: refused by its constraints or by the service, the page (or with htmx the draft's part)
     * comes back with the errors beside the fields; accepted, htmx gets the fresh draft with a confirmation, a plain
     * request a redirect to the page.
     */
    private String form(long id, BindingResult errors, Class<? extends Record> type, String htmx, Model model,
            RedirectAttributes redirect, String done, Runnable change) {
        designer.requireDesignerOf(id);
        page.validateUnbuilt(errors, type);
        if (!errors.hasErrors()) {
            try {
                change.run();
                return accepted(id, htmx, model, redirect, done);
            }
            catch (UserFacingException ex) {
                TemplatePage.reject(errors, ex);
            }
        }
        return shown(id, htmx, model);
    }

    /** A small action (move, remove): like {@link #form}, its errors shown above the draft. */
    private String action(long id, BindingResult errors, Class<? extends Record> type, String htmx, Model model,
            RedirectAttributes redirect, String done, Runnable change) {
        designer.requireDesignerOf(id);
        page.validateUnbuilt(errors, type);
        if (!errors.hasErrors()) {
            try {
                change.run();
                return accepted(id, htmx, model, redirect, done);
            }
            catch (UserFacingException ex) {
                TemplatePage.reject(errors, ex);
            }
        }
        model.addAttribute("draftErrors", page.messages(errors));
        return shown(id, htmx, model);
    }

    private String accepted(long id, String htmx, Model model, RedirectAttributes redirect, String done) {
        if (htmx == null) {
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice(done));
            return "redirect:/reporting/templates/" + id;
        }
        removeForms(model);
        model.addAttribute("draftNotice", new Notice(done));
        page.show(id, null, model);
        return TemplatePage.DRAFT_FRAGMENT;
    }

    private String shown(long id, String htmx, Model model) {
        page.show(id, null, model);
        return htmx == null ? TemplatePage.VIEW : TemplatePage.DRAFT_FRAGMENT;
    }

    /** After a change the forms start empty again, at the draft's new version. */
    private static void removeForms(Model model) {
        Consumer<String> remove = name -> {
            model.asMap().remove(name);
            model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + name);
        };
        java.util.List.of("sectionForm", "indicatorForm", "ruleForm", "publishForm", "sectionAction",
                "removeIndicator", "removeRule").forEach(remove);
    }
}
