package vn.phoihop.account.security;

import java.io.Serial;

import org.springframework.security.core.AuthenticationException;

/** A refused sign-in with the message key (and arguments) to show the user. */
public class LoginRefusedException extends AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String messageKey;

    private final Object[] arguments;

    LoginRefusedException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
