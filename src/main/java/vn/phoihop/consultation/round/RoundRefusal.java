package vn.phoihop.consultation.round;

import vn.phoihop.platform.UserFacingException;

/** A refused round command (400): the message and the form field it concerns ({@code null}: the form). */
public class RoundRefusal extends UserFacingException {

    private final String field;

    RoundRefusal(String field, String messageKey, Object... arguments) {
        super(400, messageKey, arguments);
        this.field = field;
    }

    /** The form field the refusal concerns, or {@code null}. */
    public String field() {
        return field;
    }
}
