package vn.phoihop.reporting.template;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.platform.Texts;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.VietnameseOrder;

/**
 * Reads templates and their versions for the rest of the module (submission forms, periods, roll-ups, imports).
 * Checks no user: the callers decide who may see what. A version is read with its sections, indicators,
 * disaggregation options and rules in four queries.
 */
@Service
@Transactional(readOnly = true)
public class TemplateCatalog {

    static final String HEADER_COLUMNS = "t.id, t.code, t.name, t.description, t.frequency, t.owner_id, t.cutoff_day,"
            + " t.due_day, t.due_offset_months, t.lock_after_days, t.unaccepted_visible, t.reminder_days, t.active,"
            + " t.version";

    static final String VERSION_COLUMNS = "id, template_id, number, status, valid_from, valid_to, published_by,"
            + " published_at, version";

    private final JdbcClient jdbc;

    /**
     * Content of published versions, by id and publication time (immutable once published, see {@link #version};
     * the time in the key keeps a publication that was rolled back and done again from meeting the first one's).
     */
    private final Map<String, Content> published = new java.util.concurrent.ConcurrentHashMap<>();

    TemplateCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<TemplateHeader> find(long templateId) {
        return jdbc.sql("SELECT " + HEADER_COLUMNS + " FROM report_template t WHERE t.id = :id").param("id", templateId)
                .query(TemplateCatalog::header).optional();
    }

    public Optional<TemplateHeader> findByCode(String code) {
        return jdbc.sql("SELECT " + HEADER_COLUMNS + " FROM report_template t WHERE t.code = :code")
                .param("code", code).query(TemplateCatalog::header).optional();
    }

    /** Every template, active first, by name. */
    public List<TemplateHeader> all() {
        return jdbc.sql("SELECT " + HEADER_COLUMNS + " FROM report_template t ORDER BY t.active DESC, t.name")
                .query(TemplateCatalog::header).list();
    }

    /**
     * Templates whose name or code contains {@code text} (diacritics and case ignored), of {@code frequency} when
     * given; active first, by name.
     */
    public List<TemplateHeader> search(String text, Frequency frequency) {
        String folded = Texts.fold(text);
        return jdbc.sql("SELECT " + HEADER_COLUMNS + " FROM report_template t WHERE (:text = ''"
                + " OR strpos(t.name_folded, :text) > 0 OR strpos(lower(t.code), :text) > 0)"
                + " AND (CAST(:frequency AS VARCHAR) IS NULL OR t.frequency = :frequency)"
                + " ORDER BY t.active DESC, " + VietnameseOrder.collate("t.name") + ", t.id")
                .param("text", folded).param("frequency", frequency == null ? null : frequency.name())
                .query(TemplateCatalog::header).list();
    }

