package vn.phoihop.reporting.period;

import java.time.LocalDate;

/**
 * A period as the rules compute it, before it is stored (report_period without its id and template).
 *
 * @param code {@code 2024-01}, {@code 2024-Q1}, {@code 2024-H1}, {@code 2024}, or an ad hoc period's own code
 * @param name the Vietnamese name, e.g. "Tháng 01/2024", "Quý I/2024"
 * @param startsOn first day of the calendar period
 * @param endsOn last day of the calendar period (the day whose hierarchy the reports count in)
 * @param dataFrom first day of the data's cut-off window
 * @param dataTo last day of the data's cut-off window
 * @param dueOn the report is late after this day
 * @param lockedOn from this day on submitting needs an exception; {@code null}: never locked
 */
public record PeriodPlan(String code, String name, LocalDate startsOn, LocalDate endsOn, LocalDate dataFrom,
        LocalDate dataTo, LocalDate dueOn, LocalDate lockedOn) {
}
