package vn.phoihop.organization.web;

import java.util.Map;

import org.springframework.validation.BindingResult;

import vn.phoihop.platform.UserFacingException;

/**
 * Puts a service's refusal onto the form that caused it: beside the field its message key is about (the service
 * stays the source of truth for business rules, e.g. a code already in use), else above the form. "Not found" is
 * rethrown, so it stays a 404 page that says nothing about what lies outside the user's scope.
 */
final class Refusals {

    private Refusals() {
    }

    /**
     * @param fields the form field for each message-key prefix (e.g. {@code "organization.code." -> "code"}); the
     *     prefixes must not overlap
     */
    static void reject(BindingResult errors, UserFacingException refused, Map<String, String> fields) {
        if (refused.status() == 404) {
            throw refused;
        }
        String key = refused.messageKey();
        String field = fields.entrySet().stream().filter(f -> key.startsWith(f.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(null);
        if (field != null) {
            errors.rejectValue(field, key, refused.arguments(), key);
        }
        else {
            errors.reject(key, refused.arguments(), key);
        }
    }
}
