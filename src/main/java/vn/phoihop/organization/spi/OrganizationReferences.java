package vn.phoihop.organization.spi;

import java.util.Collection;
import java.util.List;

/**
 * Service provider interface: other modules tell what of theirs refers to organisations (user accounts,
 * assignments, ...), so that a reorganisation preview lists what it affects and undo refuses to delete an
 * organisation that something now refers to. Every bean of this type is asked.
 */
public interface OrganizationReferences {

    /** The items that refer to any of {@code organizationIds}. */
    List<AffectedItem> referencing(Collection<Long> organizationIds);
}
