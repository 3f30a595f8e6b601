package vn.phoihop.account;

import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.phoihop.organization.Actor;
import vn.phoihop.organization.OrganizationActors;

/** Tells the organisation registry who is signed in: their organisation and whether they are an administrator. */
@Component
class RegistryActors implements OrganizationActors {

    @Override
    public Optional<Actor> current() {
        return CurrentUser.find().map(u -> new Actor(u.getUsername(), u.organizationId(), u.has(Role.SYSTEM_ADMIN)));
    }
}
