package vn.phoihop.reporting.template;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.reporting.template.TemplateCommands.EditIndicator;
import vn.phoihop.reporting.template.TemplateCommands.EditRule;
import vn.phoihop.reporting.template.TemplateCommands.EditSection;
import vn.phoihop.reporting.template.TemplateCommands.RemoveIndicator;
import vn.phoihop.reporting.template.TemplateCommands.RemoveRule;
import vn.phoihop.reporting.template.TemplateCommands.SectionAction;

/**
 * Edits a template's draft version: its sections (add, rename, move, remove when empty), indicators (add or change
 * by code, remove when no rule names it) and cross-field rules (add, remove). Each change is checked by the
 * designer's rules ({@link TemplateDesigner#requireDesignerOf}, the draft's version the editor started from), then
 * the input:
 * <ul>
 * <li>codes match {@link TemplateCommands#CODE} and are unique across templates: the same code may appear only in
 * other versions of the same template (stable codes), and there with the same value type;</li>
 * <li>ranges only for numbers and percentages, min ≤ max; a percentage is 0–100 unless told otherwise;</li>
 * <li>choices for a CHOICE only (at least two); aggregation NONE for texts, choices and dates; a disaggregation
 * only for numbers and percentages;</li>
 * <li>rules compare numeric indicators of the same version (or one with a constant).</li>
 * </ul>
 * A refusal changes nothing; every change is audited about the template's owner.
 */
@Service
public class DraftEditor {

    static final int MAX_SECTIONS = 50;
    static final int MAX_INDICATORS = 500;
    static final int MAX_RULES = 200;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final JdbcClient jdbc;
    private final TemplateDesigner designer;
    private final TemplateCatalog catalog;

    DraftEditor(JdbcClient jdbc, TemplateDesigner designer, TemplateCatalog catalog) {
        this.jdbc = jdbc;
        this.designer = designer;
        this.catalog = catalog;
    }

    /** Adds a section at the end ({@code sectionId} blank), or renames one. */
    @Transactional
    public void saveSection(long templateId, EditSection command) {
        Draft draft = open(templateId, command, command.draftVersion());
        String title = DesignInput.required("title", command.title(), 300, "reporting.section.title.required");
        if (command.sectionId() == null) {
            int count = jdbc.sql("SELECT count(*) FROM report_section WHERE version_id = :v").param("v", draft.id())
                    .query(Integer.class).single();
            if (count >= MAX_SECTIONS) {
                throw TemplateRefusal.invalid("title", "reporting.section.tooMany", MAX_SECTIONS);
            }
            jdbc.sql("INSERT INTO report_section (version_id, position, title) VALUES (:v, :p, :title)")
                    .param("v", draft.id()).param("p", count + 1).param("title", title).update();
        }
        else {
            section(draft, command.sectionId(), "sectionId");
            jdbc.sql("UPDATE report_section SET title = :title WHERE id = :id").param("title", title)
                    .param("id", command.sectionId()).update();
        }
        designer.changed(draft.template(), draft.version(), "reporting.section.saved");
    }

    /** Moves a section one place up or down (nothing happens at either end). */
    @Transactional
    public void moveSection(long templateId, SectionAction command) {
        Draft draft = open(templateId, command, command.draftVersion());
        if (command.direction() == null) {
            throw TemplateRefusal.invalid("direction", "reporting.section.direction");
        }
        List<Long> order = sectionOrder(draft.id());
        int at = order.indexOf(section(draft, command.sectionId(), "sectionId"));
        int to = "UP".equals(command.direction()) ? at - 1 : at + 1;
        if (to >= 0 && to < order.size()) {
            order.add(to, order.remove(at));
            renumber(order);
        }
        designer.changed(draft.template(), draft.version(), "reporting.section.moved");
    }

