package vn.phoihop.account;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members of an organisation, for modules that hand work to a person (consultation assigns comments to drafters).
 * Checks no user: callers decide who may see the list. Only enabled accounts count.
 */
@Service
@Transactional(readOnly = true)
public class Members {

    private final JdbcClient jdbc;

    Members(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The usernames of the enabled members of {@code organizationId} holding one of {@code roles}, sorted. */
    public List<String> usernames(long organizationId, Set<Role> roles) {
        if (roles.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT u.username FROM user_account u
                WHERE u.organization_id = :org AND u.enabled
                  AND EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id AND r.role = ANY (:roles))
                ORDER BY u.username
                """).param("org", organizationId)
                .param("roles", EnumSet.copyOf(roles).stream().map(Enum::name).toArray(String[]::new))
                .query(String.class).list();
    }
}
