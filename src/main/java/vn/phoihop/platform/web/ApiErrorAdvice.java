package vn.phoihop.platform.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import vn.phoihop.platform.UserFacingException;

/**
 * API errors are RFC 9457 problem details with a message in the user's language (Vietnamese by default). Spring's
 * own errors take their detail from the {@code problemDetail.*} keys of the message bundles.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiErrorAdvice extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    ApiErrorAdvice(MessageSource messages) {
        this.messages = messages;
        setMessageSource(messages);
    }

    @ExceptionHandler(UserFacingException.class)
    ResponseEntity<ProblemDetail> userFacing(UserFacingException ex) {
        return problem(HttpStatus.valueOf(ex.status()), text(ex.messageKey(), ex.arguments()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied() {
        return problem(HttpStatus.FORBIDDEN, text("error.403.message"));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> concurrentEdit() {
        return problem(HttpStatus.CONFLICT, text("error.concurrentEdit"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex) {
        if (RefusedText.causedBy(ex)) {
            return problem(HttpStatus.BAD_REQUEST, text(InputNormalizationAdvice.CONTROL_CHARACTERS_SOMEWHERE));
        }
        logger.error("Unexpected error in an API call", ex);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, text("error.500.message"));
    }

    /** A JSON body refused by {@link JsonInputChecks} answers with that check's message, not "unreadable JSON". */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable t = ex.getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UserFacingException refused) {
                ResponseEntity<ProblemDetail> answer = userFacing(refused);
                return ResponseEntity.status(answer.getStatusCode()).body(answer.getBody());
            }
        }
        return super.handleHttpMessageNotReadable(ex, headers, status, request);
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(text("error.title." + status.value()));
        return ResponseEntity.status(status).body(body);
    }

    private String text(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }
}
