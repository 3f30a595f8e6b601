package vn.phoihop.organization.web;

import java.beans.PropertyEditorSupport;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Objects;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.WebDataBinder;

import vn.phoihop.platform.PlausibleDates;
import vn.phoihop.platform.UserFacingException;

/**
 * What the registry's form handlers share: validating all of a form when one value could not even be converted,
 * keeping the submitted forms on a page shown again, and refusing a form that names another organisation than its
 * address.
 */
@Component
class Forms {

    private final SmartValidator validator;

    Forms(jakarta.validation.Validator validator) {
        this.validator = new SpringValidatorAdapter(validator);
    }

    /**
     * A command record is built only when every value converts; when one does not (an impossible date such as
     * 31/02/2026), Spring leaves the record unbuilt and the other values unchecked. This checks each of them
     * against the record's constraints, so the form shows every error at once.
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

    /**
     * Reads the form's dates like every page does (dd/MM/yyyy or ISO) but reports an impossible date and one
     * outside {@link PlausibleDates} as an error of the field (code {@code typeMismatch}), so the form is shown
     * again with the error beside the date instead of an error page. Called from the controllers' own
     * {@code @InitBinder}, which runs after the application-wide one and so replaces its date editor.
     */
    static void readDatesIntoFields(WebDataBinder binder) {
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
                return getValue() instanceof LocalDate date ? PlausibleDates.display(date) : "";
            }
        });
    }

    /** Adds a form's empty command unless the model holds it already (submitted, with its errors). */
    static void addIfAbsent(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }

    /** The name of the form in the model that has errors (the page opens it), or {@code null}. */
    static String failedForm(Model model) {
        return model.asMap().entrySet().stream()
                .filter(e -> e.getKey().startsWith(BindingResult.MODEL_KEY_PREFIX)
                        && e.getValue() instanceof BindingResult errors && errors.hasErrors())
                .map(e -> e.getKey().substring(BindingResult.MODEL_KEY_PREFIX.length())).findFirst().orElse(null);
    }

    /**
     * Refuses (400) a form whose organisation differs from the one in its address: the page's hidden field and the
     * address always agree, so only a crafted request gets here.
     */
    static void requireSame(Long submitted, long addressed) {
        if (submitted != null && !Objects.equals(submitted, addressed)) {
            throw UserFacingException.invalid("error.badRequest");
        }
    }
}
