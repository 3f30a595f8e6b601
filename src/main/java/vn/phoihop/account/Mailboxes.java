package vn.phoihop.account;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The e-mail addresses of organisations' members, for modules that notify an organisation (reporting reminders).
 * Checks no user: callers decide who is told what. Only enabled accounts with a registered address count; an
 * account without one is simply not mailed (the address is optional in the account form).
 */
@Service
@Transactional(readOnly = true)
public class Mailboxes {

    private final JdbcClient jdbc;

    Mailboxes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Per organisation of {@code organizationIds}, the distinct addresses of its enabled members holding one of
     * {@code roles}, sorted; organisations without any are absent. One query however many organisations.
     */
    public Map<Long, List<String>> addressesOf(Collection<Long> organizationIds, Set<Role> roles) {
        Map<Long, List<String>> found = new HashMap<>();
        if (organizationIds.isEmpty() || roles.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                SELECT u.organization_id, array_agg(DISTINCT lower(trim(u.email)) ORDER BY lower(trim(u.email))) AS addresses
                FROM user_account u
                WHERE u.organization_id = ANY (:orgs) AND u.enabled AND u.email IS NOT NULL AND trim(u.email) <> ''
                  AND EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id AND r.role = ANY (:roles))
                GROUP BY u.organization_id
                """).param("orgs", organizationIds.stream().distinct().toArray(Long[]::new))
                .param("roles", EnumSet.copyOf(roles).stream().map(Enum::name).toArray(String[]::new))
                .query((rs, n) -> {
                    found.put(rs.getLong(1), List.of((String[]) rs.getArray(2).getArray()));
                    return null;
                }).list();
        return found;
    }
}
