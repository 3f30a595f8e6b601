package vn.phoihop.reporting.period;

import java.time.LocalTime;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.phoihop.platform.VietnamTime;

/**
 * Daily at 00:10 Vietnam time, on one instance at a time (db-scheduler): creates every active periodic template's
 * periods from the current month to {@code phoihop.reporting.periods-ahead-months} (default 3) months ahead.
 * {@link PeriodCalendar#ensure} is idempotent, so a run repeated after a crash creates nothing twice.
 */
@Configuration(proxyBeanMethods = false)
class PeriodCalendarTask {

    private static final Logger log = LoggerFactory.getLogger(PeriodCalendarTask.class);

    @Bean
    RecurringTask<Void> reportingPeriodCalendarTask(PeriodCalendar calendar,
            @Value("${phoihop.reporting.periods-ahead-months:3}") int monthsAhead) {
        return Tasks.recurring("reporting-period-calendar", Schedules.daily(VietnamTime.ZONE, LocalTime.of(0, 10)))
                .execute((instance, context) -> {
                    int created = calendar.ensureAllAhead(monthsAhead);
                    if (created > 0) {
                        log.info("Reporting calendar created {} periods", created);
                    }
                });
    }
}
