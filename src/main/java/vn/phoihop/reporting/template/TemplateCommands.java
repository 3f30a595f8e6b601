package vn.phoihop.reporting.template;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The commands of the template designer; forms bind to these, never to a table row. Every command about a draft
 * carries the draft's {@code draftVersion} the editor started from: another designer's change in between makes it
 * stale (409).
 */
public final class TemplateCommands {

    /** Template and indicator codes: an upper-case letter, then 1 to 39 upper-case letters, digits or underscores. */
    public static final String CODE = "[A-Z][A-Z0-9_]{1,39}";

    private TemplateCommands() {
    }

    /**
     * A template's settings.
     *
     * @param cutoffDay last day of the data window in the period's last month; blank for the calendar period
     * @param lockAfterDays blank: never locked
     * @param reminderDays days relative to the due date, negative before, separated by commas ("-3, 1, 5")
     * @param version the template's version the editor started from (edits only)
     */
    public record EditTemplate(
            @NotBlank(message = "{reporting.code.required}")
            @Pattern(regexp = CODE, message = "{reporting.code.pattern}") String code,
            @NotBlank(message = "{reporting.template.name.required}")
            @Size(max = 300, message = "{reporting.template.name.size}") String name,
            @Size(max = 4000, message = "{reporting.template.description.size}") String description,
            @NotNull(message = "{reporting.template.frequency.required}") Frequency frequency,
            @Min(value = 1, message = "{reporting.template.cutoffDay.range}")
            @Max(value = 28, message = "{reporting.template.cutoffDay.range}") Integer cutoffDay,
            @NotNull(message = "{reporting.template.dueDay.range}")
            @Min(value = 1, message = "{reporting.template.dueDay.range}")
            @Max(value = 31, message = "{reporting.template.dueDay.range}") Integer dueDay,
            @NotNull(message = "{reporting.template.dueOffset.range}")
            @Min(value = 0, message = "{reporting.template.dueOffset.range}")
            @Max(value = 12, message = "{reporting.template.dueOffset.range}") Integer dueOffsetMonths,
            @Min(value = 0, message = "{reporting.template.lockAfterDays.range}")
            @Max(value = 366, message = "{reporting.template.lockAfterDays.range}") Integer lockAfterDays,
            Boolean unacceptedVisible,
            @Size(max = 100, message = "{reporting.template.reminderDays.invalid}") String reminderDays,
            Boolean active,
            Long version) {

        /** An empty form with the Nghị định 09/2019 defaults: monthly, data to the 14th, due on the 25th. */
        public static EditTemplate blank() {
            return new EditTemplate(null, null, null, Frequency.MONTHLY, 14, 25, 0, 10, Boolean.FALSE, "-3, 1",
                    Boolean.TRUE, null);
        }
    }

    /** Add a section to the draft ({@code sectionId} blank) or rename one. */
    public record EditSection(Long sectionId,
            @NotBlank(message = "{reporting.section.title.required}")
            @Size(max = 300, message = "{reporting.section.title.size}") String title,
            Long draftVersion) {
    }

    /** Move a section of the draft one place {@code UP} or {@code DOWN}, or remove it (when it holds no indicator). */
    public record SectionAction(@NotNull(message = "{reporting.section.required}") Long sectionId,
            @Pattern(regexp = "UP|DOWN", message = "{reporting.section.direction}") String direction,
            Long draftVersion) {
    }

    /**
     * Add an indicator to the draft, or change the draft's indicator with this code (codes are the stable key).
     *
     * @param choices the answers of a {@link ValueType#CHOICE}, one a line
     * @param aggregation blank: {@code SUM} for numbers and percentages, {@code NONE} otherwise
     * @param min blank for a percentage: 0
     * @param max blank for a percentage: 100
     */
    public record EditIndicator(
            @NotNull(message = "{reporting.section.required}") Long sectionId,
            @NotBlank(message = "{reporting.code.required}")
            @Pattern(regexp = CODE, message = "{reporting.code.pattern}") String code,
            @NotBlank(message = "{reporting.indicator.name.required}")
            @Size(max = 500, message = "{reporting.indicator.name.size}") String name,
            @NotNull(message = "{reporting.indicator.type.required}") ValueType type,
            @Size(max = 40, message = "{reporting.indicator.unit.size}") String unit,
            Boolean required,
            BigDecimal min,
            BigDecimal max,
            @Size(max = 5000, message = "{reporting.indicator.choices.size}") String choices,
            Aggregation aggregation,
            Long disaggregationId,
            Long draftVersion) {

        /** An empty indicator form in {@code sectionId}. */
        public static EditIndicator blank(Long sectionId) {
            return new EditIndicator(sectionId, null, null, ValueType.NUMBER, null, Boolean.TRUE, null, null, null,
                    null, null, null);
        }
    }

    /** Remove the draft's indicator with this code. */
    public record RemoveIndicator(@NotBlank(message = "{reporting.code.required}") String code, Long draftVersion) {
    }

    /**
     * Add a cross-field rule to the draft: {@code left operator right}, right being another numeric indicator of
     * the draft or a constant, never both.
     */
    public record EditRule(
            @NotBlank(message = "{reporting.rule.left.required}") String leftCode,
            @NotBlank(message = "{reporting.rule.operator.invalid}")
            @Pattern(regexp = "<|<=|=|>=|>", message = "{reporting.rule.operator.invalid}") String operator,
            String rightCode,
            BigDecimal rightConstant,
            @NotBlank(message = "{reporting.rule.message.required}")
            @Size(max = 500, message = "{reporting.rule.message.size}") String message,
            Long draftVersion) {
    }

    /** Remove the draft's rule at this position (1 = first). */
    public record RemoveRule(@NotNull(message = "{reporting.rule.required}") Integer position, Long draftVersion) {
    }

    /** Publish the draft from {@code validFrom}; the version published before ends the day before. */
    public record Publish(
            @NotNull(message = "{reporting.publish.validFrom.required}")
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
            Long draftVersion) {
    }
}
