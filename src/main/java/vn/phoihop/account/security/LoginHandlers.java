package vn.phoihop.account.security;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.account.AuditTrail;
import vn.phoihop.account.CurrentUser;

/** What happens around the login form: where to go after sign-in, what to tell after a refusal, audit of sign-out. */
@Component
public class LoginHandlers {

    /** Session attribute holding the last refusal for the login page to show. */
    public static final String LOGIN_ERROR = "phoihop.loginError";

    private final SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler();
    private final AuditTrail audit;
    private final TransactionTemplate transactions;

    LoginHandlers(AuditTrail audit, TransactionTemplate transactions) {
        this.audit = audit;
        this.transactions = transactions;
        success.setDefaultTargetUrl("/");
    }

    void onSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        request.getSession().setAttribute(AbsoluteSessionTimeoutFilter.AUTHENTICATED_AT, Instant.now());
        request.getSession().removeAttribute(LOGIN_ERROR);
        if (authentication.getPrincipal() instanceof CurrentUser user) {
            request.getSession().setAttribute(UserLocaleResolver.SESSION_LOCALE, user.locale());
        }
        success.onAuthenticationSuccess(request, response, authentication);
    }

    void onFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        LoginError error = exception instanceof LoginRefusedException refused
                ? new LoginError(refused.messageKey(), refused.arguments())
                : new LoginError("login.error.badCredentials", new Object[0]);
        request.getSession().setAttribute(LOGIN_ERROR, error);
        response.sendRedirect(request.getContextPath() + "/login?error");
    }

    void onLogout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            transactions.executeWithoutResult(s -> audit.recordAs(user.getUsername(), "LOGOUT", "user",
                    user.getUsername(), null));
        }
    }

    /** A refusal to show on the login page: message key and arguments. */
    public record LoginError(String messageKey, Object[] arguments) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;
    }
}
