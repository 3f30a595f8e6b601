package vn.phoihop.reporting.web;

import java.util.Arrays;

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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.account.CurrentUser;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.web.Notice;
import vn.phoihop.reporting.template.Frequency;
import vn.phoihop.reporting.template.TemplateCatalog;
import vn.phoihop.reporting.template.TemplateCommands.EditTemplate;
import vn.phoihop.reporting.template.TemplateDesigner;
import vn.phoihop.reporting.template.TemplateHeader;

/**
 * The templates' pages: the list at {@code /reporting/templates} (search by name or code as the user types, filter
 * by frequency; an htmx request gets only the results), a template's page, and the settings form to create one
 * ({@code /reporting/templates/new}) or edit one. Everyone signed in reads; the designer's service decides who
 * writes. Bad input comes back with each error beside its field; nothing is stored.
 */
@Controller
class TemplatePagesController {

    private final TemplateCatalog catalog;
    private final TemplateDesigner designer;
    private final TemplatePage page;

    TemplatePagesController(TemplateCatalog catalog, TemplateDesigner designer, TemplatePage page) {
        this.catalog = catalog;
        this.designer = designer;
        this.page = page;
    }

    @InitBinder
    void dates(WebDataBinder binder) {
        TemplatePage.readDates(binder);
    }

    @GetMapping("/reporting/templates")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String frequency,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        CurrentUser.require();
        Frequency chosen = Arrays.stream(Frequency.values()).filter(f -> f.name().equals(frequency)).findFirst()
                .orElse(null);
        String text = q == null ? "" : q.strip();
        if (text.length() > 200) {
            text = text.substring(0, 200);
        }
        model.addAttribute("q", text);
        model.addAttribute("frequency", chosen);
        model.addAttribute("templates", catalog.search(text, chosen));
        if (htmx != null) {
            return "reporting/template-list :: results";
        }
        model.addAttribute("frequencies", Frequency.values());
        model.addAttribute("mayCreate", CurrentUser.require().has(vn.phoihop.account.Role.CENTRAL_STAFF));
        return "reporting/template-list";
    }

    @GetMapping("/reporting/templates/new")
    String newTemplate(Model model) {
        designer.requireDesigner();
        model.addAttribute("form", EditTemplate.blank());
        return form(model, null);
    }

    @PostMapping("/reporting/templates")
    String create(@Valid @ModelAttribute("form") EditTemplate form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        designer.requireDesigner();
        page.validateUnbuilt(errors, EditTemplate.class);
        if (errors.hasErrors()) {
            return form(model, null);
        }
        try {
            long id = designer.create(form);
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("reporting.template.created"));
            return "redirect:/reporting/templates/" + id;
        }
        catch (UserFacingException ex) {
            TemplatePage.reject(errors, ex);
            return form(model, null);
        }
    }

    @GetMapping("/reporting/templates/{id}")
    String show(@PathVariable long id, @RequestParam(name = "indicator", required = false) String indicator,
            Model model) {
        CurrentUser.require();
        return page.show(id, indicator, model);
    }

    @GetMapping("/reporting/templates/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        TemplateHeader t = designer.requireDesignerOf(id);
        String reminders = String.join(", ", t.reminderDays().stream().map(String::valueOf).toList());
        model.addAttribute("form", new EditTemplate(t.code(), t.name(), t.description(), t.frequency(), t.cutoffDay(),
                t.dueDay(), t.dueOffsetMonths(), t.lockAfterDays(), t.unacceptedVisible(), reminders, t.active(),
                t.version()));
        return form(model, t);
    }

    @PostMapping("/reporting/templates/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") EditTemplate form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        TemplateHeader current = designer.requireDesignerOf(id);
        page.validateUnbuilt(errors, EditTemplate.class);
        if (errors.hasErrors()) {
            return form(model, current);
        }
        try {
            designer.update(id, form);
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("reporting.template.updated"));
            return "redirect:/reporting/templates/" + id;
        }
        catch (UserFacingException ex) {
            TemplatePage.reject(errors, ex);
            return form(model, current);
        }
    }

    private static String form(Model model, TemplateHeader current) {
        model.addAttribute("current", current);
        model.addAttribute("frequencies", Frequency.values());
        return "reporting/template-form";
    }
}
