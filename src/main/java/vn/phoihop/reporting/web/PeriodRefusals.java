package vn.phoihop.reporting.web;

import org.springframework.validation.BindingResult;

import vn.phoihop.platform.UserFacingException;
import vn.phoihop.reporting.period.PeriodRefusal;

/** Puts a calendar service's refusal beside its field, or above the form when it concerns the whole form. */
final class PeriodRefusals {

    private PeriodRefusals() {
    }

    static void reject(BindingResult errors, UserFacingException ex) {
        String field = ex instanceof PeriodRefusal refusal ? refusal.field() : null;
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
