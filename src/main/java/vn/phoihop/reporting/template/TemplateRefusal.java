package vn.phoihop.reporting.template;

import vn.phoihop.platform.UserFacingException;

/**
 * A refusal of the designer about one field of a command (400), or about the whole form ({@code field} null; 409
 * for a stale version): forms show it beside that field, the API as a problem detail.
 */
public class TemplateRefusal extends UserFacingException {

    private final String field;

    TemplateRefusal(int status, String field, String messageKey, Object... arguments) {
        super(status, messageKey, arguments);
        this.field = field;
    }

    public static TemplateRefusal invalid(String field, String messageKey, Object... arguments) {
        return new TemplateRefusal(400, field, messageKey, arguments);
    }

    static TemplateRefusal stale() {
        return new TemplateRefusal(409, null, "reporting.template.stale");
    }

    /** The command's field the refusal is about, or {@code null} for the whole form. */
    public String field() {
        return field;
    }
}
