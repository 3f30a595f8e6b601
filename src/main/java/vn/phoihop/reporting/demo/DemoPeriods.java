package vn.phoihop.reporting.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo templates' periods from January 2024 to the period that contains today (the last full months and the
 * current one, still open), with the Nghị định 09/2019 windows: data from the 15th of the month before the period's
 * last month to the 14th of that month, due on the 25th of that month, locked ten days later.
 */
@Component
class DemoPeriods {

    static final YearMonth FIRST = YearMonth.of(2024, 1);

    private static final String[] ROMAN = { "I", "II", "III", "IV" };

    private final JdbcClient jdbc;

    DemoPeriods(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Monthly periods up to the month of {@code today}; their ids, oldest first. */
    List<Long> monthly(long template, LocalDate today) {
        List<Long> ids = new ArrayList<>();
        for (YearMonth m = FIRST; !m.isAfter(YearMonth.from(today)); m = m.plusMonths(1)) {
            ids.add(insert(template, m.toString(), "Tháng %02d/%d".formatted(m.getMonthValue(), m.getYear()),
                    m.atDay(1), m));
        }
        return ids;
    }

    /** Quarterly periods up to the quarter of {@code today}; their ids, oldest first. */
    List<Long> quarterly(long template, LocalDate today) {
        List<Long> ids = new ArrayList<>();
        for (YearMonth first = FIRST; !first.isAfter(YearMonth.from(today)); first = first.plusMonths(3)) {
            int quarter = (first.getMonthValue() - 1) / 3;
            YearMonth last = first.plusMonths(2);
            ids.add(insert(template, first.getYear() + "-Q" + (quarter + 1),
                    "Quý " + ROMAN[quarter] + "/" + first.getYear(), first.atDay(1), last));
        }
        return ids;
    }

    private long insert(long template, String code, String name, LocalDate start, YearMonth last) {
        LocalDate due = last.atDay(25);
        return jdbc.sql("""
                INSERT INTO report_period (template_id, code, name, starts_on, ends_on, data_from, data_to, due_on,
                                           locked_on)
                VALUES (:t, :code, :name, :start, :end, :dataFrom, :dataTo, :due, :locked) RETURNING id
                """).param("t", template).param("code", code).param("name", name).param("start", start)
                .param("end", last.atEndOfMonth()).param("dataFrom", start.minusMonths(1).withDayOfMonth(15))
                .param("dataTo", last.atDay(14)).param("due", due).param("locked", due.plusDays(10))
                .query(Long.class).single();
    }
}
