package vn.phoihop.platform.web;

import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Multipart uploads (the import page, a module's {@link UploadCap} paths) are capped at the cap of their path
 * ({@link Uploads#maxBytes(String)}) plus a little for the other form fields; the container's limits allow the
 * largest cap, and keep parts over 1 MB on disk rather than in memory. The CSRF check reads the form's fields, which means parsing the whole multipart body, so the cap is
 * enforced by a filter ahead of Spring Security: a request whose {@code Content-Length} is over the cap gets 413
 * without its body being read; a chunked one is parsed only up to the cap (the container stops there) and then
 * gets 413. The error page says what the cap is. Because the filter runs before sign-in is checked, an oversized
 * upload gets 413 whoever sends it; an upload within the cap from a user without rights gets 403 as before.
 */
@Configuration(proxyBeanMethods = false)
class UploadConfiguration {

    /** Room for the form fields that come with the file. */
    private static final long FORM_FIELDS = 64 * 1024;

    /** Ahead of Spring Security (-100), behind Spring Session. */
    private static final int ORDER = -200;

    @Bean
    MultipartConfigElement multipartConfigElement(Uploads uploads) {
        return new MultipartConfigElement("", uploads.largestBytes(), uploads.largestBytes() + FORM_FIELDS,
                1024 * 1024);
    }

    @Bean
    FilterRegistrationBean<MultipartCap> multipartCap(Uploads uploads) {
        FilterRegistrationBean<MultipartCap> registration = new FilterRegistrationBean<>(
                new MultipartCap(uploads));
        registration.setOrder(ORDER);
        return registration;
    }

    static final class MultipartCap extends OncePerRequestFilter {

        private final Uploads uploads;

        MultipartCap(Uploads uploads) {
            this.uploads = uploads;
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
            long maxRequestBytes = uploads.maxBytes(request.getRequestURI().substring(request.getContextPath()
                    .length())) + FORM_FIELDS;
            if (request.getContentLengthLong() > maxRequestBytes || !partsWithinCap(request, maxRequestBytes)) {
                refuse(request, response);
                return;
            }
            chain.doFilter(request, response);
        }

        /**
         * Shows the error page (413) through a GET view of the request without its body: the error dispatch of
         * the original request would try to parse the multipart body again (Spring MVC and the CSRF check do).
         */
        private static void refuse(HttpServletRequest request, HttpServletResponse response)
                throws ServletException, IOException {
            request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            SecurityHeaders.apply(response, SecurityHeaders.PAGE_POLICY);
            request.getRequestDispatcher("/error").forward(new WithoutBody(request), response);
        }

        /**
         * Parses the parts (the container stops at its configured cap, the largest of all) and checks their sizes
         * against the cap of this request. The Servlet API signals a body over the container's cap with
         * {@link IllegalStateException}, and only that.
         */
        private static boolean partsWithinCap(HttpServletRequest request, long maxRequestBytes)
                throws IOException, ServletException {
            try {
                return request.getParts().stream().mapToLong(Part::getSize).sum() <= maxRequestBytes;
            }
            catch (IllegalStateException overCap) {
                return false;
            }
        }
    }

    /** A GET view of a request, with no body, no parameters and no parts. */
    static final class WithoutBody extends HttpServletRequestWrapper {

        WithoutBody(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public int getContentLength() {
            return -1;
        }

        @Override
        public long getContentLengthLong() {
            return -1;
        }

        @Override
        public String getHeader(String name) {
            return HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) || HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)
                    ? null : super.getHeader(name);
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public Collection<Part> getParts() {
            return List.of();
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            throw new IOException("the body of a refused upload is not read");
        }
    }
}
