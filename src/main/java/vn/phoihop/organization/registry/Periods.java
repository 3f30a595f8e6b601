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

    /** Whether a period ending on {@code validTo} still runs after {@code date}. */
    public static boolean runsBeyond(LocalDate validTo, LocalDate date) {
        return validTo == null || validTo.isAfter(date);
    }
}
