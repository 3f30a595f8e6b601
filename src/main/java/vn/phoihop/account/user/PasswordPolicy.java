package vn.phoihop.account.user;

import vn.phoihop.platform.UserFacingException;

/** Passwords: at least 8 and at most 128 characters (counted after NFC normalisation). */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;

    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** Rejects a password outside the policy with a message for the user. */
    static void check(String password) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw UserFacingException.invalid("password.length", MIN_LENGTH, MAX_LENGTH);
        }
    }
}
