package vn.phoihop.organization.registry;

import java.time.LocalDate;
import java.util.List;
import vn.phoihop.organization.ReorganizationKind;
import vn.phoihop.organization.reorganization.ReorganizationStatus;

/**
 * Everything the registry knows about one organisation over time: its names, parents, leadership links in both
 * directions, and the reorganisations it took part in, each with its period or date. As the reader sees it: a parent
 * or a side of a transition outside the reader's scope is a placeholder ({@code outsideScope}, without id, code or
 * name); a leadership link with an organisation outside the scope is left out.
 */
public record OrganizationHistory(OrganizationView organization, List<NamePeriod> names,
        List<ParentPeriod> parents, List<LeadershipLinkView> leadership, List<ReorganizationEvent> events) {

    /** A name in force from {@code validFrom} to {@code validTo} (inclusive; {@code null} = still in force). */
    public record NamePeriod(String name, String shortName, String abbreviation, LocalDate validFrom,
            LocalDate validTo) {
    }

    /**
     * The administrative parent in a period, with the parent's name at the start of that period; id, code and name
     * are {@code null} when the parent is outside the reader's scope ({@code outsideScope}).
     */
    public record ParentPeriod(Long parentId, String parentCode, String parentName, LocalDate validFrom,
            LocalDate validTo, boolean outsideScope) {

        public ParentPeriod outside() {
            return new ParentPeriod(null, null, null, validFrom, validTo, true);
        }
    }

    /** A reorganisation this organisation took part in, with every transition of it the reader may know of. */
    /**
     * A reorganisation the organisation took part in. {@code verified} is false while its legal basis has not been
     * checked against an official source (the data says so, and pages show it).
     */
    public record ReorganizationEvent(long reorganizationId, ReorganizationKind kind, LocalDate effectiveDate,
            String legalBasis, boolean verified, ReorganizationStatus status, List<Transition> transitions) {
    }

    /**
     * From a predecessor to a successor, by id and name, as pages and the API show it (applied, in a history, or
     * planned, in a preview, where a successor still to be created has a name but no id). A side outside the
     * reader's scope has {@code null} id and name and its {@code ...OutsideScope} flag set. The ids alone are an
     * {@link vn.phoihop.organization.OrganizationSuccession}.
     */
    public record Transition(Long predecessorId, String predecessorName, Long successorId, String successorName,
            boolean predecessorOutsideScope, boolean successorOutsideScope) {

        /** Whether the predecessor closed without a successor. */
        public boolean closed() {
            return successorId == null && successorName == null && !successorOutsideScope;
        }
    }
}
