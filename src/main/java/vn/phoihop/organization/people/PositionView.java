package vn.phoihop.organization.people;

import java.time.LocalDate;

/** A position: who holds it (with their rank today), in which organisation, what title, when, and whether concurrently. */
public record PositionView(long id, long personId, String personName, Rank rank, long organizationId,
        String organizationName, PositionTitle title, boolean concurrent, LocalDate validFrom, LocalDate validTo) {
}
