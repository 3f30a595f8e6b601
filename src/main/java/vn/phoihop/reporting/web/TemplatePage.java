package vn.phoihop.reporting.web;

import java.beans.PropertyEditorSupport;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.WebDataBinder;

import vn.phoihop.platform.PlausibleDates;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.VietnamTime;
import vn.phoihop.platform.web.Notice;
import vn.phoihop.reporting.template.Aggregation;
import vn.phoihop.reporting.template.TemplateCatalog;
import vn.phoihop.reporting.template.TemplateCommands.EditIndicator;
import vn.phoihop.reporting.template.TemplateCommands.EditRule;
import vn.phoihop.reporting.template.TemplateCommands.EditSection;
import vn.phoihop.reporting.template.TemplateCommands.Publish;
import vn.phoihop.reporting.template.TemplateDesigner;
import vn.phoihop.reporting.template.TemplateHeader;
import vn.phoihop.reporting.template.TemplateRefusal;
import vn.phoihop.reporting.template.TemplateVersion;
import vn.phoihop.reporting.template.ValueType;
import vn.phoihop.reporting.template.VersionSummary;

/**
 * The template's page ({@code reporting/template-show}) as both template controllers show it: settings, versions,
 * for its designer the draft's editor (sections, indicators, rules, publishing), and a preview of the form as a
 * reporter sees it (the draft for its designer, else the version in force today, else the latest published). Forms
 * submitted with errors stay in the model as they were.
 */
@Component
class TemplatePage {

    static final String VIEW = "reporting/template-show";
    static final String DRAFT_FRAGMENT = VIEW + " :: draft";
    static final List<String> OPERATORS = List.of("<", "<=", "=", ">=", ">");

    private final TemplateCatalog catalog;
    private final TemplateDesigner designer;
    private final MessageSource messages;
    private final SmartValidator validator;

    TemplatePage(TemplateCatalog catalog, TemplateDesigner designer, MessageSource messages,
            jakarta.validation.Validator validator) {
        this.catalog = catalog;
        this.designer = designer;
        this.messages = messages;
        this.validator = new SpringValidatorAdapter(validator);
    }

    /**
     * A command record is built only when every value converts; when one does not (a word in a number field), Spring
     * leaves the record unbuilt and the other values unchecked. This checks each of them against the record's
     * constraints, so the form shows every error at once.
     */
    void validateUnbuilt(BindingResult errors, Class<? extends Record> type) {
        if (errors.getTarget() != null || !errors.hasErrors()) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            String field = component.getName();
            if (!errors.hasFieldErrors(field)) {
                validator.validateValue(type, field, errors.getFieldValue(field), errors);
            }
        }
    }

    /** Fills the model for the page of template {@code id}; {@code indicatorCode} prefills the indicator form. */
    String show(long id, String indicatorCode, Model model) {
        TemplateHeader template = catalog.find(id)
                .orElseThrow(() -> UserFacingException.notFound("reporting.template.notFound"));
        boolean designs = designer.designs(template);
        List<VersionSummary> versions = catalog.versions(id);
        LocalDate today = VietnamTime.today();
        Optional<VersionSummary> draftSummary = designs ? versions.stream().filter(VersionSummary::draft).findFirst()
                : Optional.empty();
        TemplateVersion draft = draftSummary.map(v -> catalog.version(v.id())).orElse(null);
        Optional<VersionSummary> shown = draftSummary.or(() -> versions.stream().filter(v -> v.inForceOn(today))
                .findFirst()).or(() -> versions.stream().filter(v -> !v.draft()).findFirst());
        model.addAttribute("template", template);
        model.addAttribute("designs", designs);
        model.addAttribute("versions", versions.stream().filter(v -> designs || !v.draft()).toList());
        model.addAttribute("today", today);
        model.addAttribute("draftSummary", draftSummary.orElse(null));
        model.addAttribute("draft", draft);
        model.addAttribute("preview", draft != null ? draft : shown.map(v -> catalog.version(v.id())).orElse(null));
        model.addAttribute("previewSummary", shown.orElse(null));
        if (draft != null) {
            long draftVersion = draftSummary.get().version();
            Long firstSection = draft.sections().isEmpty() ? null : draft.sections().get(0).id();
            addIfAbsent(model, "sectionForm", new EditSection(null, null, draftVersion));
            addIfAbsent(model, "indicatorForm", indicatorForm(draft, indicatorCode, firstSection, draftVersion));
            addIfAbsent(model, "ruleForm", new EditRule(null, "<=", null, null, null, draftVersion));
            addIfAbsent(model, "publishForm", new Publish(null, draftVersion));
            model.addAttribute("disaggregations", catalog.disaggregations());
            model.addAttribute("valueTypes", ValueType.values());
            model.addAttribute("aggregations", Aggregation.values());
            model.addAttribute("operators", OPERATORS);
        }
        return VIEW;
    }

    /** The indicator form: empty, or the draft's indicator {@code code} to change. */
    private EditIndicator indicatorForm(TemplateVersion draft, String code, Long firstSection, long draftVersion) {
        if (code != null) {
            for (TemplateVersion.Section section : draft.sections()) {
                for (var i : section.indicators()) {
                    if (i.code().equals(code)) {
                        return new EditIndicator(section.id(), i.code(), i.name(), i.type(), i.unit(), i.required(),
                                i.min(), i.max(), String.join("\n", i.choices()), i.aggregation(),
                                catalog.disaggregationOf(draft.id(), code).orElse(null), draftVersion);
                    }
                }
            }
        }
        EditIndicator blank = EditIndicator.blank(firstSection);
        return new EditIndicator(blank.sectionId(), null, null, blank.type(), null, blank.required(), null, null, null,
                null, null, draftVersion);
    }

    /** Puts a refusal of the service beside its field, or above the form (a stale version, a whole-form rule). */
    static void reject(BindingResult errors, UserFacingException ex) {
        Notice.refusal(ex);
        String field = ex instanceof TemplateRefusal refusal ? refusal.field() : null;
        if (field != null && !"version".equals(field) && !"draftVersion".equals(field)
                && errors.getTarget() != null && hasField(errors.getTarget().getClass(), field)) {
            errors.rejectValue(field, ex.messageKey(), ex.arguments(), ex.messageKey());
        }
        else {
            errors.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
        }
    }

    /** The errors of a small action (move, remove) as messages to show above the draft. */
    List<String> messages(BindingResult errors) {
        return errors.getAllErrors().stream()
                .map(e -> messages.getMessage(e, LocaleContextHolder.getLocale())).toList();
    }

    /** Dates as the pages show and read them: ISO (a date input) or dd/MM/yyyy; an impossible one is a field error. */
    static void readDates(WebDataBinder binder) {
        binder.registerCustomEditor(LocalDate.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                LocalDate date = text == null || text.isBlank() ? null : PlausibleDates.read(text);
                if (date != null && !PlausibleDates.plausible(date)) {
                    throw new IllegalArgumentException("outside the accepted range: " + text);
                }
                setValue(date);
            }

            @Override
            public String getAsText() {
                return getValue() instanceof LocalDate date ? date.toString() : "";
            }
        });
    }

    private static boolean hasField(Class<?> type, String field) {
        return type.isRecord() && java.util.Arrays.stream(type.getRecordComponents())
                .anyMatch(c -> c.getName().equals(field));
    }

    private static void addIfAbsent(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }
}