    /** A template's versions, newest first. */
    public List<VersionSummary> versions(long templateId) {
        return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM report_template_version WHERE template_id = :t"
                + " ORDER BY number DESC").param("t", templateId).query(TemplateCatalog::summary).list();
    }

    /** The versions of these templates, newest first, in one query. */
    public Map<Long, List<VersionSummary>> versions(java.util.Collection<Long> templateIds) {
        Map<Long, List<VersionSummary>> byTemplate = new LinkedHashMap<>();
        if (templateIds.isEmpty()) {
            return byTemplate;
        }
        jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM report_template_version WHERE template_id = ANY(CAST(:t AS BIGINT[]))"
                + " ORDER BY template_id, number DESC").param("t", templateIds.toArray(Long[]::new))
                .query(TemplateCatalog::summary).list()
                .forEach(v -> byTemplate.computeIfAbsent(v.templateId(), k -> new ArrayList<>()).add(v));
        return byTemplate;
    }

    /** The template's draft version, if it has one (at most one). */
    public Optional<VersionSummary> draft(long templateId) {
        return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM report_template_version WHERE template_id = :t"
                + " AND status = 'DRAFT'").param("t", templateId).query(TemplateCatalog::summary).optional();
    }

    /** The disaggregations a designer may choose, with their options, by name. */
    public List<Disaggregation> disaggregations() {
        Map<Long, List<Indicator.Option>> options = new LinkedHashMap<>();
        jdbc.sql("SELECT disaggregation_id, code, name FROM report_disaggregation_option ORDER BY disaggregation_id,"
                + " position").query(rs -> {
                    options.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Indicator.Option(rs.getString(2), rs.getString(3)));
                });
        return jdbc.sql("SELECT id, code, name FROM report_disaggregation ORDER BY name, id")
                .query((rs, n) -> new Disaggregation(rs.getLong(1), rs.getString(2), rs.getString(3),
                        options.getOrDefault(rs.getLong(1), List.of())))
                .list();
    }

    /** The disaggregation of the indicator {@code code} in version {@code versionId}, if it has one. */
    public Optional<Long> disaggregationOf(long versionId, String code) {
        return jdbc.sql("SELECT disaggregation_id FROM report_indicator WHERE version_id = :v AND code = :c"
                + " AND disaggregation_id IS NOT NULL").param("v", versionId).param("c", code).query(Long.class)
                .optional();
    }

    /** The template of the indicator with this code (codes are unique across templates). */
    public Optional<TemplateHeader> findByIndicator(String indicatorCode) {
        return jdbc.sql("SELECT " + HEADER_COLUMNS + " FROM report_template t WHERE t.id = (SELECT v.template_id"
                + " FROM report_indicator i JOIN report_template_version v ON v.id = i.version_id"
                + " WHERE i.code = :code ORDER BY v.number DESC LIMIT 1)").param("code", indicatorCode)
                .query(TemplateCatalog::header).optional();
    }

    /**
     * The published version in force on {@code day} (a period uses the one in force on its first day).
     *
     * @throws UserFacingException (409) when no published version covers that day
     */
    public TemplateVersion versionInForce(long templateId, LocalDate day) {
        return version(versionIdInForce(templateId, day));
    }

    /**
     * The id of the published version in force on {@code day} (one statement, for callers that only store it).
     *
     * @throws UserFacingException (409) when no published version covers that day
     */
    public long versionIdInForce(long templateId, LocalDate day) {
        return jdbc.sql("SELECT id FROM report_template_version WHERE template_id = :t AND status = 'PUBLISHED'"
                + " AND in_force(valid_from, valid_to, :day) ORDER BY number DESC LIMIT 1")
                .param("t", templateId).param("day", day).query(Long.class).optional()
                .orElseThrow(() -> UserFacingException.conflict("reporting.template.noVersion"));
    }

    /**
     * A version with everything a form needs. The sections, indicators and rules of a published version never change
     * (the designer edits only drafts), so they are read once per instance and kept (five statements fewer for every
     * submission: bench/README.md, “Concurrent submissions”); the version's own row (its validity, which a later
     * publication ends) is read every time.
     *
     * @throws UserFacingException (404) for an unknown id
     */
    public TemplateVersion version(long versionId) {
        Map<String, Object> row = jdbc.sql("SELECT template_id, number, valid_from, valid_to, status, published_at"
                + " FROM report_template_version WHERE id = :id").param("id", versionId).query().listOfRows().stream()
                .findFirst().orElseThrow(() -> UserFacingException.notFound("reporting.template.notFound"));
        Content content = "PUBLISHED".equals(row.get("status"))
                ? published.computeIfAbsent(versionId + "@" + row.get("published_at"), k -> content(versionId))
                : content(versionId);
        java.sql.Date to = (java.sql.Date) row.get("valid_to");
        return new TemplateVersion(versionId, ((Number) row.get("template_id")).longValue(),
                ((Number) row.get("number")).intValue(), ((java.sql.Date) row.get("valid_from")).toLocalDate(),
                to == null ? null : to.toLocalDate(), content.sections(), content.rules());
    }

    /** The sections (with their indicators) and rules of a version. */
    private record Content(List<TemplateVersion.Section> sections, List<Rule> rules) {
    }

    private Content content(long versionId) {
        Map<Long, List<Indicator.Option>> options = new LinkedHashMap<>();
        jdbc.sql("SELECT o.disaggregation_id, o.code, o.name FROM report_disaggregation_option o"
                + " WHERE o.disaggregation_id IN (SELECT disaggregation_id FROM report_indicator WHERE version_id = :v)"
                + " ORDER BY o.disaggregation_id, o.position").param("v", versionId).query(rs -> {
                    options.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Indicator.Option(rs.getString(2), rs.getString(3)));
                });
        Map<Long, List<Indicator>> bySection = new LinkedHashMap<>();
        jdbc.sql("SELECT section_id, code, name, value_type, unit, required, min_value, max_value, choices, aggregation,"
                + " disaggregation_id FROM report_indicator WHERE version_id = :v ORDER BY position, id")
                .param("v", versionId).query(rs -> {
                    long disaggregation = rs.getLong("disaggregation_id");
                    bySection.computeIfAbsent(rs.getLong("section_id"), k -> new ArrayList<>()).add(new Indicator(
                            rs.getString("code"), rs.getString("name"), ValueType.valueOf(rs.getString("value_type")),
                            rs.getString("unit"), rs.getBoolean("required"), rs.getBigDecimal("min_value"),
                            rs.getBigDecimal("max_value"), strings(rs.getArray("choices")),
                            Aggregation.valueOf(rs.getString("aggregation")),
                            rs.wasNull() ? List.of() : options.getOrDefault(disaggregation, List.of())));
                });
        List<TemplateVersion.Section> sections = jdbc.sql("SELECT id, title FROM report_section WHERE version_id = :v"
                + " ORDER BY position, id").param("v", versionId)
                .query((rs, n) -> new TemplateVersion.Section(rs.getLong(1), rs.getString(2),
                        bySection.getOrDefault(rs.getLong(1), List.of())))
                .list();
        List<Rule> rules = jdbc.sql("SELECT left_code, operator, right_code, right_constant, message FROM report_rule"
                + " WHERE version_id = :v ORDER BY position, id").param("v", versionId)
                .query((rs, n) -> new Rule(rs.getString(1), rs.getString(2), rs.getString(3),
                        (BigDecimal) rs.getBigDecimal(4), rs.getString(5)))
                .list();
        return new Content(List.copyOf(sections), List.copyOf(rules));
    }

    static VersionSummary summary(ResultSet rs, int n) throws SQLException {
        java.sql.Date to = rs.getDate("valid_to");
        java.sql.Timestamp published = rs.getTimestamp("published_at");
        return new VersionSummary(rs.getLong("id"), rs.getLong("template_id"), rs.getInt("number"),
                rs.getString("status"), rs.getDate("valid_from").toLocalDate(), to == null ? null : to.toLocalDate(),
                rs.getString("published_by"), published == null ? null : published.toInstant(), rs.getLong("version"));
    }

    static TemplateHeader header(ResultSet rs, int n) throws SQLException {
        Integer cutoff = (Integer) rs.getObject("cutoff_day");
        Integer lock = (Integer) rs.getObject("lock_after_days");
        Array days = rs.getArray("reminder_days");
        List<Integer> reminders = days == null ? List.of() : Arrays.asList((Integer[]) days.getArray());
        return new TemplateHeader(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                rs.getString("description"), Frequency.valueOf(rs.getString("frequency")), rs.getLong("owner_id"),
                cutoff, rs.getInt("due_day"), rs.getInt("due_offset_months"), lock, rs.getBoolean("unaccepted_visible"),
                reminders, rs.getBoolean("active"), rs.getLong("version"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
