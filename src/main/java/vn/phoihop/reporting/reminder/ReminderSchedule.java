package vn.phoihop.reporting.reminder;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.phoihop.platform.VietnamTime;

/**
 * Hourly, on one instance at a time across all instances sharing the database (db-scheduler): sends the reporting
 * reminders due today ({@link Reminders}). Hourly rather than daily so that a reminder goes out on its day soon after
 * midnight Vietnam time or after a restart; a run with nothing due changes nothing.
 */
@Configuration(proxyBeanMethods = false)
class ReminderSchedule {

    private static final Logger log = LoggerFactory.getLogger(ReminderSchedule.class);

    @Bean
    RecurringTask<Void> reportingRemindersTask(Reminders reminders) {
        return Tasks.recurring("reporting-reminders", Schedules.fixedDelay(Duration.ofHours(1)))
                .execute((instance, context) -> {
                    int sent = reminders.send(VietnamTime.today()).size();
                    if (sent > 0) {
                        log.info("Sent {} reporting reminders", sent);
                    }
                });
    }
}
