package vn.phoihop.tracking.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.phoihop.tracking.PlanSource;

/** The commands of plans, bound to forms and JSON bodies alike; {@link Plans} checks them again. */
public final class PlanCommands {

    private PlanCommands() {
    }

    /**
     * A plan's header: its title, summary, source (a document by id, or a generic kind with reference and label) and
     * dates; {@code version} is the version edited (ignored on creation).
     */
    public record PlanForm(
            @NotBlank(message = "{tracking.plan.title.required}")
            @Size(max = 500, message = "{tracking.plan.title.size}") String title,
            @Size(max = 4000, message = "{tracking.plan.summary.size}") String summary,
            PlanSource.Kind sourceType,
            Long documentId,
            @Size(max = 100, message = "{tracking.plan.sourceRef.size}") String sourceRef,
            @Size(max = 500, message = "{tracking.plan.sourceLabel.size}") String sourceLabel,
            @NotNull(message = "{tracking.plan.startsOn.required}")
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
            Long version) {

        /** An empty form, from a document when {@code documentId} is given. */
        public static PlanForm blank(Long documentId) {
            return new PlanForm(null, null, documentId == null ? PlanSource.Kind.OTHER : PlanSource.Kind.DOCUMENT,
                    documentId, null, null, null, null, null);
        }

        /** The source this form names. */
        public PlanSource source() {
            PlanSource.Kind kind = sourceType == null ? PlanSource.Kind.DOCUMENT : sourceType;
            return kind == PlanSource.Kind.DOCUMENT ? new PlanSource(kind, documentId, null, null)
                    : PlanSource.generic(kind, sourceRef, sourceLabel);
        }
    }

    /** A task group: its code as the source numbers it (“1”, “I”), title, and position (last when absent). */
    public record GroupForm(
            @NotBlank(message = "{tracking.group.code.required}")
            @Size(max = 20, message = "{tracking.group.code.size}") String code,
            @NotBlank(message = "{tracking.group.title.required}")
            @Size(max = 500, message = "{tracking.group.title.size}") String title,
            Integer position) {

        public static GroupForm blank() {
            return new GroupForm(null, null, null);
        }
    }

    /** A task of a group of the plan. */
    public record TaskForm(
            @NotNull(message = "{tracking.task.group.required}") Long groupId,
            @NotBlank(message = "{tracking.task.code.required}")
            @Size(max = 20, message = "{tracking.task.code.size}") String code,
            @NotBlank(message = "{tracking.task.title.required}")
            @Size(max = 1000, message = "{tracking.task.title.size}") String title,
            @Size(max = 4000, message = "{tracking.task.description.size}") String description,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            Recurrence recurrence,
            @Size(max = 40, message = "{tracking.task.indicator.size}") String indicatorCode) {

        public static TaskForm blank() {
            return new TaskForm(null, null, null, null, null, Recurrence.NONE, null);
        }
    }

    /** A target or milestone of a task (“2025: 100 %”). */
    public record MilestoneForm(
            @NotNull(message = "{tracking.milestone.dueOn.required}")
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            @NotBlank(message = "{tracking.milestone.title.required}")
            @Size(max = 500, message = "{tracking.milestone.title.size}") String title,
            BigDecimal targetValue,
            @Size(max = 50, message = "{tracking.milestone.unit.size}") String unit) {

        public static MilestoneForm blank() {
            return new MilestoneForm(null, null, null, null);
        }
    }
}
