package vn.phoihop.account.user;

import java.time.Instant;
import java.util.Set;
import vn.phoihop.account.Clearance;
import vn.phoihop.account.Role;

/** What pages and the API show of a user account; never the password hash or the TOTP secret. */
public record UserView(long id, String username, String fullName, String email, long organizationId,
        String organizationName, Set<Role> roles, Clearance clearance, boolean enabled, boolean totpEnabled,
        String locale, Instant createdAt, long version) {
}
