package vn.phoihop.organization.spi;

/**
 * Service provider interface: the audit trail as the registry writes to it. The account module implements it on
 * its append-only trail. Implementations must write in the caller's transaction (and refuse to run without one),
 * so a change and its audit row are stored together or not at all.
 */
public interface OrganizationAuditLog {

    /** Records that the acting user (or "system") did {@code action} to a target, with free-text details. */
    void record(String action, String targetType, Object targetId, String details);

    /**
     * Records an action that is about {@code organizationIds} (those it touched or names): a provincial
     * administrator reads the row only when every one of them lies within their scope. The default, for
     * implementations without scoped reading, drops them.
     */
    default void record(String action, String targetType, Object targetId, String details,
            java.util.Collection<Long> organizationIds) {
        record(action, targetType, targetId, details);
    }
}
