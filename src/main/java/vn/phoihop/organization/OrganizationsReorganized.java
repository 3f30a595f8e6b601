package vn.phoihop.organization;

import java.time.LocalDate;
import java.util.List;

/**
 * Published once a reorganisation (merge, split, rename, move, close) has been applied and committed. Other modules
 * listen with {@code @ApplicationModuleListener}; the event publication registry delivers it exactly once per
 * listener, also across a restart. The reorganisation may still be undone ({@link ReorganizationUndone}).
 *
 * @param reorganizationId the applied reorganisation
 * @param kind merge, split, rename, move or close
 * @param effectiveDate the first day of the new state
 * @param legalBasis the decision or resolution it rests on
 * @param successions where each organisation concerned went
 */
public record OrganizationsReorganized(long reorganizationId, ReorganizationKind kind, LocalDate effectiveDate,
        String legalBasis, List<OrganizationSuccession> successions) {

    public OrganizationsReorganized {
        successions = List.copyOf(successions);
    }
}
