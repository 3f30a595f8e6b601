package vn.phoihop.document;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a document stands: a draft (dự thảo, no number yet), issued (ban hành), in force (có hiệu lực), replaced by
 * another document (bị thay thế: only through a "replaces" relation) or expired (hết hiệu lực).
 */
public enum DocumentStatus {
    DRAFT, ISSUED, IN_FORCE, REPLACED, EXPIRED;

    /**
     * The statuses a user may set by hand from this one: a draft becomes issued only by issuing it (which assigns
     * its number), and "replaced" is set and lifted only by a "replaces" relation.
     */
    public Set<DocumentStatus> manualTargets() {
        return switch (this) {
            case ISSUED -> EnumSet.of(IN_FORCE, EXPIRED);
            case IN_FORCE -> EnumSet.of(ISSUED, EXPIRED);
            case EXPIRED -> EnumSet.of(ISSUED, IN_FORCE);
            case DRAFT, REPLACED -> EnumSet.noneOf(DocumentStatus.class);
        };
    }

    public String messageKey() {
        return "document.status." + name();
    }
}
