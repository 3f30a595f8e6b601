package vn.phoihop.organization.web;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import vn.phoihop.organization.reorganization.ReorganizationCommand;

/**
 * Validates the wizard's flat {@link ReorganizationForm} by the constraints of the {@link ReorganizationCommand} it
 * stands for (so the limits are declared once, on the command), and reports each violation beside the form field
 * it comes from: {@code newOrganizations[0].name} is {@code newName}, {@code newOrganizations[1].code} is
 * {@code secondCode}, {@code organizationIds} the subject, and so on; one without a field goes above the form.
 */
final class ReorganizationFormCheck implements Validator {

    private static final Pattern CREATED = Pattern.compile("newOrganizations\\[(\\d+)]\\.(\\w+)");
    private static final Map<String, String> FIRST = Map.of("code", "newCode", "name", "newName", "shortName",
            "newShortName", "abbreviation", "newAbbreviation");
    private static final Map<String, String> SECOND = Map.of("code", "secondCode", "name", "secondName");
    private static final Map<String, String> FIELDS = Map.of("kind", "kind", "effectiveDate", "effectiveDate",
            "legalBasis", "legalBasis", "note", "note", "organizationIds", "subject", "newName", "newName",
            "newShortName", "newShortName", "newAbbreviation", "newAbbreviation");

    private final jakarta.validation.Validator validator;

    ReorganizationFormCheck(jakarta.validation.Validator validator) {
        this.validator = validator;
    }

    @Override
    public boolean supports(Class<?> type) {
        return ReorganizationForm.class.isAssignableFrom(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        ReorganizationCommand command = ((ReorganizationForm) target).toCommand();
        for (ConstraintViolation<ReorganizationCommand> violation : validator.validate(command)) {
            String field = field(violation.getPropertyPath().toString());
            String template = violation.getMessageTemplate();
            String code = template.startsWith("{") && template.endsWith("}")
                    ? template.substring(1, template.length() - 1) : "error.badRequest";
            if (field == null) {
                errors.reject(code, violation.getMessage());
            }
            else if (!errors.hasFieldErrors(field)) {
                errors.rejectValue(field, code, violation.getMessage());
            }
        }
    }

    /** The form field a property path of the command comes from, or {@code null}. */
    static String field(String path) {
        Matcher created = CREATED.matcher(path);
        if (created.matches()) {
            return ("0".equals(created.group(1)) ? FIRST : SECOND).get(created.group(2));
        }
        return FIELDS.get(path.replaceAll("\\[.*", ""));
    }
}
