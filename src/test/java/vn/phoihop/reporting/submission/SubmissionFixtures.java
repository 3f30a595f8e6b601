package vn.phoihop.reporting.submission;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.platform.VietnamTime;
import vn.phoihop.reporting.ReportingFixtures;
import vn.phoihop.support.Fixtures;

/**
 * Test data of the submission and review packages, committed in transactions of their own and found again when they
 * exist (the access matrix creates its targets before every case): a template of every value type with a
 * disaggregated indicator and a cross-field rule, periods whose due and lock dates lie where a test needs them
 * relative to today, lock exceptions, submitted reports, and users.
 */
@Component
public class SubmissionFixtures {

    /** The calendar month every fixture period covers (organisations in force then: today's 34 provinces). */
    static final LocalDate STARTS = LocalDate.of(2026, 1, 1);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Fixtures fixtures;
    private final ReportingFixtures reporting;

    SubmissionFixtures(JdbcClient jdbc, PlatformTransactionManager transactionManager, Fixtures fixtures,
            ReportingFixtures reporting) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.fixtures = fixtures;
        this.reporting = reporting;
    }

    /**
     * A template {@code code} (found if it exists): {@code code_N} members admitted (number ≥ 0, required),
     * {@code code_C} candidates (number, required), rule N ≤ C; {@code code_P} percentage; {@code code_T} text;
     * {@code code_K} choice (Tốt, Khá, Trung bình); {@code code_D} date; {@code code_S} a number by sex (nam, nu).
     *
     * @return the template's id
     */
    public long template(String code) {
        Long existing = jdbc.sql("SELECT id FROM report_template WHERE code = :c").param("c", code).query(Long.class)
                .optional().orElse(null);
        if (existing != null) {
            return existing;
        }
        return transactions.execute(s -> {
            long owner = jdbc.sql("SELECT id FROM organization WHERE code = 'CTDCT'").query(Long.class).single();
            long template = jdbc.sql("INSERT INTO report_template (code, name, name_folded, frequency, owner_id, due_day,"
                    + " lock_after_days, created_by) VALUES (:c, :n, lower(:c), 'MONTHLY', :o, 25, 10, 'test')"
                    + " RETURNING id").param("c", code).param("n", "Mẫu kiểm thử " + code).param("o", owner)
                    .query(Long.class).single();
            long version = jdbc.sql("INSERT INTO report_template_version (template_id, number, status, valid_from,"
                    + " published_by, published_at) VALUES (:t, 1, 'PUBLISHED', DATE '2020-01-01', 'test', now())"
                    + " RETURNING id").param("t", template).query(Long.class).single();
            long section = jdbc.sql("INSERT INTO report_section (version_id, position, title) VALUES (:v, 1,"
                    + " 'Kết quả phối hợp') RETURNING id").param("v", version).query(Long.class).single();
            long sex = jdbc.sql("INSERT INTO report_disaggregation (code, name) VALUES (:c, 'Giới tính') RETURNING id")
                    .param("c", code + "_SEX").query(Long.class).single();
            jdbc.sql("INSERT INTO report_disaggregation_option VALUES (:d, 'nam', 'Nam', 1), (:d, 'nu', 'Nữ', 2)")
                    .param("d", sex).update();
            indicator(version, section, 1, code + "_N", "Đảng viên mới kết nạp", "NUMBER", true, 0, null, null);
            indicator(version, section, 2, code + "_C", "Quần chúng ưu tú được xem xét", "NUMBER", true, 0, null, null);
            indicator(version, section, 3, code + "_P", "Tỷ lệ hoàn thành", "PERCENTAGE", false, null, null, null);
            indicator(version, section, 4, code + "_T", "Nhận xét", "TEXT", false, null, null, null);
            indicator(version, section, 5, code + "_K", "Xếp loại", "CHOICE", false, null, null, null);
            indicator(version, section, 6, code + "_D", "Ngày họp giao ban", "DATE", false, null, null, null);
            indicator(version, section, 7, code + "_S", "Lượt cán bộ tham gia", "NUMBER", false, 0, 1000, sex);
            jdbc.sql("UPDATE report_indicator SET choices = ARRAY['Tốt', 'Khá', 'Trung bình'] WHERE version_id = :v"
                    + " AND code = :c").param("v", version).param("c", code + "_K").update();
            jdbc.sql("INSERT INTO report_rule (version_id, position, left_code, operator, right_code, message)"
                    + " VALUES (:v, 1, :l, '<=', :r, :m)").param("v", version).param("l", code + "_N")
                    .param("r", code + "_C").param("m", "Số đảng viên mới kết nạp không vượt quá số quần chúng ưu tú"
                            + " được xem xét").update();
            return template;
        });
    }

    private void indicator(long version, long section, int position, String code, String name, String type,
            boolean required, Integer min, Integer max, Long disaggregation) {
        jdbc.sql("INSERT INTO report_indicator (version_id, section_id, position, code, name, value_type, required,"
                + " min_value, max_value, aggregation, disaggregation_id) VALUES (:v, :s, :p, :c, :n, :t, :r, :min,"
                + " :max, :agg, :d)").param("v", version).param("s", section).param("p", position).param("c", code)
                .param("n", name).param("t", type).param("r", required).param("min", min).param("max", max)
                .param("agg", type.equals("NUMBER") || type.equals("PERCENTAGE") ? "SUM" : "NONE")
                .param("d", disaggregation).update();
    }

    /**
     * Period {@code code} of {@code template} (found if it exists) covering January 2026, due and locked on the days
     * given (relative to today as the test needs).
     */
    public long period(long template, String code, LocalDate dueOn, LocalDate lockedOn) {
        Long existing = jdbc.sql("SELECT id FROM report_period WHERE template_id = :t AND code = :c")
                .param("t", template).param("c", code).query(Long.class).optional().orElse(null);
        if (existing != null) {
            return existing;
        }
        return transactions.execute(s -> jdbc.sql("INSERT INTO report_period (template_id, code, name, starts_on,"
                + " ends_on, data_from, data_to, due_on, locked_on) VALUES (:t, :c, :n, :start, :end, :start, :end,"
                + " :due, :locked) RETURNING id").param("t", template).param("c", code).param("n", "Kỳ thử " + code)
                .param("start", STARTS).param("end", STARTS.plusMonths(1).minusDays(1)).param("due", dueOn)
                .param("locked", lockedOn).query(Long.class).single());
    }

    /** A period due in ten days, locked in twenty (neither late nor locked today). */
    public long openPeriod(long template, String code) {
        LocalDate today = VietnamTime.today();
        return period(template, code, today.plusDays(10), today.plusDays(20));
    }

    /** Assigns {@code template} to the organisation {@code orgCode} from 2020 on, unless it already is. */
    public void assign(long template, String orgCode) {
        boolean assigned = jdbc.sql("SELECT count(*) > 0 FROM report_assignment a JOIN organization o"
                + " ON o.id = a.organization_id WHERE a.template_id = :t AND o.code = :c").param("t", template)
                .param("c", orgCode).query(Boolean.class).single();
        if (!assigned) {
            reporting.assign(template, orgCode, LocalDate.of(2020, 1, 1));
        }
    }

    /** Lets {@code orgCode} submit {@code period} after its lock date until {@code until}. */
    public void lockException(long period, String orgCode, LocalDate until) {
        transactions.execute(s -> jdbc.sql("INSERT INTO report_lock_exception (period_id, organization_id, until,"
                + " reason, granted_by) VALUES (:p, (SELECT id FROM organization WHERE code = :c), :u, 'Thử', 'test')"
                + " ON CONFLICT (period_id, organization_id) DO UPDATE SET until = EXCLUDED.until")
                .param("p", period).param("c", orgCode).param("u", until).update());
    }

    /** The user {@code username} in {@code orgCode} with {@code role} (created on first use). */
    public CurrentUser user(String username, String orgCode, Role role) {
        return Fixtures.principal(fixtures.user(username, orgCode, role));
    }

    /**
     * Access-matrix targets: a SUBMITTED (not accepted) report of Công an tỉnh Bắc Ninh (own) and one of Công an
     * thành phố Hà Nội (other), created once.
     */
    public long[] matrixTargets() {
        long template = template("RSM");
        assign(template, "T20-CA");
        assign(template, "T01-CA");
        long period = openPeriod(template, "matrix");
        return new long[] { submitted(period, "T20-CA"), submitted(period, "T01-CA") };
    }

    /** A SUBMITTED report of {@code orgCode} for {@code period} (found if it exists), written straight into V28. */
    public long submitted(long period, String orgCode) {
        long org = org(orgCode);
        Long existing = jdbc.sql("SELECT id FROM report_submission WHERE period_id = :p AND organization_id = :o")
                .param("p", period).param("o", org).query(Long.class).optional().orElse(null);
        if (existing != null) {
            return existing;
        }
        return transactions.execute(s -> jdbc.sql("INSERT INTO report_submission (period_id, template_version_id,"
                + " organization_id, status, first_submitted_at, submitted_at, submitted_by, created_by)"
                + " SELECT p.id, v.id, :o, 'SUBMITTED', now(), now(), 'test', 'test' FROM report_period p"
                + " JOIN report_template_version v ON v.template_id = p.template_id WHERE p.id = :p RETURNING id")
                .param("p", period).param("o", org).query(Long.class).single());
    }

    /** The id of the organisation with {@code code}. */
    public long org(String code) {
        return jdbc.sql("SELECT id FROM organization WHERE code = :c").param("c", code).query(Long.class).single();
    }
}
