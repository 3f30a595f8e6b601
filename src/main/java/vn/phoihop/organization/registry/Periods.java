package vn.phoihop.organization.registry;

import java.time.LocalDate;

/**
 * The one rule for the registry's periods: both ends inclusive, an open end ({@code null}) runs on. Every fact with
 * a validity period (names, parents, leadership links, positions, ranks, organisations) asks here.
 */
public final class Periods {

    private Periods() {
    }

    /** Whether the period from {@code validFrom} to {@code validTo} contains {@code date}. */
    public static boolean covers(LocalDate validFrom, LocalDate validTo, LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
    }

    /** Whether the period {@code from}–{@code to} lies within {@code outerFrom}–{@code outerTo}. */
    public static boolean within(LocalDate outerFrom, LocalDate outerTo, LocalDate from, LocalDate to) {
        return !from.isBefore(outerFrom) && (outerTo == null || (to != null && !to.isAfter(outerTo)));
    }

    /** Whether two periods share at least one day. */
    public static boolean overlap(LocalDate aFrom, LocalDate aTo, LocalDate bFrom, LocalDate bTo) {
        return (aTo == null || !aTo.isBefore(bFrom)) && (bTo == null || !bTo.isBefore(aFrom));
    }

    /** Whether a period ending on {@code validTo} still runs after {@code date}. */
    public static boolean runsBeyond(LocalDate validTo, LocalDate date) {
        return validTo == null || validTo.isAfter(date);
    }
}
