package vn.phoihop.consultation.round;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

import vn.phoihop.organization.OrganizationOnDate;
import vn.phoihop.organization.Organizations;
import vn.phoihop.platform.VietnamTime;

/**
 * The names of invitees and holders as shown today (an organisation merged away keeps the name of its last day), in
 * one query however many, through the registry's {@link Organizations}.
 */
@Component
public class OrganizationNames {

    private final Organizations organizations;

    OrganizationNames(Organizations organizations) {
        this.organizations = organizations;
    }

    /** The names of {@code ids} (nulls skipped) by id; an unknown id is absent. */
    public Map<Long, String> of(Collection<Long> ids) {
        var today = VietnamTime.today();
        Map<Long, String> names = new HashMap<>();
        organizations.findEachAsOf(ids.stream().filter(Objects::nonNull).distinct()
                .map(id -> new OrganizationOnDate(id, today)).toList())
                .forEach((key, org) -> names.put(key.organizationId(), org.name()));
        return names;
    }
}
