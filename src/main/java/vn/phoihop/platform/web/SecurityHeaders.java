package vn.phoihop.platform.web;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers for responses written outside Spring Security's filter chain (Tomcat's own error pages,
 * the page for a refused upload). {@link #PAGE_POLICY} is also the one the application's filter chains send, so
 * there is one policy to change.
 */
public final class SecurityHeaders {

    /** The policy of the application's pages: everything from this server only, no inline script. */
    public static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /** The policy of a page that loads nothing at all. */
    static final String NOTHING_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; "
            + "form-action 'none'";

    private SecurityHeaders() {
    }

    /** Sets the headers, with {@code policy} as the Content-Security-Policy. */
    static void apply(HttpServletResponse response, String policy) {
        response.setHeader("Content-Security-Policy", policy);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Cache-Control", "no-store");
    }
}
