package vn.phoihop.account.registry;

import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.phoihop.organization.spi.Actor;
import vn.phoihop.organization.spi.OrganizationActors;
import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;

/** Tells the organisation registry who is signed in: their organisation and whether they are an administrator. */
@Component
class RegistryActors implements OrganizationActors {

    @Override
    public Optional<Actor> current() {
        return CurrentUser.find().map(u -> new Actor(u.getUsername(), u.organizationId(), u.has(Role.SYSTEM_ADMIN)));
    }
}
