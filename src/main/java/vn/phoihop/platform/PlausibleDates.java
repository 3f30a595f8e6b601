package vn.phoihop.platform;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule for dates a user may enter: from 02/09/1945 (the Democratic Republic of Vietnam) to 31/12/2100.
 * Anything else ({@code +99999-01-01}, {@code 0001-01-01}) is a typing error, never a date of the registry. Form
 * fields, query parameters, JSON bodies and imported files all pass through {@link #parse} or {@link #check}.
 */
public final class PlausibleDates {

    /** The earliest date accepted: the proclamation of independence. */
    public static final LocalDate EARLIEST = LocalDate.of(1945, 9, 2);

    /** The latest date accepted. */
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    /** The message key (arguments: the text entered, the earliest and the latest date) of a refused date. */
    public static final String OUT_OF_RANGE = "input.date.outOfRange";

    private static final Pattern ISO = Pattern.compile("[+-]?\\d{4,9}-\\d{2}-\\d{2}");
    private static final Pattern VIETNAMESE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{1,9})");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private PlausibleDates() {
    }

    /** Whether {@code date} lies in the accepted range (bounds included). */
    public static boolean plausible(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    /** {@code date} itself, or a 400 {@link UserFacingException} when it is outside the accepted range. */
    public static LocalDate check(LocalDate date) {
        if (date != null && !plausible(date)) {
            throw UserFacingException.invalid(OUT_OF_RANGE, date.toString(), EARLIEST, LATEST);
        }
        return date;
    }

    /**
     * Parses ISO ({@code 2025-07-01}) or Vietnamese ({@code 01/07/2025}) text and checks the range.
     *
     * @throws IllegalArgumentException when the text is not a date at all
     * @throws UserFacingException (400) when it is a date outside the accepted range
     */
    public static LocalDate parse(String text) {
        LocalDate date = read(text);
        if (!plausible(date)) {
            throw UserFacingException.invalid(OUT_OF_RANGE, text.strip(), EARLIEST, LATEST);
        }
        return date;
    }

    /**
     * Parses ISO ({@code 2025-07-01}) or Vietnamese ({@code 01/07/2025}) text without checking the range, for a
     * caller that reports a date out of range in its own way (see {@link #plausible}).
     *
     * @throws IllegalArgumentException when the text is not a date at all
     */
    public static LocalDate read(String text) {
        String value = text.strip();
        LocalDate date;
        try {
            Matcher vn = VIETNAMESE.matcher(value);
            if (ISO.matcher(value).matches()) {
                date = LocalDate.parse(value);
            }
            else if (vn.matches()) {
                date = LocalDate.of(Integer.parseInt(vn.group(3)), Integer.parseInt(vn.group(2)),
                        Integer.parseInt(vn.group(1)));
            }
            else {
                throw new IllegalArgumentException("not a date: " + value);
            }
        }
        catch (DateTimeException ex) {
            throw new IllegalArgumentException("not a date: " + value, ex);
        }
        return date;
    }

    /** The date as Vietnamese readers write it ({@code dd/MM/yyyy}). */
    public static String display(LocalDate date) {
        return SHOWN.format(date);
    }
}
