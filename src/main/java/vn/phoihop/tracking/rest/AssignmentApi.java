package vn.phoihop.tracking.rest;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.tracking.assignment.AssignForm;
import vn.phoihop.tracking.assignment.AssignmentRole;
import vn.phoihop.tracking.assignment.AssignmentView;
import vn.phoihop.tracking.assignment.Assignments;

/**
 * Assignments of a task: assigning to organisations by id or to “all provinces as of a date” (answering how many
 * were created and their ids), and the assignments the reader may read, each with its assignee named as of the day
 * it was assigned, its carrier today and its carrier history. Errors are problem details in Vietnamese.
 */
@RestController
@Tag(name = "Theo dõi thực hiện / Implementation tracking")
class AssignmentApi {

    private final Assignments assignments;

    AssignmentApi(Assignments assignments) {
        this.assignments = assignments;
    }

    /**
     * The body: {@code organizationIds}, or {@code allProvincesAsOf} with {@code kind} (PROVINCIAL_POLICE, the
     * default, or PROVINCIAL_PARTY_COMMITTEE); {@code asOf} the first day for organisations by id; {@code role}
     * LEAD (default) or SUPPORT; {@code dueOn} (default the task's).
     */
    record Assign(List<Long> organizationIds, LocalDate allProvincesAsOf, OrganizationKind kind, LocalDate asOf,
            AssignmentRole role, LocalDate dueOn) {

        AssignForm form() {
            boolean all = allProvincesAsOf != null;
            return new AssignForm(organizationIds, null, all, all ? allProvincesAsOf : asOf, kind, role, dueOn);
        }
    }

    /** What assigning did. */
    record Result(int created, int existing, List<Long> ids) {
    }

    @PostMapping("/api/v1/tracking/tasks/{id}/assignments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Giao nhiệm vụ (đơn vị hoặc tất cả tỉnh, thành phố tại một ngày) / Assign a task")
    Result assign(@PathVariable long id, @RequestBody(required = false) Assign body) {
        Assignments.Outcome outcome = assignments.assign(id, body == null ? null : body.form());
        return new Result(outcome.created(), outcome.existing(), outcome.ids());
    }

    @GetMapping("/api/v1/tracking/tasks/{id}/assignments")
    @Operation(summary = "Các đơn vị được giao nhiệm vụ, trong phạm vi người đọc / A task's assignments")
    List<AssignmentView> list(@PathVariable long id) {
        return assignments.forTask(id);
    }
}
