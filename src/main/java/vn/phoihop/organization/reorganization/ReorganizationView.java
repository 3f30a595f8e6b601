package vn.phoihop.organization.reorganization;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.phoihop.organization.OrganizationSuccession;
import vn.phoihop.organization.ReorganizationKind;

/** An applied reorganisation, its status, who applied and who confirmed or undid it, and its transitions. */
public record ReorganizationView(long id, ReorganizationKind kind, LocalDate effectiveDate, String legalBasis,
        String note, ReorganizationStatus status, String appliedBy, Instant appliedAt, String decidedBy,
        Instant decidedAt, List<OrganizationSuccession> transitions) {
}
