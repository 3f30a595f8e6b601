package vn.phoihop.reporting.completeness;

import java.time.LocalDate;

/** A period's completeness over the expected reporters within the reader's scope. */
public record PeriodRow(long periodId, String code, String name, LocalDate endsOn, LocalDate dueOn, Counts counts) {
}
