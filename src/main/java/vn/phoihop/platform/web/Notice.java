package vn.phoihop.platform.web;

import java.io.Serial;
import java.io.Serializable;

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
}
