package vn.phoihop.account.user;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.phoihop.account.security.SecuritySettings;

/**
 * Hourly, on one instance at a time (db-scheduler): removes expired API tokens and sign-in failure counters that
 * no longer lock anything. Neither grants access after it expires; this only keeps the tables small.
 */
@Configuration(proxyBeanMethods = false)
public class AccountHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(AccountHousekeeping.class);

    @Bean
    RecurringTask<Void> accountHousekeepingTask(JdbcClient jdbc, TransactionTemplate transactions,
            SecuritySettings settings) {
        return Tasks.recurring("account-housekeeping", Schedules.fixedDelay(Duration.ofHours(1)))
                .execute((instance, context) -> transactions.executeWithoutResult(status -> purge(jdbc, settings)));
    }

    public static void purge(JdbcClient jdbc, SecuritySettings settings) {
        Timestamp now = Timestamp.from(Instant.now());
        int tokens = jdbc.sql("DELETE FROM api_token WHERE expires_at < :now").param("now", now).update();
        int counters = jdbc.sql("""
                DELETE FROM login_throttle
                WHERE (locked_until IS NULL OR locked_until < :now) AND last_failure < :stale
                """).param("now", now).param("stale", Timestamp.from(Instant.now().minus(settings.lockout())))
                .update();
        if (tokens + counters > 0) {
            log.info("Housekeeping removed {} expired API tokens and {} stale sign-in counters", tokens, counters);
        }
    }
}
