package vn.phoihop.platform.web;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error that reaches the servlet container's error dispatch: a Vietnamese page for the browser, a problem
 * details body for {@code /api/**}; never a stack trace.
 */
@Controller
class ErrorPages implements ErrorController {

    private final ProblemResponses problems;
    private final MessageSource messages;
    private final Uploads uploads;

    ErrorPages(ProblemResponses problems, MessageSource messages, Uploads uploads) {
        this.problems = problems;
        this.messages = messages;
        this.uploads = uploads;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i && i >= 400 ? i : 500;
        Object[] arguments = null;
        String key = messageKey(status);
        if (RefusedText.causedBy((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
            status = 400;
            key = InputNormalizationAdvice.CONTROL_CHARACTERS_SOMEWHERE;
        }
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        if (status == 413) {
            arguments = new Object[] { uploads.maxMegabytes(uri.substring(Math.min(uri.length(),
                    request.getContextPath().length()))) };
        }
        if (uri.startsWith(request.getContextPath() + "/api/")) {
            problems.write(request, response, status, key, arguments);
            return null;
        }
        response.setStatus(status);
        ModelAndView page = new ModelAndView("error/problem");
        page.addObject("status", status);
        page.addObject("message", messages.getMessage(key, arguments, LocaleContextHolder.getLocale()));
        return page;
    }

    private static String messageKey(int status) {
        return switch (status) {
            case 400 -> "error.badRequest";
            case 401 -> "error.401.message";
            case 403 -> "error.403.message";
            case 404 -> "error.404.message";
            case 409 -> "error.concurrentEdit";
            case 413 -> Uploads.TOO_LARGE;
            case 500 -> "error.500.message";
            default -> "error.generic.message";
        };
    }
}
