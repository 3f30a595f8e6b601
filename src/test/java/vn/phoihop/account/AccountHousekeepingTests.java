package vn.phoihop.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.phoihop.support.Fixtures;
import vn.phoihop.account.security.SecuritySettings;
import vn.phoihop.account.user.AccountHousekeeping;

/** The hourly housekeeping removes only what can no longer grant or refuse anything, and is scheduled in the database. */
@SpringBootTest
class AccountHousekeepingTests {

    @Autowired JdbcClient jdbc;
    @Autowired Fixtures fixtures;
    @Autowired SecuritySettings settings;

    @Test
    void expiredTokensAndStaleCountersGoLiveOnesStay() {
        long user = fixtures.user("housekeeping.user", "T20-CA", Role.VIEWER).id();
        Instant now = Instant.now();
        token("expired-token-hash-0000000000000000000000000000000000000000000000000000000", user, now.minusSeconds(60));
        token("live-token-hash-000000000000000000000000000000000000000000000000000000000", user, now.plusSeconds(3600));
        throttle("user:stale.counter", now.minus(Duration.ofHours(2)), null);
        throttle("user:still.locked", now.minus(Duration.ofHours(2)), now.plus(Duration.ofMinutes(5)));
        throttle("user:recent.failure", now.minusSeconds(30), null);

        AccountHousekeeping.purge(jdbc, settings);

        assertThat(jdbc.sql("SELECT token_hash FROM api_token WHERE user_id = :u").param("u", user).query(String.class).list())
                .singleElement().asString().startsWith("live-");
        assertThat(jdbc.sql("SELECT throttle_key FROM login_throttle WHERE throttle_key IN "
                + "('user:stale.counter', 'user:still.locked', 'user:recent.failure')").query(String.class).list())
                .containsExactlyInAnyOrder("user:still.locked", "user:recent.failure");
    }

    @Test
    void theTaskIsRegisteredWithTheClusterSafeScheduler() {
        assertThat(jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = 'account-housekeeping'")
                .query(Long.class).single()).isEqualTo(1);
    }

    private void token(String hash, long user, Instant expires) {
        jdbc.sql("INSERT INTO api_token (token_hash, user_id, created_at, expires_at) VALUES (:h, :u, now(), :e)")
                .param("h", hash.substring(0, 64)).param("u", user).param("e", Timestamp.from(expires)).update();
    }

    private void throttle(String key, Instant lastFailure, Instant lockedUntil) {
        jdbc.sql("INSERT INTO login_throttle (throttle_key, failures, last_failure, locked_until) VALUES (:k, 1, :f, :l)")
                .param("k", key).param("f", Timestamp.from(lastFailure))
                .param("l", lockedUntil == null ? null : Timestamp.from(lockedUntil)).update();
    }
}
