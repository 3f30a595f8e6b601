package vn.phoihop.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.ServletException;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Errors that Tomcat answers itself, before the application sees the request (a URL over the header limit, a
 * malformed request line or URI), get the same security headers as every page (a CSP that allows nothing,
 * {@code X-Frame-Options: DENY}, {@code nosniff}, {@code Referrer-Policy}) and a short Vietnamese page without
 * stack trace or server version. Replaces Tomcat's {@link ErrorReportValve} (and the one Spring Boot adds).
 * And an error answer to a request whose body the application did not read (a refused upload: 403, 413) closes
 * the connection instead of reading ("swallowing") the rest of the body first, so the answer goes out at once and
 * a 50 MB upload is not read at all.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class SecureErrorReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Container host = context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            if (host instanceof StandardHost standard) {
                standard.setErrorReportValveClass(Report.class.getName());
            }
            host.getPipeline().addValve(new Report());
        });
    }

    /** Writes the headers and a plain page for an error response that has no body yet. */
    static final class Report extends ErrorReportValve {

        private static final String BODY = """
                <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Yêu cầu không hợp lệ</title></head>
                <body><h1>Yêu cầu không được xử lý</h1><p>Máy chủ không xử lý được yêu cầu này (mã lỗi %d). \
                Vui lòng kiểm tra lại địa chỉ hoặc quay về trang chủ.</p></body></html>
                """;

        Report() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            super.invoke(request, response);
            if (response.getStatus() >= 400 && unreadBody(request)) {
                request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
            }
        }

        /** Whether the application left (part of) the request body unread. */
        private static boolean unreadBody(Request request) {
            long length = request.getContentLengthLong();
            return length > 0 ? request.getCoyoteRequest().getBytesRead() < length
                    : request.getHeader("Transfer-Encoding") != null;
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            AtomicBoolean ioAllowed = new AtomicBoolean(true);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (status < 400 || response.getContentWritten() > 0 || !ioAllowed.get()
                    || !response.setErrorReported()) {
                return;
            }
            SecurityHeaders.apply(response, SecurityHeaders.NOTHING_POLICY);
            try {
                response.setContentType("text/html;charset=UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(BODY.formatted(status));
                    response.finishResponse();
                }
            }
            catch (IOException | IllegalStateException ignored) {
                // The client has gone or the response was already committed: nothing more to send.
            }
        }
    }
}