    /** Removes a section that holds no indicator (its indicators are removed first, so no rule loses an operand). */
    @Transactional
    public void removeSection(long templateId, SectionAction command) {
        Draft draft = open(templateId, command, command.draftVersion());
        long section = section(draft, command.sectionId(), "sectionId");
        if (jdbc.sql("SELECT count(*) FROM report_indicator WHERE section_id = :s").param("s", section)
                .query(Long.class).single() > 0) {
            throw TemplateRefusal.invalid("sectionId", "reporting.section.notEmpty");
        }
        jdbc.sql("DELETE FROM report_section WHERE id = :s").param("s", section).update();
        renumber(sectionOrder(draft.id()));
        designer.changed(draft.template(), draft.version(), "reporting.section.removed");
    }

    /** Adds an indicator at the end of its section, or changes the draft's indicator with the same code. */
    @Transactional
    public void saveIndicator(long templateId, EditIndicator command) {
        Draft draft = open(templateId, command, command.draftVersion());
        long section = section(draft, command.sectionId(), "sectionId");
        String code = DesignInput.code("code", command.code());
        String name = DesignInput.required("name", command.name(), 500, "reporting.indicator.name.required");
        String unit = DesignInput.text("unit", command.unit(), 40, false);
        ValueType type = command.type();
        BigDecimal min = DesignInput.number("min", command.min());
        BigDecimal max = DesignInput.number("max", command.max());
        if (!type.numeric() && (min != null || max != null)) {
            throw TemplateRefusal.invalid(min != null ? "min" : "max", "reporting.indicator.range.numericOnly");
        }
        if (type == ValueType.PERCENTAGE) {
            min = min == null ? BigDecimal.ZERO : min;
            max = max == null ? HUNDRED : max;
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw TemplateRefusal.invalid("max", "reporting.indicator.range.order");
        }
        List<String> choices = DesignInput.choices(command.choices());
        if (type == ValueType.CHOICE && choices.size() < 2) {
            throw TemplateRefusal.invalid("choices", "reporting.indicator.choices.required");
        }
        if (type != ValueType.CHOICE && !choices.isEmpty()) {
            throw TemplateRefusal.invalid("choices", "reporting.indicator.choices.choiceOnly");
        }
        Aggregation aggregation = command.aggregation() != null ? command.aggregation()
                : type.numeric() ? Aggregation.SUM : Aggregation.NONE;
        if (!type.numeric() && aggregation != Aggregation.NONE) {
            throw TemplateRefusal.invalid("aggregation", "reporting.indicator.aggregation.none");
        }
        Long disaggregation = command.disaggregationId();
        if (disaggregation != null) {
            if (!type.numeric()) {
                throw TemplateRefusal.invalid("disaggregationId", "reporting.indicator.disaggregation.numericOnly");
            }
            if (jdbc.sql("SELECT count(*) FROM report_disaggregation WHERE id = :d").param("d", disaggregation)
                    .query(Long.class).single() == 0) {
                throw TemplateRefusal.invalid("disaggregationId", "reporting.indicator.disaggregation.unknown");
            }
        }
        checkCode(templateId, code, type);
        Optional<ValueType> existing = jdbc.sql("SELECT value_type FROM report_indicator WHERE version_id = :v"
                + " AND code = :c").param("v", draft.id()).param("c", code).query(String.class).optional()
                .map(ValueType::valueOf);
        if (existing.isPresent() && existing.get().numeric() && !type.numeric() && usedByRule(draft.id(), code)) {
            throw TemplateRefusal.invalid("type", "reporting.indicator.usedByRule", code);
        }
        var update = jdbc.sql(existing.isPresent() ? """
                UPDATE report_indicator SET section_id = :s, name = :name, value_type = :type, unit = :unit,
                    required = :required, min_value = :min, max_value = :max, choices = CAST(:choices AS TEXT[]),
                    aggregation = :aggregation, disaggregation_id = :disaggregation,
                    position = CASE WHEN section_id = :s THEN position
                        ELSE (SELECT coalesce(max(position), 0) + 1 FROM report_indicator WHERE section_id = :s) END
                WHERE version_id = :v AND code = :code
                """ : """
                INSERT INTO report_indicator (version_id, section_id, position, code, name, value_type, unit, required,
                    min_value, max_value, choices, aggregation, disaggregation_id)
                VALUES (:v, :s, (SELECT coalesce(max(position), 0) + 1 FROM report_indicator WHERE section_id = :s),
                    :code, :name, :type, :unit, :required, :min, :max, CAST(:choices AS TEXT[]), :aggregation,
                    :disaggregation)
                """);
        if (existing.isEmpty() && jdbc.sql("SELECT count(*) FROM report_indicator WHERE version_id = :v")
                .param("v", draft.id()).query(Long.class).single() >= MAX_INDICATORS) {
            throw TemplateRefusal.invalid("code", "reporting.indicator.tooMany", MAX_INDICATORS);
        }
        update.param("v", draft.id()).param("s", section).param("code", code).param("name", name)
                .param("type", type.name()).param("unit", unit).param("required", Boolean.TRUE.equals(command.required()))
                .param("min", min).param("max", max)
                .param("choices", type == ValueType.CHOICE ? choices.toArray(String[]::new) : null)
                .param("aggregation", aggregation.name()).param("disaggregation", disaggregation).update();
        designer.changed(draft.template(), draft.version(), "reporting.indicator.saved");
    }

