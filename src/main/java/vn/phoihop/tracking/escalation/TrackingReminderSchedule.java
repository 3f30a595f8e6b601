package vn.phoihop.tracking.escalation;

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
 * Hourly, on one instance at a time across all instances sharing the database (db-scheduler): sends the tracking
 * reminders due today ({@link TrackingReminders}); a run with nothing due changes nothing.
 */
@Configuration(proxyBeanMethods = false)
class TrackingReminderSchedule {

    private static final Logger log = LoggerFactory.getLogger(TrackingReminderSchedule.class);

    @Bean
    RecurringTask<Void> trackingRemindersTask(TrackingReminders reminders) {
        return Tasks.recurring("tracking-reminders", Schedules.fixedDelay(Duration.ofHours(1)))
                .execute((instance, context) -> {
                    int sent = reminders.send(VietnamTime.today()).size();
                    if (sent > 0) {
                        log.info("Sent {} tracking reminders", sent);
                    }
                });
    }
}
