package vn.phoihop.account.security;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.platform.Hashes;
import vn.phoihop.account.AuditTrail;
import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.user.UserAccount;
import vn.phoihop.account.user.UserAccountRepository;

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
    private final UserAccountRepository users;
    private final AuditTrail audit;
    private final SecuritySettings settings;

    ApiTokens(JdbcClient jdbc, UserAccountRepository users, AuditTrail audit, SecuritySettings settings) {
        this.jdbc = jdbc;
        this.users = users;
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

    /** The user a valid token belongs to. */
    @Transactional(readOnly = true)
    public Optional<CurrentUser> authenticate(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT user_id FROM api_token WHERE token_hash = :hash AND expires_at > now()")
                .param("hash", hash(token)).query(Long.class).optional()
                .flatMap(users::findById)
                .filter(UserAccount::enabled)
                .map(UserAccount::toCurrentUser);
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
