package vn.phoihop.organization.scope;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import vn.phoihop.organization.Scope;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.organization.spi.Actor;
import vn.phoihop.organization.spi.OrganizationActors;

/**
 * The registry's access rules (ACCESS.md, organisations), checked in the service layer for every read and write:
 * everyone signed in reads central and provincial-level organisations; units below them, people and positions only
 * within scope; writes need SYSTEM_ADMIN, and a provincial administrator changes only units of their own province
 * (provincial-level and central organisations are national reference data). What a user may not read does not
 * exist for them (404), so its existence is not revealed.
 */
@Component
public class Access {

    private static final String SCOPE = Access.class.getName() + ".scope.";

    private final OrganizationActors actors;
    private final Scopes scopes;

    Access(OrganizationActors actors, Scopes scopes) {
        this.actors = actors;
        this.scopes = scopes;
    }

    /** The acting user; denied when nobody is signed in. */
    public Actor actor() {
        return actors.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    /** What the acting user reaches. */
    public Scope scope() {
        return scope(actor());
    }

    /**
     * What {@code actor} reaches; computed once per web request (a page asks about a dozen times) and kept in the
     * request, so every check of one request sees the same scope. Outside a request it is computed on each call.
     */
    public Scope scope(Actor actor) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return scopes.scopeOf(actor.organizationId());
        }
        String key = SCOPE + actor.organizationId();
        if (request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof Scope known) {
            return known;
        }
        Scope scope = scopes.scopeOf(actor.organizationId());
        request.setAttribute(key, scope, RequestAttributes.SCOPE_REQUEST);
        return scope;
    }

    /** Not found unless the acting user may read the organisation. */
    public void requireReadable(Scope scope, long id) {
        if (!scopes.readable(scope, id)) {
            throw notFound();
        }
    }

    /** Whether a reader with {@code scope} may see the organisation. */
    public boolean readable(Scope scope, long id) {
        return scopes.readable(scope, id);
    }

    /** Not found unless the people and positions of the organisation are within the acting user's scope. */
    public void requireWithin(Scope scope, long id) {
        if (!scopes.within(scope, id)) {
            throw notFound();
        }
    }

    /** Denied unless the acting user administers the registry. */
    public Actor requireAdministrator() {
        Actor actor = actor();
        if (!actor.administrator()) {
            throw new AccessDeniedException("SYSTEM_ADMIN required");
        }
        return actor;
    }

    /**
     * The organisation may be changed, or a unit of {@code kind} placed under it (then {@code kind} is the new
     * unit's): readable (else 404), by an administrator (else 403) whose scope covers it, and national reference
     * data (publicly visible kinds) only by a national administrator (else 403).
     */
    public void requireWritable(Actor actor, Scope scope, long id, OrganizationKind kind) {
        requireReadable(scope, id);
        if (!actor.administrator()) {
            throw new AccessDeniedException("SYSTEM_ADMIN required");
        }
        if (!withinWritableScope(scope, id, kind)) {
            throw new AccessDeniedException("outside the administrator's scope");
        }
    }

    /** Whether {@link #requireWritable} would let {@code actor} change the organisation; never throws. */
    public boolean writable(Actor actor, Scope scope, long id, OrganizationKind kind) {
        return scopes.readable(scope, id) && actor.administrator() && withinWritableScope(scope, id, kind);
    }

    private boolean withinWritableScope(Scope scope, long id, OrganizationKind kind) {
        return scope.national() || (!kind.publiclyVisible() && scopes.within(scope, id));
    }

    public static UserFacingException notFound() {
        return UserFacingException.notFound("organization.notFound");
    }
}
