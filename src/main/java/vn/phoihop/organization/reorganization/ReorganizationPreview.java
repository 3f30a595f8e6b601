package vn.phoihop.organization.reorganization;

import java.time.LocalDate;
import java.util.List;
import vn.phoihop.organization.ReorganizationKind;
import vn.phoihop.organization.registry.OrganizationHistory.Transition;
import vn.phoihop.organization.spi.AffectedItem;

/**
 * What a reorganisation would do, before it is applied: every change, the transitions from predecessors to
 * successors (by name; new ones have no id yet), and what it affects elsewhere (user accounts of the
 * organisations concerned, positions that end).
 */
public record ReorganizationPreview(ReorganizationKind kind, LocalDate effectiveDate, String legalBasis,
        List<PlannedChange> changes, List<Transition> transitions, List<AffectedItem> affected) {
}
