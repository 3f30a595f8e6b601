package vn.phoihop.account.security;

import java.io.Serial;
import java.io.Serializable;

/** What a sign-in attempt carries besides name and password: where it comes from and the one-time code, if any. */
public record LoginDetails(String remoteAddress, String code) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
