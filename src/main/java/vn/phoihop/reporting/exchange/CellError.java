package vn.phoihop.reporting.exchange;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * One error of an uploaded form: where (a cell such as {@code C8}, or {@code null} for the whole form), which value
 * (or {@code null}) and why, as a message key with its arguments, resolved in the user's language by the adapters
 * (“Ô C8: phải là số không âm”).
 */
public record CellError(String cell, String indicator, String option, String key, List<Object> args)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public CellError {
        args = List.copyOf(args);
    }

    /** The error as the user reads it: “Ô C8: phải là số không âm”, or the bare message for the whole form. */
    public String text(org.springframework.context.MessageSource messages, java.util.Locale locale) {
        String detail = messages.getMessage(key, args.toArray(), locale);
        return cell == null ? detail : messages.getMessage("reporting.exchange.cell", new Object[] { cell, detail },
                locale);
    }

    static CellError at(String cell, ValueKey value, String key, Object... args) {
        return new CellError(cell, value == null ? null : value.indicator(), value == null ? null : value.option(), key,
                List.of(args));
    }
}
