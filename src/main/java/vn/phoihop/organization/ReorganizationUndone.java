package vn.phoihop.organization;

import java.time.LocalDate;
import java.util.List;

/**
 * Published once an applied reorganisation has been undone and the registry restored: listeners take back what they
 * did on {@link OrganizationsReorganized}. Organisations that the reorganisation created no longer exist.
 *
 * @param reorganizationId the undone reorganisation
 * @param kind merge, split, rename, move or close
 * @param effectiveDate the date it had been effective from
 * @param successions the steps it had made, as they were published when it was applied
 */
public record ReorganizationUndone(long reorganizationId, ReorganizationKind kind, LocalDate effectiveDate,
        List<OrganizationSuccession> successions) {

    public ReorganizationUndone {
        successions = List.copyOf(successions);
    }
}
