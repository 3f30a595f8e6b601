package vn.phoihop.account.user;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.phoihop.organization.Organizations;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.account.Clearance;
import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;

/**
 * What an administrator may grant (ACCESS.md, accounts: "never granting a role or clearance above their own").
 * <ul>
 * <li>Clearance: at most the administrator's own, for everyone.</li>
 * <li>Roles: a national administrator (organisation in a central body) grants any role. A provincial
 * administrator grants the roles they hold themselves and the lesser roles of a province (VIEWER,
 * PROVINCE_PARTY_STAFF, PROVINCE_POLICE_STAFF), never CENTRAL_STAFF, which is national. LEADER (approving) only
 * if they hold it. SYSTEM_ADMIN they hold, so they may grant it, but only within their scope (the account's
 * organisation is checked by {@link Accounts}).</li>
 * </ul>
 * Hence an administrator X created by a provincial administrator P can never act above P: X's roles are a subset of
 * what P may grant, so what X may grant is again a subset of it; X's clearance is at most P's; X's organisation lies
 * in P's scope, so X's scope is P's province. An account is <em>at or below</em> an administrator when every role
 * it holds is one they may grant and its clearance is at most theirs; only such accounts may be changed.
 */
@Component
class GrantPolicy {

    private static final Set<Role> PROVINCIAL_LESSER = EnumSet.of(Role.VIEWER, Role.PROVINCE_PARTY_STAFF,
            Role.PROVINCE_POLICE_STAFF);

    private final Organizations organizations;

    GrantPolicy(Organizations organizations) {
        this.organizations = organizations;
    }

    /** The roles {@code admin} may grant, in declaration order. */
    Set<Role> grantableRoles(CurrentUser admin) {
        if (national(admin)) {
            return EnumSet.allOf(Role.class);
        }
        Set<Role> roles = EnumSet.copyOf(PROVINCIAL_LESSER);
        roles.addAll(admin.roles());
        roles.remove(Role.CENTRAL_STAFF);
        return roles;
    }

    /** The clearances {@code admin} may grant: up to their own. */
    List<Clearance> grantableClearances(CurrentUser admin) {
        return EnumSet.range(Clearance.NONE, admin.clearance()).stream().toList();
    }

    /** Refuses (403, with the reason) roles or a clearance above what {@code admin} may grant. */
    void requireGrantable(CurrentUser admin, Set<Role> roles, Clearance clearance) {
        if (!grantableRoles(admin).containsAll(roles)) {
            throw new UserFacingException(403, "user.roles.aboveOwn");
        }
        if (!admin.clearance().allows(clearance)) {
            throw new UserFacingException(403, "user.clearance.aboveOwn");
        }
    }

    /** Whether an account with these roles and clearance is at or below {@code admin}. */
    boolean atOrBelow(CurrentUser admin, Set<Role> roles, Clearance clearance) {
        return grantableRoles(admin).containsAll(roles) && admin.clearance().allows(clearance);
    }

    private boolean national(CurrentUser admin) {
        return organizations.scopeOf(admin.organizationId()).national();
    }
}
