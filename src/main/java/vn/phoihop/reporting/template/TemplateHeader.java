package vn.phoihop.reporting.template;

import java.util.List;

/**
 * A template's settings (report_template): how often it is reported, its deadlines and who sees what.
 *
 * @param ownerId the organisation that designs it and receives the provinces' reports
 * @param cutoffDay the last day of the data window in the period's last month (14: Nghị định 09/2019), or
 *        {@code null} for the calendar period
 * @param dueDay day of the period's last month (plus {@code dueOffsetMonths}) the report is due
 * @param lockAfterDays days after the due date from which submitting needs an exception; {@code null}: never
 * @param unacceptedVisible whether levels above the reviewer see submissions before they are accepted
 * @param reminderDays days relative to the due date (negative before) on which reminders go out
 */
public record TemplateHeader(long id, String code, String name, String description, Frequency frequency, long ownerId,
        Integer cutoffDay, int dueDay, int dueOffsetMonths, Integer lockAfterDays, boolean unacceptedVisible,
        List<Integer> reminderDays, boolean active, long version) {

    public TemplateHeader {
        reminderDays = List.copyOf(reminderDays);
    }
}
