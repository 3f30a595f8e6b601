package vn.phoihop.organization;

import java.time.LocalDate;

/**
 * An organisation as of a date: its identity and lifetime, and the name and parent in force that day.
 *
 * @param provinceId the provincial-level unit that contained it that day (itself for a province), or {@code null}
 *     for a central body
 * @param asOf the date the facts are taken from
 * @param version the optimistic-lock version; send it back with an update
 */
public record OrganizationView(long id, String code, OrganizationKind kind, String name, String shortName,
        String abbreviation, Long parentId, Long provinceId, LocalDate validFrom, LocalDate validTo, LocalDate asOf,
        long version) {

    /** Whether the organisation exists on {@code date}. */
    public boolean validOn(LocalDate date) {
        return Periods.covers(validFrom, validTo, date);
    }

    /** The summary other modules use. */
    public OrganizationSummary summary() {
        return new OrganizationSummary(id, code, kind, name, shortName, parentId, kind.central() ? null : provinceId);
    }
}
