package vn.phoihop.organization.registry;

import java.util.Comparator;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

import vn.phoihop.platform.UserFacingException;

/**
 * Checks commands after the access decision (so that a caller without access learns nothing from validation) and
 * turns the first violation into a {@link UserFacingException} with the constraint's message key.
 */
@Component
public class Validation {

    private final Validator validator;

    Validation(Validator validator) {
        this.validator = validator;
    }

    public <T> T check(T command) {
        if (command == null) {
            throw UserFacingException.invalid("error.badRequest");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(command);
        violations.stream().min(Comparator.comparing(v -> v.getPropertyPath().toString())).ifPresent(v -> {
            String template = v.getMessageTemplate();
            String key = template.startsWith("{") && template.endsWith("}")
                    ? template.substring(1, template.length() - 1) : "error.badRequest";
            throw UserFacingException.invalid(key.startsWith("jakarta.") ? "error.badRequest" : key);
        });
        return command;
    }
}
