package vn.phoihop.consultation.comment;

import vn.phoihop.platform.UserFacingException;

/** A refused comment command (400): the message and the form field it concerns ({@code null}: the form). */
public class CommentRefusal extends UserFacingException {

    private final String field;

    CommentRefusal(String field, String messageKey, Object... arguments) {
        super(400, messageKey, arguments);
        this.field = field;
    }

    /** The form field the refusal concerns, or {@code null}. */
    public String field() {
        return field;
    }
}
