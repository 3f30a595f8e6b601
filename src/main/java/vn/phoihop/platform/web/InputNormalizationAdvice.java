package vn.phoihop.platform.web;

import java.beans.PropertyEditorSupport;
import java.time.LocalDate;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import vn.phoihop.platform.PlausibleDates;
import vn.phoihop.platform.Texts;
import vn.phoihop.platform.UserFacingException;

/**
 * Every form field and query parameter, in pages and the API: text is stored in Unicode NFC, trimmed, and empty
 * means absent; a parameter holding a control character (NUL, other C0 and C1 controls; tab and line breaks are
 * allowed, as a text area sends them) is refused with 400 and the parameter's name, before any controller runs;
 * dates are read as dd/MM/yyyy or ISO and must lie between {@link PlausibleDates#EARLIEST} and
 * {@link PlausibleDates#LATEST}.
 */
@ControllerAdvice
class InputNormalizationAdvice {

    /** The message key of a refused control character (argument: the field). */
    static final String CONTROL_CHARACTERS = "input.controlCharacters";

    /** The message key of a refused control character when the field is not known. */
    static final String CONTROL_CHARACTERS_SOMEWHERE = "input.controlCharacters.somewhere";

    private static final String CHECKED = InputNormalizationAdvice.class.getName() + ".checked";

    @InitBinder
    void normalize(WebDataBinder binder, HttpServletRequest request) {
        refuseControlCharacters(request);
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(Texts.nfcOrNull(text));
            }
        });
        binder.registerCustomEditor(LocalDate.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(text == null || text.isBlank() ? null : PlausibleDates.parse(text));
            }

            @Override
            public String getAsText() {
                return getValue() instanceof LocalDate date ? PlausibleDates.display(date) : "";
            }
        });
    }

    private static void refuseControlCharacters(HttpServletRequest request) {
        if (request.getAttribute(CHECKED) != null) {
            return;
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            boolean bad = Texts.hasControlCharacters(parameter.getKey(), false);
            for (String value : parameter.getValue()) {
                bad |= Texts.hasControlCharacters(value, true);
            }
            if (bad) {
                throw controlCharacters(parameter.getKey());
            }
        }
        request.setAttribute(CHECKED, Boolean.TRUE);
    }

    /** The refusal of a control character in {@code field} ({@code null} when not known). */
    static UserFacingException controlCharacters(String field) {
        return field == null ? UserFacingException.invalid(CONTROL_CHARACTERS_SOMEWHERE)
                : UserFacingException.invalid(CONTROL_CHARACTERS, printable(field));
    }

    /** The field name with its control characters removed, to show in the message. */
    private static String printable(String name) {
        return name.codePoints().filter(c -> !Texts.hasControlCharacters(Character.toString(c), false))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
