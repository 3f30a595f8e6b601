package vn.phoihop.platform.web;

import java.io.Serial;
import java.io.Serializable;

/**
 * A confirmation shown once at the top of the next page ("Đã lưu thay đổi."): a message key and its arguments.
 * Controllers put it in the flash attributes under {@link #ATTRIBUTE}.
 */
public record Notice(String key, Object... args) implements Serializable {

    /** The flash attribute the layout reads. */
    public static final String ATTRIBUTE = "notice";

    @Serial
    private static final long serialVersionUID = 1L;
}
