package vn.phoihop.tracking.web;

import org.springframework.validation.BindingResult;

import vn.phoihop.platform.UserFacingException;
import vn.phoihop.tracking.assignment.TrackingRefusal;

/** Puts a tracking service's refusal beside its field, or above the form when it concerns the whole form. */
final class PlanRefusals {

    private PlanRefusals() {
    }

    /** Rejects the refusal into {@code errors}; a “not found” is thrown on (the page itself is then 404). */
    static void reject(BindingResult errors, UserFacingException ex) {
        if (ex.status() == 404) {
            throw ex;
        }
        String field = ex instanceof TrackingRefusal refusal ? refusal.field() : null;
        if (field != null && errors.getTarget() != null && hasField(errors, field)) {
            errors.rejectValue(field, ex.messageKey(), ex.arguments(), ex.messageKey());
        }
        else {
            errors.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
        }
    }

    private static boolean hasField(BindingResult errors, String field) {
        return java.util.Arrays.stream(errors.getTarget().getClass().getRecordComponents())
                .anyMatch(c -> c.getName().equals(field));
    }
}
