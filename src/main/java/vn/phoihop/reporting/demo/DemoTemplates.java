package vn.phoihop.reporting.demo;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.phoihop.organization.Organizations;

/**
 * Writes the two demo templates straight into the template tables (one published version each, valid from
 * 01/01/2024): {@value #COORDINATION} (monthly, "Đánh giá kết quả phối hợp") and {@value #PARTY_WORK} (quarterly,
 * "Thống kê công tác đảng", with party members by sex and the rule "kết nạp ≤ quần chúng ưu tú"). Both follow Nghị
 * định 09/2019: data to the 14th, due on the 25th of the period's last month, locked ten days later. Indicator codes
 * are unique across templates ({@code PH_…}, {@code CTD_…}).
 */
@Component
class DemoTemplates {

    static final String COORDINATION = "PH_KQPH";

    static final String PARTY_WORK = "CTD_TK";

    static final LocalDate VALID_FROM = LocalDate.of(2024, 1, 1);

    /** The disaggregation by sex: reused when the template designer already registered it. */
    static final String SEX = "GIOI_TINH";

    private final JdbcClient jdbc;
    private final Organizations organizations;

    DemoTemplates(JdbcClient jdbc, Organizations organizations) {
        this.jdbc = jdbc;
        this.organizations = organizations;
    }

    boolean present() {
        return jdbc.sql("SELECT count(*) FROM report_template WHERE code = :c").param("c", COORDINATION)
                .query(Integer.class).single() > 0;
    }

    /** Creates the monthly coordination template; its id. */
    long coordination() {
        long template = template(COORDINATION, "Đánh giá kết quả phối hợp", "Báo cáo hằng tháng của công an các tỉnh,"
                + " thành phố về kết quả thực hiện Quy chế phối hợp số 90-QĐ/TW (dữ liệu minh họa).", "MONTHLY");
        long version = version(template);
        long activities = section(version, 1, "I. Hoạt động phối hợp");
        indicator(version, activities, 1, "PH_HOP_GIAO_BAN", "Số cuộc họp giao ban phối hợp", "NUMBER", "cuộc", true,
                0, null, null, "SUM", null);
        indicator(version, activities, 2, "PH_VAN_BAN", "Số văn bản phối hợp ban hành", "NUMBER", "văn bản", true, 0,
                null, null, "SUM", null);
        indicator(version, activities, 3, "PH_VU_VIEC", "Số vụ việc phối hợp giải quyết", "NUMBER", "vụ việc", true, 0,
                null, null, "SUM", null);
        indicator(version, activities, 4, "PH_KIEM_TRA", "Số cuộc kiểm tra, giám sát phối hợp", "NUMBER", "cuộc",
                false, 0, null, null, "SUM", null);
        indicator(version, activities, 5, "PH_TIN_BAI", "Số tin, bài tuyên truyền về công tác phối hợp", "NUMBER",
                "tin, bài", false, 0, null, null, "SUM", null);
        indicator(version, activities, 6, "PH_NGAY_GIAO_BAN", "Ngày họp giao ban phối hợp gần nhất", "DATE", null,
                false, null, null, null, "NONE", null);
        long results = section(version, 2, "II. Kết quả và đánh giá");
        indicator(version, results, 7, "PH_TY_LE_HOAN_THANH", "Tỷ lệ nhiệm vụ phối hợp hoàn thành", "PERCENTAGE",
                "%", true, 0, 100, null, "AVERAGE", null);
        indicator(version, results, 8, "PH_DANH_GIA", "Đánh giá chung kết quả phối hợp", "CHOICE", null, true, null,
                null, List.of("Tốt", "Khá", "Trung bình", "Yếu"), "NONE", null);
        indicator(version, results, 9, "PH_NHAN_XET", "Nhận xét, kiến nghị", "TEXT", null, false, null, null, null,
                "NONE", null);
        return template;
    }

