package vn.phoihop.reporting.period;

import vn.phoihop.platform.UserFacingException;

/** A refusal about one field of a calendar form, shown beside that field (400 in the API). */
public class PeriodRefusal extends UserFacingException {

    private final String field;

    PeriodRefusal(int status, String field, String messageKey, Object... arguments) {
        super(status, messageKey, arguments);
        this.field = field;
    }

    static PeriodRefusal invalid(String field, String messageKey, Object... arguments) {
        return new PeriodRefusal(400, field, messageKey, arguments);
    }

    static PeriodRefusal conflict(String field, String messageKey, Object... arguments) {
        return new PeriodRefusal(409, field, messageKey, arguments);
    }

    /** The command's field the refusal is about, or {@code null} for the whole form. */
    public String field() {
        return field;
    }
}
