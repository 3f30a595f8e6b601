package vn.phoihop.account.audit;

import java.time.Instant;

/** One row of the audit trail: who did what to which target, when and from where. */
public record AuditEntry(long seq, Instant occurredAt, String actor, String action, String targetType,
        String targetId, String details, String remoteAddress) {
}
