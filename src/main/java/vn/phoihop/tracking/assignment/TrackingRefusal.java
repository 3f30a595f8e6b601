package vn.phoihop.tracking.assignment;

import vn.phoihop.platform.UserFacingException;

/** A refusal about one field of a tracking form, shown beside that field (400 or 409 in the API). */
public class TrackingRefusal extends UserFacingException {

    private final String field;

    TrackingRefusal(int status, String field, String messageKey, Object... arguments) {
        super(status, messageKey, arguments);
        this.field = field;
    }

    /** A 400 refusal of {@code field} ({@code null}: the whole form). */
    public static TrackingRefusal invalid(String field, String messageKey, Object... arguments) {
        return new TrackingRefusal(400, field, messageKey, arguments);
    }

    /** A 409 refusal (a stale version, a duplicate code). */
    public static TrackingRefusal conflict(String field, String messageKey, Object... arguments) {
        return new TrackingRefusal(409, field, messageKey, arguments);
    }

    /** The command's field the refusal is about, or {@code null} for the whole form. */
    public String field() {
        return field;
    }
}
