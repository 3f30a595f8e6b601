package vn.phoihop.account.security;

import java.security.SecureRandom;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.platform.Hashes;
import vn.phoihop.account.AuditTrail;
import vn.phoihop.account.Clearance;
import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;

/**
 * Opaque bearer tokens for the JSON API. The token is shown once; the database keeps only its SHA-256 hash.
 * A token stops working when it expires, when its user is disabled, or when an administrator ends the user's
 * sessions.
 */
@Service
@Transactional
public class ApiTokens {

    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final SecuritySettings settings;

    ApiTokens(JdbcClient jdbc, AuditTrail audit, SecuritySettings settings) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.settings = settings;
    }

    /** Issues a token for a user who has just signed in. */
    public IssuedToken issue(CurrentUser user) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = Instant.now();
        Instant expires = now.plus(settings.apiTokenLifetime());
        jdbc.sql("INSERT INTO api_token (token_hash, user_id, created_at, expires_at) VALUES (:hash, :user, :now, :exp)")
                .param("hash", hash(token)).param("user", user.id()).param("now", Timestamp.from(now))
                .param("exp", Timestamp.from(expires)).update();
        audit.recordAs(user.getUsername(), "API_TOKEN_ISSUED", "user", user.getUsername(), "expires " + expires);
        return new IssuedToken(token, expires);
    }

    /**
     * The enabled user a valid token belongs to. Runs on every API request, so it is one statement without a
     * transaction or a JPA session (the token, the account and its roles in one read).
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<CurrentUser> authenticate(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT u.id, u.username, u.full_name, u.organization_id, u.clearance, u.locale,
                       array_remove(array_agg(r.role), NULL) AS roles
                FROM api_token t JOIN user_account u ON u.id = t.user_id
                LEFT JOIN user_role r ON r.user_id = u.id
                WHERE t.token_hash = :hash AND t.expires_at > now() AND u.enabled
                GROUP BY u.id""")
                .param("hash", hash(token))
                .query((rs, n) -> new CurrentUser(rs.getLong("id"), rs.getString("username"),
                        rs.getString("full_name"), rs.getLong("organization_id"), roles(rs.getArray("roles")),
                        Clearance.valueOf(rs.getString("clearance")), rs.getString("locale")))
                .optional();
    }

    private static Set<Role> roles(Array array) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : (String[]) array.getArray()) {
            roles.add(Role.valueOf(role));
        }
        return roles;
    }

    /** Revokes every token of a user. */
    public void revokeAll(long userId) {
        jdbc.sql("DELETE FROM api_token WHERE user_id = :user").param("user", userId).update();
    }

    private static String hash(String token) {
        return Hashes.sha256Hex(token);
    }

    /** A newly issued token and when it expires. */
    public record IssuedToken(String accessToken, Instant expiresAt) {
    }
}