    /** Removes the draft's indicator with this code, unless a rule names it. */
    @Transactional
    public void removeIndicator(long templateId, RemoveIndicator command) {
        Draft draft = open(templateId, command, command.draftVersion());
        if (usedByRule(draft.id(), command.code())) {
            throw TemplateRefusal.invalid("code", "reporting.indicator.usedByRule", command.code());
        }
        if (jdbc.sql("DELETE FROM report_indicator WHERE version_id = :v AND code = :c").param("v", draft.id())
                .param("c", command.code()).update() == 0) {
            throw TemplateRefusal.invalid("code", "reporting.indicator.unknown", command.code());
        }
        designer.changed(draft.template(), draft.version(), "reporting.indicator.removed");
    }

    /** Adds a rule at the end of the draft's rules. */
    @Transactional
    public void addRule(long templateId, EditRule command) {
        Draft draft = open(templateId, command, command.draftVersion());
        String right = command.rightCode() == null || command.rightCode().isBlank() ? null : command.rightCode().strip();
        BigDecimal constant = DesignInput.number("rightConstant", command.rightConstant());
        if ((right == null) == (constant == null)) {
            throw TemplateRefusal.invalid("rightCode", "reporting.rule.right.one");
        }
        checkRuleOperands(catalog.version(draft.id()), command.leftCode().strip(), right);
        String message = DesignInput.required("message", command.message(), 500, "reporting.rule.message.required");
        int count = jdbc.sql("SELECT count(*) FROM report_rule WHERE version_id = :v").param("v", draft.id())
                .query(Integer.class).single();
        if (count >= MAX_RULES) {
            throw TemplateRefusal.invalid("message", "reporting.rule.tooMany", MAX_RULES);
        }
        jdbc.sql("""
                INSERT INTO report_rule (version_id, position, left_code, operator, right_code, right_constant, message)
                VALUES (:v, :p, :left, :op, :right, :constant, :message)
                """).param("v", draft.id()).param("p", count + 1).param("left", command.leftCode().strip())
                .param("op", command.operator()).param("right", right).param("constant", constant)
                .param("message", message).update();
        designer.changed(draft.template(), draft.version(), "reporting.rule.saved");
    }

    /** Removes the draft's rule at {@code position} (1 = first, in the order shown); the others close up. */
    @Transactional
    public void removeRule(long templateId, RemoveRule command) {
        Draft draft = open(templateId, command, command.draftVersion());
        List<Long> rules = jdbc.sql("SELECT id FROM report_rule WHERE version_id = :v ORDER BY position, id")
                .param("v", draft.id()).query(Long.class).list();
        int at = command.position() - 1;
        if (at < 0 || at >= rules.size()) {
            throw TemplateRefusal.invalid("position", "reporting.rule.unknown");
        }
        jdbc.sql("DELETE FROM report_rule WHERE id = :id").param("id", rules.get(at)).update();
        jdbc.sql("""
                UPDATE report_rule r SET position = o.rank
                FROM (SELECT id, row_number() OVER (ORDER BY position, id) AS rank FROM report_rule
                      WHERE version_id = :v) o
                WHERE r.id = o.id
                """).param("v", draft.id()).update();
        designer.changed(draft.template(), draft.version(), "reporting.rule.removed");
    }

