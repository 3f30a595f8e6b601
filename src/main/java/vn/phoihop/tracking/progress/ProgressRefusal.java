package vn.phoihop.tracking.progress;

import vn.phoihop.platform.UserFacingException;

/** A refused progress update or review (400): the message and the form field it concerns ({@code null}: the form). */
public class ProgressRefusal extends UserFacingException {

    private final String field;

    ProgressRefusal(String field, String messageKey, Object... arguments) {
        super(400, messageKey, arguments);
        this.field = field;
    }

    /** The form field the refusal concerns, or {@code null}. */
    public String field() {
        return field;
    }
}
