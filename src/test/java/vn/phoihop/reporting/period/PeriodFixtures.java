package vn.phoihop.reporting.period;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Calendar test data written into the schema and committed on its own: templates of any frequency (with one
 * published version, no indicators), periods, assignments, exceptions; and the access matrix's targets. Codes must
 * be unique per test.
 */
@Component
public class PeriodFixtures {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    PeriodFixtures(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The template {@code code} of {@code frequency} (created on first use, owned by the central staff agency,
     * Nghị định 09/2019 window, due on the 25th, locked 10 days later, version 1 published from 2020).
     */
    public long template(String code, String frequency) {
        return transactions.execute(s -> jdbc.sql("SELECT id FROM report_template WHERE code = :code")
                .param("code", code).query(Long.class).optional().orElseGet(() -> {
                    long id = jdbc.sql("""
                            INSERT INTO report_template (code, name, name_folded, frequency, owner_id, cutoff_day,
                                                         due_day, lock_after_days, created_by)
                            VALUES (:code, :name, lower(:code), :frequency,
                                    (SELECT id FROM organization WHERE code = 'CTDCT'), 14, 25, 10, 'test')
                            RETURNING id
                            """).param("code", code).param("name", "Mẫu lịch " + code).param("frequency", frequency)
                            .query(Long.class).single();
                    jdbc.sql("INSERT INTO report_template_version (template_id, number, status, valid_from)"
                            + " VALUES (:t, 1, 'PUBLISHED', DATE '2020-01-01')").param("t", id).update();
                    return id;
                }));
    }

    /** The period {@code code} of the template (created on first use) with these days, due and lock dates. */
    public long period(long template, String code, LocalDate start, LocalDate end, LocalDate due, LocalDate locked) {
        return transactions.execute(s -> jdbc.sql("""
                INSERT INTO report_period (template_id, code, name, starts_on, ends_on, data_from, data_to, due_on,
                                           locked_on)
                VALUES (:t, :code, :code, :start, :end, :start, :end, :due, :locked)
                ON CONFLICT (template_id, code) DO UPDATE SET name = EXCLUDED.name RETURNING id
                """).param("t", template).param("code", code).param("start", start).param("end", end)
                .param("due", due).param("locked", locked).query(Long.class).single());
    }

    /** An exception for the organisation with {@code orgCode} (created on first use). */
    public long exception(long period, String orgCode, LocalDate until) {
        return transactions.execute(s -> jdbc.sql("""
                INSERT INTO report_lock_exception (period_id, organization_id, until, reason, granted_by)
                VALUES (:p, (SELECT id FROM organization WHERE code = :org), :until, 'Lý do thử', 'test')
                ON CONFLICT (period_id, organization_id) DO UPDATE SET until = EXCLUDED.until RETURNING id
                """).param("p", period).param("org", orgCode).param("until", until).query(Long.class).single());
    }

    /** An open assignment of the template to the organisation with {@code orgCode} from 2024 (created on first use). */
    public long assignment(long template, String orgCode) {
        return transactions.execute(s -> jdbc.sql("SELECT a.id FROM report_assignment a JOIN organization o"
                + " ON o.id = a.organization_id WHERE a.template_id = :t AND o.code = :org ORDER BY a.id LIMIT 1")
                .param("t", template).param("org", orgCode).query(Long.class).optional().orElseGet(() -> jdbc.sql("""
                        INSERT INTO report_assignment (template_id, organization_id, valid_from, created_by)
                        VALUES (:t, (SELECT id FROM organization WHERE code = :org), DATE '2024-01-01', 'test')
                        RETURNING id""").param("t", template).param("org", orgCode).query(Long.class).single()));
    }

    /**
     * The access matrix's calendar targets, own (Bắc Ninh) and other (Hà Nội): {@code {ptemplate}} a monthly template
     * assigned to both provincial police forces, {@code {pperiod}} a locked period of it, {@code {pexception}} an
     * exception of that period for each force, {@code {passignment}} each force's assignment.
     */
    public Map<String, long[]> matrixTargets() {
        long template = template("MX-PERIOD", "MONTHLY");
        long period = period(template, "2025-01", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31),
                LocalDate.of(2025, 1, 25), LocalDate.of(2025, 2, 4));
        Map<String, long[]> targets = new LinkedHashMap<>();
        targets.put("{ptemplate}", new long[] { template, template });
        targets.put("{pperiod}", new long[] { period, period });
        targets.put("{passignment}", new long[] { assignment(template, "T20-CA"), assignment(template, "T01-CA") });
        targets.put("{pexception}", new long[] { exception(period, "T20-CA", LocalDate.of(2025, 3, 1)),
                exception(period, "T01-CA", LocalDate.of(2025, 3, 1)) });
        return targets;
    }
}
