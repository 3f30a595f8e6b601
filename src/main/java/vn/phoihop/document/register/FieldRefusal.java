package vn.phoihop.document.register;

import vn.phoihop.platform.UserFacingException;

/**
 * A refusal about one field of a document command (400, or 409 for a stale version): forms show it beside that
 * field, the API as a problem detail like any {@link UserFacingException}.
 */
public class FieldRefusal extends UserFacingException {

    private final String field;

    FieldRefusal(int status, String field, String messageKey, Object... arguments) {
        super(status, messageKey, arguments);
        this.field = field;
    }

    static FieldRefusal invalid(String field, String messageKey, Object... arguments) {
        return new FieldRefusal(400, field, messageKey, arguments);
    }

    /** The command's field the refusal is about, or {@code null} for the whole form. */
    public String field() {
        return field;
    }
}