    /** Creates the quarterly party-work statistics template; its id. */
    long partyWork() {
        long template = template(PARTY_WORK, "Thống kê công tác đảng", "Báo cáo hằng quý của đảng ủy công an các tỉnh,"
                + " thành phố về đảng viên, kết nạp đảng viên và tổ chức cơ sở đảng (dữ liệu minh họa).", "QUARTERLY");
        long version = version(template);
        long sex = sexDisaggregation();
        long members = section(version, 1, "I. Đảng viên");
        indicator(version, members, 1, "CTD_DANG_VIEN", "Tổng số đảng viên", "NUMBER", "đảng viên", true, 0, null, null,
                "SUM", sex);
        indicator(version, members, 2, "CTD_QUAN_CHUNG", "Số quần chúng ưu tú được xem xét kết nạp", "NUMBER", "người",
                true, 0, null, null, "SUM", null);
        indicator(version, members, 3, "CTD_KET_NAP", "Số đảng viên mới kết nạp", "NUMBER", "đảng viên", true, 0, null,
                null, "SUM", null);
        indicator(version, members, 4, "CTD_KY_LUAT", "Số đảng viên bị xử lý kỷ luật", "NUMBER", "đảng viên", false, 0,
                null, null, "SUM", null);
        long organisations = section(version, 2, "II. Tổ chức cơ sở đảng");
        indicator(version, organisations, 5, "CTD_CHI_BO", "Số chi bộ trực thuộc", "NUMBER", "chi bộ", true, 0, null,
                null, "SUM", null);
        indicator(version, organisations, 6, "CTD_CHI_BO_TOT", "Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ", "PERCENTAGE",
                "%", false, 0, 100, null, "AVERAGE", null);
        indicator(version, organisations, 7, "CTD_GHI_CHU", "Ghi chú", "TEXT", null, false, null, null, null, "NONE",
                null);
        jdbc.sql("""
                INSERT INTO report_rule (version_id, position, left_code, operator, right_code, message)
                VALUES (:v, 1, 'CTD_KET_NAP', '<=', 'CTD_QUAN_CHUNG', :m)
                """).param("v", version).param("m", "Số đảng viên mới kết nạp không được lớn hơn số quần chúng ưu tú"
                + " được xem xét kết nạp.").update();
        return template;
    }

    /** The codes of the sex disaggregation's options, in order. */
    List<String> sexOptions() {
        return jdbc.sql("SELECT o.code FROM report_disaggregation_option o JOIN report_disaggregation d"
                + " ON d.id = o.disaggregation_id WHERE d.code = :c ORDER BY o.position").param("c", SEX)
                .query(String.class).list();
    }

    private long sexDisaggregation() {
        jdbc.sql("INSERT INTO report_disaggregation (code, name) VALUES (:c, 'Giới tính') ON CONFLICT (code) DO NOTHING")
                .param("c", SEX).update();
        long id = jdbc.sql("SELECT id FROM report_disaggregation WHERE code = :c").param("c", SEX).query(Long.class)
                .single();
        boolean options = jdbc.sql("SELECT count(*) FROM report_disaggregation_option WHERE disaggregation_id = :d")
                .param("d", id).query(Integer.class).single() > 0;
        if (!options) {
            jdbc.sql("INSERT INTO report_disaggregation_option (disaggregation_id, code, name, position)"
                    + " VALUES (:d, 'NAM', 'Nam', 1), (:d, 'NU', 'Nữ', 2)").param("d", id).update();
        }
        return id;
    }

    private long template(String code, String name, String description, String frequency) {
        long owner = organizations.findByCode("CTDCT").orElseThrow().id();
        return jdbc.sql("""
                INSERT INTO report_template (code, name, name_folded, description, frequency, owner_id, cutoff_day,
                                             due_day, lock_after_days, reminder_days, created_by)
                VALUES (:code, :name, :folded, :description, :frequency, :owner, 14, 25, 10, '{-3,1}', 'system')
                RETURNING id
                """).param("code", code).param("name", name)
                .param("folded", vn.phoihop.platform.Texts.fold(name)).param("description", description)
                .param("frequency", frequency).param("owner", owner).query(Long.class).single();
    }

    private long version(long template) {
        return jdbc.sql("""
                INSERT INTO report_template_version (template_id, number, status, valid_from, published_by, published_at)
                VALUES (:t, 1, 'PUBLISHED', :from, 'system', :from::timestamptz) RETURNING id
                """).param("t", template).param("from", VALID_FROM).query(Long.class).single();
    }

    private long section(long version, int position, String title) {
        return jdbc.sql("INSERT INTO report_section (version_id, position, title) VALUES (:v, :p, :t) RETURNING id")
                .param("v", version).param("p", position).param("t", title).query(Long.class).single();
    }

    private void indicator(long version, long section, int position, String code, String name, String type,
            String unit, boolean required, Integer min, Integer max, List<String> choices, String aggregation,
            Long disaggregation) {
        jdbc.sql("""
                INSERT INTO report_indicator (version_id, section_id, position, code, name, value_type, unit, required,
                                              min_value, max_value, choices, aggregation, disaggregation_id)
                VALUES (:v, :s, :p, :code, :name, :type, :unit, :required, :min, :max, :choices, :aggregation, :d)
                """).param("v", version).param("s", section).param("p", position).param("code", code)
                .param("name", name).param("type", type).param("unit", unit).param("required", required)
                .param("min", min).param("max", max)
                .param("choices", choices == null ? null : choices.toArray(String[]::new))
                .param("aggregation", aggregation).param("d", disaggregation).update();
    }
}
