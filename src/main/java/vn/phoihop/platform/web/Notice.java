package vn.phoihop.platform.web;

import java.io.Serial;
import java.io.Serializable;

import vn.phoihop.platform.UserFacingException;

/**
 * A message shown once at the top of the next page, a confirmation ("Đã lưu thay đổi.") or a problem: a message
 * key and its arguments. Controllers put it in the flash attributes under {@link #ATTRIBUTE} or {@link #PROBLEM}.
 */
public record Notice(String key, Object... args) implements Serializable {

    /** The flash attribute the layout shows as a confirmation. */
    public static final String ATTRIBUTE = "notice";

    /** The flash attribute the layout shows as a problem (a refused action, with its reason). */
    public static final String PROBLEM = "problem";

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * The problem to show after a refused action. "Not found" is rethrown instead, so it stays a 404 page that
     * says nothing about what exists outside the user's scope.
     */
    public static Notice refusal(UserFacingException refused) {
        if (refused.status() == 404) {
            throw refused;
        }
        return new Notice(refused.messageKey(), refused.arguments());
    }
}
