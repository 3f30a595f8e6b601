package vn.phoihop.platform.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import vn.phoihop.platform.UserFacingException;

/**
 * Page controllers' errors become a Vietnamese error page with the right status, never a stack trace.
 * Access-denied errors are left to Spring Security.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class WebErrorAdvice {

    private final MessageSource messages;

    WebErrorAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(UserFacingException.class)
    String userFacing(UserFacingException ex, Model model, HttpServletResponse response) {
        return page(ex.status(), messages.getMessage(ex.messageKey(), ex.arguments(), LocaleContextHolder.getLocale()),
                model, response);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    String concurrentEdit(Model model, HttpServletResponse response) {
        return page(409, messages.getMessage("error.concurrentEdit", null, LocaleContextHolder.getLocale()), model,
                response);
    }

    @ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class })
    String badRequest(Model model, HttpServletResponse response) {
        return page(400, messages.getMessage("error.badRequest", null, LocaleContextHolder.getLocale()), model,
                response);
    }

    private static String page(int status, String message, Model model, HttpServletResponse response) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("message", message);
        return "error/problem";
    }
}
