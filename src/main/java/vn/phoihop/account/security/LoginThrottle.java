package vn.phoihop.account.security;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account name and per network address in the database (so every instance sees the
 * same count) and locks a key for a while once it has failed too often. Unknown account names are counted like
 * known ones, so the lock reveals nothing about which accounts exist.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final SecuritySettings settings;

    LoginThrottle(JdbcClient jdbc, SecuritySettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** The time a lock on this account or address ends, if one is in force. */
    Optional<Instant> lockedUntil(String username, String address) {
        Instant now = Instant.now();
        return jdbc.sql("SELECT max(locked_until) FROM login_throttle WHERE throttle_key IN (:user, :ip) AND locked_until > :now")
                .param("user", userKey(username)).param("ip", addressKey(address)).param("now", Timestamp.from(now))
                .query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    /** Counts a failure; returns the end of the lock if this failure started one. Run inside a transaction. */
    Optional<Instant> recordFailure(String username, String address) {
        Optional<Instant> userLock = fail(userKey(username), settings.maxFailures());
        Optional<Instant> addressLock = fail(addressKey(address), settings.maxFailuresPerAddress());
        return userLock.isPresent() ? userLock : addressLock;
    }

    /** Clears the account's failures after a successful sign-in. */
    void reset(String username) {
        jdbc.sql("DELETE FROM login_throttle WHERE throttle_key = :key").param("key", userKey(username)).update();
    }

    private Optional<Instant> fail(String key, int max) {
        Instant now = Instant.now();
        Duration window = settings.lockout();
        int failures = jdbc.sql("""
                INSERT INTO login_throttle (throttle_key, failures, last_failure) VALUES (:key, 1, :now)
                ON CONFLICT (throttle_key) DO UPDATE SET
                    failures = CASE WHEN login_throttle.last_failure < :windowStart
                                     AND (login_throttle.locked_until IS NULL OR login_throttle.locked_until < :now)
                                    THEN 1 ELSE login_throttle.failures + 1 END,
                    last_failure = :now
                RETURNING failures
                """).param("key", key).param("now", Timestamp.from(now))
                .param("windowStart", Timestamp.from(now.minus(window))).query(Integer.class).single();
        if (failures >= max) {
            Instant until = now.plus(window);
            jdbc.sql("UPDATE login_throttle SET locked_until = :until, failures = 0 WHERE throttle_key = :key")
                    .param("until", Timestamp.from(until)).param("key", key).update();
            return Optional.of(until);
        }
        return Optional.empty();
    }

    private static String userKey(String username) {
        return "user:" + username;
    }

    private static String addressKey(String address) {
        return "ip:" + (address == null ? "unknown" : address);
    }
}
