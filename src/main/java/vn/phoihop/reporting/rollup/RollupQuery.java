package vn.phoihop.reporting.rollup;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

import vn.phoihop.platform.UserFacingException;

/**
 * A roll-up to compute: an indicator over an organisation's subtree, months {@code from} to {@code to} inclusive,
 * in one hierarchy. {@link #parse} reads it from request text and refuses bad input with a Vietnamese message (400).
 */
public record RollupQuery(String indicator, long organizationId, YearMonth from, YearMonth to, Hierarchy hierarchy) {

    /** The longest range: ten years. */
    public static final int MAX_MONTHS = 120;

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.-]{1,40}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    /**
     * The query from request parameters ({@code hierarchy} defaults to {@code current}).
     *
     * @throws UserFacingException (400) for a missing or malformed indicator code, organisation id or month, an
     *         unknown hierarchy, {@code from} after {@code to}, or a range longer than {@value #MAX_MONTHS} months
     */
    public static RollupQuery parse(String indicator, String org, String from, String to, String hierarchy) {
        if (indicator == null || !CODE.matcher(indicator.strip()).matches()) {
            throw UserFacingException.invalid("reporting.rollup.indicator.invalid");
        }
        long organizationId;
        try {
            organizationId = Long.parseLong(org == null ? "" : org.strip());
        }
        catch (NumberFormatException ex) {
            throw UserFacingException.invalid("reporting.rollup.org.invalid");
        }
        YearMonth first = month(from);
        YearMonth last = month(to);
        if (first.isAfter(last)) {
            throw UserFacingException.invalid("reporting.rollup.range.order");
        }
        if (first.plusMonths(MAX_MONTHS).isBefore(last.plusMonths(1))) {
            throw UserFacingException.invalid("reporting.rollup.range.tooLong", MAX_MONTHS / 12);
        }
        return new RollupQuery(indicator.strip(), organizationId, first, last, hierarchy(hierarchy));
    }

    private static YearMonth month(String text) {
        String t = text == null ? "" : text.strip();
        if (!MONTH.matcher(t).matches()) {
            throw UserFacingException.invalid("reporting.rollup.month.invalid", t);
        }
        try {
            YearMonth month = YearMonth.parse(t);
            if (month.getYear() < 1945 || month.getYear() > 2100) {
                throw UserFacingException.invalid("reporting.rollup.month.invalid", t);
            }
            return month;
        }
        catch (DateTimeParseException ex) {
            throw UserFacingException.invalid("reporting.rollup.month.invalid", t);
        }
    }

    private static Hierarchy hierarchy(String text) {
        if (text == null || text.isBlank()) {
            return Hierarchy.CURRENT;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "current" -> Hierarchy.CURRENT;
            case "historical" -> Hierarchy.HISTORICAL;
            default -> throw UserFacingException.invalid("reporting.rollup.hierarchy.invalid");
        };
    }
}
