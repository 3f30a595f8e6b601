package vn.phoihop.reporting.completeness;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import vn.phoihop.platform.UserFacingException;

/**
 * A range of whole months given as {@code YYYY-MM} (the roll-up's and the dashboard's {@code from} and {@code to}),
 * at most {@value #MAX_MONTHS} months long. Bad input is refused with a Vietnamese message (400).
 */
public record MonthRange(YearMonth from, YearMonth to) {

    public static final int MAX_MONTHS = 60;

    /**
     * The range from the parameters; a missing end defaults to {@code defaultTo}, a missing start to the 12 months
     * ending there.
     */
    public static MonthRange parse(String from, String to, YearMonth defaultTo) {
        YearMonth end = to == null || to.isBlank() ? defaultTo : month(to);
        YearMonth start = from == null || from.isBlank() ? end.minusMonths(11) : month(from);
        if (start.isAfter(end)) {
            throw UserFacingException.invalid("reporting.completeness.rangeReversed");
        }
        if (start.plusMonths(MAX_MONTHS - 1).isBefore(end)) {
            throw UserFacingException.invalid("reporting.completeness.rangeTooLong", MAX_MONTHS);
        }
        return new MonthRange(start, end);
    }

    private static YearMonth month(String text) {
        try {
            YearMonth month = YearMonth.parse(text.strip());
            if (month.getYear() < 1945 || month.getYear() > 2100) {
                throw UserFacingException.invalid("reporting.completeness.badMonth", text.strip());
            }
            return month;
        }
        catch (DateTimeParseException e) {
            throw UserFacingException.invalid("reporting.completeness.badMonth", text.strip());
        }
    }

    public LocalDate firstDay() {
        return from.atDay(1);
    }

    public LocalDate lastDay() {
        return to.atEndOfMonth();
    }
}
