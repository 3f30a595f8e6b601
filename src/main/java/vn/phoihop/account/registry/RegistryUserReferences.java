package vn.phoihop.account.registry;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.phoihop.organization.spi.AffectedItem;
import vn.phoihop.organization.spi.OrganizationReferences;
import vn.phoihop.account.user.UserAccountRepository;

/** User accounts refer to organisations: a reorganisation preview lists the accounts it affects. */
@Component
class RegistryUserReferences implements OrganizationReferences {

    private final UserAccountRepository users;

    RegistryUserReferences(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    public List<AffectedItem> referencing(Collection<Long> organizationIds) {
        if (organizationIds.isEmpty()) {
            return List.of();
        }
        return users.findByOrganizationIdIn(organizationIds).stream()
                .map(u -> new AffectedItem("user", u.username(), u.toView("").fullName(), u.organizationId()))
                .toList();
    }
}
