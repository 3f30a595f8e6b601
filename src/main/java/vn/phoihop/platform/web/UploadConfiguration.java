package vn.phoihop.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Multipart uploads (the import page) are capped at {@link Uploads#maxBytes()} plus a little for the other form
 * fields. The CSRF check reads the form's fields, which means parsing the whole multipart body, so the cap is
 * enforced by a filter ahead of Spring Security: a request whose {@code Content-Length} is over the cap gets 413
 * without its body being read; a chunked one is parsed only up to the cap (the container stops there) and then
 * gets 413. The error page says what the cap is.
 */
@Configuration(proxyBeanMethods = false)
class UploadConfiguration {

    /** Room for the form fields that come with the file. */
    private static final long FORM_FIELDS = 64 * 1024;

    /** Ahead of Spring Security (-100), behind Spring Session. */
    private static final int ORDER = -200;

    @Bean
    MultipartConfigElement multipartConfigElement(Uploads uploads) {
        return new MultipartConfigElement("", uploads.maxBytes(), uploads.maxBytes() + FORM_FIELDS, 1024 * 1024);
    }

    @Bean
    FilterRegistrationBean<MultipartCap> multipartCap(Uploads uploads) {
        FilterRegistrationBean<MultipartCap> registration = new FilterRegistrationBean<>(
                new MultipartCap(uploads.maxBytes() + FORM_FIELDS));
        registration.setOrder(ORDER);
        return registration;
    }

    static final class MultipartCap extends OncePerRequestFilter {

        private final long maxRequestBytes;

        MultipartCap(long maxRequestBytes) {
            this.maxRequestBytes = maxRequestBytes;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String type = request.getContentType();
            return type == null || !type.toLowerCase(java.util.Locale.ROOT)
                    .startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getContentLengthLong() > maxRequestBytes || !partsWithinCap(request)) {
                response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                return;
            }
            chain.doFilter(request, response);
        }

        /**
         * Parses the parts (the container stops at its configured cap). The Servlet API signals a body over the
         * cap with {@link IllegalStateException}, and only that.
         */
        private static boolean partsWithinCap(HttpServletRequest request) throws IOException, ServletException {
            try {
                request.getParts();
                return true;
            }
            catch (IllegalStateException overCap) {
                return false;
            }
        }
    }
}
