package vn.phoihop.tracking.assignment;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.phoihop.organization.OrganizationKind;

/**
 * Assigning a task: to the organisations {@code organizationIds} and/or {@code organizationCodes} (codes separated
 * by commas, semicolons or blanks), or, with {@code allProvinces}, to every organisation of {@code kind}
 * (PROVINCIAL_POLICE, the default, or PROVINCIAL_PARTY_COMMITTEE) in force on {@code asOf}. {@code asOf} is also the
 * first day the assignee carries the assignment (today when absent); {@code dueOn} defaults to the task's.
 */
public record AssignForm(
        List<Long> organizationIds,
        @Size(max = 4000, message = "{tracking.assignment.codes.size}") String organizationCodes,
        Boolean allProvinces,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
        OrganizationKind kind,
        AssignmentRole role,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn) {

    /** An empty form: all provincial police forces, as lead. */
    public static AssignForm blank() {
        return new AssignForm(null, null, Boolean.FALSE, null, OrganizationKind.PROVINCIAL_POLICE,
                AssignmentRole.LEAD, null);
    }

    /** Whether the form asks for every provincial-level organisation of {@link #kind} in force on {@link #asOf}. */
    public boolean toAllProvinces() {
        return Boolean.TRUE.equals(allProvinces);
    }
}
