package vn.phoihop.platform.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes an RFC 9457 problem-details body where no controller advice runs (security filters, the error
 * dispatch): a title and a detail in the caller's language (Vietnamese unless the request asks for English).
 */
@Component
public class ProblemResponses {

    private final MessageSource messages;

    ProblemResponses(MessageSource messages) {
        this.messages = messages;
    }

    /** Writes the problem for {@code status} with the message under {@code messageKey}. */
    public void write(HttpServletRequest request, HttpServletResponse response, int status, String messageKey)
            throws IOException {
        write(request, response, status, messageKey, (Object[]) null);
    }

    /** Writes the problem for {@code status} with the message under {@code messageKey} and its arguments. */
    public void write(HttpServletRequest request, HttpServletResponse response, int status, String messageKey,
            Object... arguments) throws IOException {
        String accept = request.getHeader("Accept-Language");
        Locale locale = accept != null && accept.toLowerCase(Locale.ROOT).startsWith("en")
                ? Locale.ENGLISH : Locale.forLanguageTag("vi");
        String title = messages.getMessage("error.title." + status, null,
                messages.getMessage("error.title.generic", null, locale), locale);
        String detail = messages.getMessage(messageKey, arguments, locale);
        String instance = (String) request.getAttribute("jakarta.servlet.error.request_uri");
        response.setStatus(status);
        response.setContentType("application/problem+json;charset=UTF-8");
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":" + status
                + ",\"detail\":\"" + json(detail) + "\",\"instance\":\""
                + json(instance != null ? instance : request.getRequestURI()) + "\"}");
    }

    private static String json(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    }
                    else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
