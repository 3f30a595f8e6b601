package vn.phoihop.tracking.web;

import org.springframework.validation.BindingResult;

import vn.phoihop.tracking.progress.ProgressRefusal;

/** Places a refusal of the progress form beside its field. */
final class ProgressForms {

    private ProgressForms() {
    }

    /** Puts the refusal beside its field of the form, or above the form (the files, the key). */
    static void reject(BindingResult errors, ProgressRefusal ex) {
        String field = ex.field();
        if (field != null && !"files".equals(field) && errors.getTarget() != null) {
            if (!errors.hasFieldErrors(field)) {
                errors.rejectValue(field, ex.messageKey(), ex.arguments(), ex.messageKey());
            }
        }
        else {
            errors.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
        }
    }
}
