package vn.phoihop.account.security;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session a fixed time after sign-in, however active it has been (the idle timeout is the session's own
 * max-inactive interval). Registered in the web filter chain only.
 */
class AbsoluteSessionTimeoutFilter extends OncePerRequestFilter {

    static final String AUTHENTICATED_AT = "phoihop.authenticatedAt";

    private final Duration limit;

    AbsoluteSessionTimeoutFilter(Duration limit) {
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(AUTHENTICATED_AT) instanceof Instant since
                && Instant.now().isAfter(since.plus(limit))) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + "/login?expired");
            return;
        }
        chain.doFilter(request, response);
    }
}
