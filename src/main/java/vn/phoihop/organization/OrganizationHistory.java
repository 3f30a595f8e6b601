package vn.phoihop.organization;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the registry knows about one organisation over time: its names, parents, leadership links in both
 * directions, and the reorganisations it took part in, each with its period or date.
 */
public record OrganizationHistory(OrganizationView organization, List<NamePeriod> names,
        List<ParentPeriod> parents, List<LeadershipLinkView> leadership, List<ReorganizationEvent> events) {

    /** A name in force from {@code validFrom} to {@code validTo} (inclusive; {@code null} = still in force). */
    public record NamePeriod(String name, String shortName, String abbreviation, LocalDate validFrom,
            LocalDate validTo) {
    }

    /** The administrative parent in a period, with the parent's name at the start of that period. */
    public record ParentPeriod(long parentId, String parentCode, String parentName, LocalDate validFrom,
            LocalDate validTo) {
    }

    /** A reorganisation this organisation took part in, with every transition of it. */
    public record ReorganizationEvent(long reorganizationId, ReorganizationKind kind, LocalDate effectiveDate,
            String legalBasis, ReorganizationStatus status, List<Transition> transitions) {
    }

    /** From a predecessor to a successor ({@code null} when it closed). */
    public record Transition(long predecessorId, String predecessorName, Long successorId, String successorName) {
    }
}
