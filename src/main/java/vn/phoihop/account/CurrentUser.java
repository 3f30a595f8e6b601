package vn.phoihop.account;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as the rest of the application sees them: id, username, organisation (their scope), roles
 * and clearance. Held in the session, so it is a snapshot: changing a user's roles, organisation or clearance ends
 * their sessions.
 */
public final class CurrentUser implements UserDetails, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private final String fullName;
    private final long organizationId;
    private final EnumSet<Role> roles;
    private final Clearance clearance;
    private final String locale;

    public CurrentUser(long id, String username, String fullName, long organizationId, Set<Role> roles,
            Clearance clearance, String locale) {
        this.id = id;
        this.username = username;
        this.fullName = fullName;
        this.organizationId = organizationId;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.clearance = clearance;
        this.locale = locale;
    }

    /** The user acting in this request, if signed in. */
    public static Optional<CurrentUser> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof CurrentUser user ? Optional.of(user) : Optional.empty();
    }

    /** The user acting in this request; access is denied when nobody is signed in. */
    public static CurrentUser require() {
        return find().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    /** Denies access unless this user holds {@code role}. */
    public CurrentUser requireRole(Role role) {
        if (!has(role)) {
            throw new AccessDeniedException("role " + role + " required");
        }
        return this;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public long id() {
        return id;
    }

    public String fullName() {
        return fullName;
    }

    public long organizationId() {
        return organizationId;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }

    public Clearance clearance() {
        return clearance;
    }

    public String locale() {
        return locale;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String getPassword() {
        return null;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CurrentUser u && u.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return username;
    }
}
