package vn.phoihop.organization;

import java.time.LocalDate;
import java.util.List;

/**
 * Published inside the transaction that applies a reorganisation (merge, split, rename, move, close). Two ways to
 * listen: {@code @ApplicationModuleListener} runs after the commit, in a transaction of its own, and the event
 * publication registry delivers it exactly once per listener, also across a restart (for work that may lag, such as
 * a notification); {@code @TransactionalEventListener(phase = BEFORE_COMMIT)} runs inside the registry's
 * transaction, so the reorganisation and the listener's writes commit or fail together (for data that must never
 * disagree with the registry: reporting's assignments and roll-up totals, tracking's carriers). The reorganisation
 * may still be undone ({@link ReorganizationUndone}).
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