    /**
     * Refuses a rule whose left or right operand is not a numeric indicator of {@code version}, or compares an
     * indicator with itself.
     */
    static void checkRuleOperands(TemplateVersion version, String left, String right) {
        if (version.indicator(left).filter(i -> i.type().numeric()).isEmpty()) {
            throw TemplateRefusal.invalid("leftCode", "reporting.rule.operand.numeric", left);
        }
        if (right != null) {
            if (right.equals(left)) {
                throw TemplateRefusal.invalid("rightCode", "reporting.rule.operand.same");
            }
            if (version.indicator(right).filter(i -> i.type().numeric()).isEmpty()) {
                throw TemplateRefusal.invalid("rightCode", "reporting.rule.operand.numeric", right);
            }
        }
    }

    /** Access, the command's constraints, then the draft locked at the version the editor started from. */
    private Draft open(long templateId, Object command, Long draftVersion) {
        TemplateHeader template = designer.requireDesignerOf(templateId);
        designer.check(command);
        return new Draft(template, designer.lockDraft(templateId, draftVersion));
    }

    /** The draft being changed and its template. */
    private record Draft(TemplateHeader template, VersionSummary version) {

        long id() {
            return version.id();
        }
    }

    /**
     * Refuses a code used by another template, or by another version of this one with another value type (codes are
     * stable: the roll-up adds up one code across periods).
     */
    private void checkCode(long templateId, String code, ValueType type) {
        List<Object[]> uses = jdbc.sql("SELECT v.template_id, i.value_type FROM report_indicator i"
                + " JOIN report_template_version v ON v.id = i.version_id WHERE i.code = :c AND v.status = 'PUBLISHED'"
                + " OR i.code = :c AND v.template_id <> :t").param("c", code).param("t", templateId)
                .query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) }).list();
        for (Object[] use : uses) {
            if ((Long) use[0] != templateId) {
                throw TemplateRefusal.invalid("code", "reporting.indicator.code.taken", code);
            }
            if (!type.name().equals(use[1])) {
                throw TemplateRefusal.invalid("type", "reporting.indicator.code.typeChanged", code);
            }
        }
    }

    private boolean usedByRule(long draftId, String code) {
        return jdbc.sql("SELECT count(*) FROM report_rule WHERE version_id = :v AND (left_code = :c OR right_code = :c)")
                .param("v", draftId).param("c", code).query(Long.class).single() > 0;
    }

    /** The section, when it belongs to the draft; refused on {@code field} otherwise. */
    private long section(Draft draft, Long sectionId, String field) {
        if (sectionId == null || jdbc.sql("SELECT count(*) FROM report_section WHERE id = :s AND version_id = :v")
                .param("s", sectionId).param("v", draft.id()).query(Long.class).single() == 0) {
            throw TemplateRefusal.invalid(field, "reporting.section.required");
        }
        return sectionId;
    }

    private List<Long> sectionOrder(long draftId) {
        return new java.util.ArrayList<>(jdbc.sql("SELECT id FROM report_section WHERE version_id = :v"
                + " ORDER BY position, id").param("v", draftId).query(Long.class).list());
    }

    private void renumber(List<Long> order) {
        jdbc.sql("UPDATE report_section s SET position = o.rank FROM unnest(CAST(:ids AS BIGINT[])) WITH ORDINALITY"
                + " AS o (id, rank) WHERE s.id = o.id").param("ids", order.toArray(Long[]::new)).update();
    }
}
