package vn.phoihop.organization;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.phoihop.organization.Scopes.Reach;
import vn.phoihop.platform.UserFacingException;

/**
 * The registry's access rules (ACCESS.md, organisations), checked in the service layer for every read and write:
 * everyone signed in reads central and provincial-level organisations; units below them, people and positions only
 * within scope; writes need SYSTEM_ADMIN, and a provincial administrator changes only units of their own province
 * (provincial-level and central organisations are national reference data). What a user may not read does not
 * exist for them (404), so its existence is not revealed.
 */
@Component
class Access {

    private final OrganizationActors actors;
    private final Scopes scopes;

    Access(OrganizationActors actors, Scopes scopes) {
        this.actors = actors;
        this.scopes = scopes;
    }

    /** The acting user; denied when nobody is signed in. */
    Actor actor() {
        return actors.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    /** What the acting user reaches. */
    Reach reach() {
        return scopes.reachOf(actor().organizationId());
    }

    Reach reach(Actor actor) {
        return scopes.reachOf(actor.organizationId());
    }

    /** Not found unless the acting user may read the organisation. */
    void requireReadable(Reach reach, long id) {
        if (!scopes.readable(reach, id)) {
            throw notFound();
        }
    }

    /** Whether a reader with {@code reach} may see the organisation. */
    boolean readable(Reach reach, long id) {
        return scopes.readable(reach, id);
    }

    /** Not found unless the people and positions of the organisation are within the acting user's scope. */
    void requireWithin(Reach reach, long id) {
        if (!scopes.within(reach, id)) {
            throw notFound();
        }
    }

    /** Denied unless the acting user administers the registry. */
    Actor requireAdministrator() {
        Actor actor = actor();
        if (!actor.administrator()) {
            throw new AccessDeniedException("SYSTEM_ADMIN required");
        }
        return actor;
    }

    /** The organisation may be changed: readable (else 404), by an administrator (else 403) whose scope covers it. */
    void requireWritable(Actor actor, Reach reach, long id, OrganizationKind kind) {
        requireReadable(reach, id);
        if (!actor.administrator()) {
            throw new AccessDeniedException("SYSTEM_ADMIN required");
        }
        if (!reach.national() && (kind.publiclyVisible() || !scopes.within(reach, id))) {
            throw new AccessDeniedException("outside the administrator's scope");
        }
    }

    /** A unit of {@code childKind} may be placed under {@code parentId} by this administrator. */
    void requireAttachable(Actor actor, Reach reach, long parentId, OrganizationKind childKind) {
        requireReadable(reach, parentId);
        if (!actor.administrator()) {
            throw new AccessDeniedException("SYSTEM_ADMIN required");
        }
        if (!reach.national() && (childKind.publiclyVisible() || !scopes.within(reach, parentId))) {
            throw new AccessDeniedException("outside the administrator's scope");
        }
    }

    static UserFacingException notFound() {
        return UserFacingException.notFound("organization.notFound");
    }
}
