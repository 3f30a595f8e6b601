package vn.phoihop.organization.spi;

import java.util.Optional;

/**
 * Service provider interface: tells the registry who is acting in the current request. The account module
 * implements it from its signed-in user, so that the registry checks role and scope itself without depending on
 * the account module (which depends on this one).
 */
public interface OrganizationActors {

    /** The acting user, or empty when nobody is signed in. */
    Optional<Actor> current();
}
