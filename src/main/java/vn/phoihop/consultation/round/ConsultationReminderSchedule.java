package vn.phoihop.consultation.round;

import java.time.LocalTime;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.phoihop.platform.VietnamTime;

/**
 * Daily at 07:00 Vietnam time, on one instance at a time across all instances sharing the database (db-scheduler):
 * sends the consultation reminders due today ({@link ConsultationReminders}); a run with nothing due changes nothing.
 */
@Configuration(proxyBeanMethods = false)
class ConsultationReminderSchedule {

    private static final Logger log = LoggerFactory.getLogger(ConsultationReminderSchedule.class);

    @Bean
    RecurringTask<Void> consultationRemindersTask(ConsultationReminders reminders) {
        return Tasks.recurring("consultation-reminders", Schedules.daily(VietnamTime.ZONE, LocalTime.of(7, 0)))
                .execute((instance, context) -> {
                    int sent = reminders.send(VietnamTime.today()).size();
                    if (sent > 0) {
                        log.info("Sent {} consultation reminders", sent);
                    }
                });
    }
}
