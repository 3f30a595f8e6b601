package vn.phoihop.platform;

/**
 * A business rule said no. Carries a message key (resolved in the user's language) and its arguments; the web
 * and API layers show it as a clear message and the transaction rolls back, so nothing changes.
 */
public class UserFacingException extends RuntimeException {

    private final String messageKey;

    private final transient Object[] arguments;

    private final int status;

    public UserFacingException(int status, String messageKey, Object... arguments) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    /** 400: the input breaks a rule. */
    public static UserFacingException invalid(String messageKey, Object... arguments) {
        return new UserFacingException(400, messageKey, arguments);
    }

    /** 404: not found, or not visible to this user. */
    public static UserFacingException notFound(String messageKey, Object... arguments) {
        return new UserFacingException(404, messageKey, arguments);
    }

    /** 409: the state changed in between (for example another user saved first). */
    public static UserFacingException conflict(String messageKey, Object... arguments) {
        return new UserFacingException(409, messageKey, arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments == null ? new Object[0] : arguments.clone();
    }

    public int status() {
        return status;
    }
}
