package vn.phoihop.reporting.period;

import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** The calendar's forms, bound by pages and the API; the services check the rules between fields. */
public final class PeriodCommands {

    private PeriodCommands() {
    }

    /**
     * An ad hoc (đột xuất) or thematic (chuyên đề) period, created one by one. Without a data window the calendar
     * days are the window; without a lock date the period is never locked.
     */
    public record NewPeriod(
            @NotNull(message = "{reporting.period.template.required}") Long templateId,
            @NotBlank(message = "{reporting.period.code.required}")
            @Pattern(regexp = "[A-Za-z0-9._-]{1,40}", message = "{reporting.period.code.pattern}") String code,
            @NotBlank(message = "{reporting.period.name.required}")
            @Size(max = 300, message = "{reporting.period.name.size}") String name,
            @NotNull(message = "{reporting.period.startsOn.required}")
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
            @NotNull(message = "{reporting.period.endsOn.required}")
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dataFrom,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dataTo,
            @NotNull(message = "{reporting.period.dueOn.required}")
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lockedOn) {

        public static NewPeriod blank() {
            return new NewPeriod(null, null, null, null, null, null, null, null, null);
        }
    }

    /** Creates a periodic template's periods from {@code fromMonth} for {@code months} months. */
    public record GeneratePeriods(
            @NotNull(message = "{reporting.period.template.required}") Long templateId,
            @NotNull(message = "{reporting.period.fromMonth.required}")
            @DateTimeFormat(pattern = "yyyy-MM") YearMonth fromMonth,
            @NotNull(message = "{reporting.period.months.range}")
            @Min(value = 1, message = "{reporting.period.months.range}")
            @Max(value = 60, message = "{reporting.period.months.range}") Integer months) {
    }

    /**
     * Assigns the template from {@code validFrom} (to {@code validTo}, inclusive, or open) to the organisations whose
     * codes are listed, or, with {@code allProvinces}, to every provincial police force in force on {@code validFrom}.
     */
    public record NewAssignment(
            @Size(max = 4000, message = "{reporting.assignment.codes.size}") String organizationCodes,
            Boolean allProvinces,
            @NotNull(message = "{reporting.assignment.validFrom.required}")
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo) {

        public static NewAssignment blank() {
            return new NewAssignment(null, Boolean.FALSE, null, null);
        }

        public boolean toAllProvinces() {
            return Boolean.TRUE.equals(allProvinces);
        }
    }

    /** Ends an assignment: {@code lastDay} is its last day in force. */
    public record EndAssignment(
            @NotNull(message = "{reporting.assignment.lastDay.required}")
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay) {
    }

    /** Lets an organisation submit the period after its lock date, until {@code until} (inclusive). */
    public record GrantException(
            @NotNull(message = "{reporting.exception.organization.required}") Long organizationId,
            @NotNull(message = "{reporting.exception.until.required}")
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
            @NotBlank(message = "{reporting.exception.reason.required}")
            @Size(max = 1000, message = "{reporting.exception.reason.size}") String reason) {

        public static GrantException blank() {
            return new GrantException(null, null, null);
        }
    }
}
