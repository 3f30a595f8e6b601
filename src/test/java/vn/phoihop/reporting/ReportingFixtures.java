package vn.phoihop.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reporting test data written straight into the schema (V28), committed in its own transaction, for tests of any
 * reporting package: a monthly template with one published version, numeric indicators, monthly periods and dated
 * assignments. Codes must be unique per test (tests share one database with the demo data). A package that needs
 * more builds it in its own fixture class, not here.
 */
@Component
public class ReportingFixtures {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    ReportingFixtures(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A template created by this fixture. */
    public record TestTemplate(long id, String code, long versionId, List<String> indicatorCodes) {
    }

    /**
     * A monthly template {@code code}, owned by the central staff agency, with one version published from
     * {@code validFrom}, one section and {@code indicators} NUMBER indicators summed in roll-ups, coded
     * {@code code + "_1"} ... (due on the 25th, locked 10 days later, reminders 3 days before and 1 after).
     */
    public TestTemplate monthlyTemplate(String code, LocalDate validFrom, int indicators) {
        return transactions.execute(s -> {
            long owner = jdbc.sql("SELECT id FROM organization WHERE code = 'CTDCT'").query(Long.class).single();
            long template = jdbc.sql("""
                    INSERT INTO report_template (code, name, name_folded, frequency, owner_id, cutoff_day, due_day,
                                                 lock_after_days, created_by)
                    VALUES (:code, :name, lower(:code), 'MONTHLY', :owner, 14, 25, 10, 'test') RETURNING id
                    """).param("code", code).param("name", "Mẫu thử " + code).param("owner", owner)
                    .query(Long.class).single();
            long version = jdbc.sql("""
                    INSERT INTO report_template_version (template_id, number, status, valid_from, published_by,
                                                         published_at)
                    VALUES (:t, 1, 'PUBLISHED', :from, 'test', now()) RETURNING id
                    """).param("t", template).param("from", validFrom).query(Long.class).single();
            long section = jdbc.sql("INSERT INTO report_section (version_id, position, title) VALUES (:v, 1, 'Phần I')"
                    + " RETURNING id").param("v", version).query(Long.class).single();
            List<String> codes = new ArrayList<>();
            for (int i = 1; i <= indicators; i++) {
                String indicator = code + "_" + i;
                codes.add(indicator);
                jdbc.sql("""
                        INSERT INTO report_indicator (version_id, section_id, position, code, name, value_type, unit,
                                                      required, min_value, aggregation)
                        VALUES (:v, :s, :p, :code, :name, 'NUMBER', 'lượt', TRUE, 0, 'SUM')
                        """).param("v", version).param("s", section).param("p", i).param("code", indicator)
                        .param("name", "Chỉ tiêu " + i).update();
            }
            return new TestTemplate(template, code, version, codes);
        });
    }

    /**
     * Monthly periods of {@code template} from {@code from} to {@code to} (inclusive), coded {@code yyyy-MM}, with the
     * Nghị định 09/2019 window, due on the 25th, locked 10 days later; their ids in order.
     */
    public List<Long> monthlyPeriods(long template, YearMonth from, YearMonth to) {
        return transactions.execute(s -> {
            List<Long> ids = new ArrayList<>();
            for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
                LocalDate due = m.atDay(25);
                ids.add(jdbc.sql("""
                        INSERT INTO report_period (template_id, code, name, starts_on, ends_on, data_from, data_to,
                                                   due_on, locked_on)
                        VALUES (:t, :code, :name, :start, :end, :dataFrom, :dataTo, :due, :locked) RETURNING id
                        """).param("t", template).param("code", m.toString())
                        .param("name", "Tháng %02d/%d".formatted(m.getMonthValue(), m.getYear()))
                        .param("start", m.atDay(1)).param("end", m.atEndOfMonth())
                        .param("dataFrom", m.minusMonths(1).atDay(15)).param("dataTo", m.atDay(14))
                        .param("due", due).param("locked", due.plusDays(10)).query(Long.class).single());
            }
            return ids;
        });
    }

    /** Assigns {@code template} to the organisation with {@code orgCode} from {@code from}, open-ended. */
    public long assign(long template, String orgCode, LocalDate from) {
        return transactions.execute(s -> jdbc.sql("""
                INSERT INTO report_assignment (template_id, organization_id, valid_from, created_by)
                VALUES (:t, (SELECT id FROM organization WHERE code = :org), :from, 'test') RETURNING id
                """).param("t", template).param("org", orgCode).param("from", from).query(Long.class).single());
    }
}
