package vn.phoihop.consultation.draft;

import vn.phoihop.platform.UserFacingException;

/** A refusal about one field of a draft, version or provision form, shown beside that field (400 or 409 in the API). */
public class DraftRefusal extends UserFacingException {

    private final String field;

    DraftRefusal(int status, String field, String messageKey, Object... arguments) {
        super(status, messageKey, arguments);
        this.field = field;
    }

    /** A 400 refusal of {@code field} ({@code null}: the whole form). */
    public static DraftRefusal invalid(String field, String messageKey, Object... arguments) {
        return new DraftRefusal(400, field, messageKey, arguments);
    }

    /** A 409 refusal (a stale version, a frozen version). */
    public static DraftRefusal conflict(String field, String messageKey, Object... arguments) {
        return new DraftRefusal(409, field, messageKey, arguments);
    }

    /** The form's field the refusal is about, or {@code null} for the whole form. */
    public String field() {
        return field;
    }
}
