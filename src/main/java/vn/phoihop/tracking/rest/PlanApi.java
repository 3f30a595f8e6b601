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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.phoihop.tracking.PlanSource;
import vn.phoihop.tracking.plan.PlanCommands.GroupForm;
import vn.phoihop.tracking.plan.PlanCommands.PlanForm;
import vn.phoihop.tracking.plan.PlanCommands.TaskForm;
import vn.phoihop.tracking.plan.PlanStatus;
import vn.phoihop.tracking.plan.PlanViews.PlanDetail;
import vn.phoihop.tracking.plan.Plans;

/**
 * Plans with their task groups and tasks, as the reader may read them; creating plans, groups and tasks (the plan's
 * owner's planners). Errors are problem details in Vietnamese: 400 (missing or oversized field, unreadable source
 * document, impossible date), 403, 404 (a plan the reader may not read), 409 (a code already used).
 */
@RestController
@RequestMapping("/api/v1/tracking/plans")
@Tag(name = "Theo dõi thực hiện / Implementation tracking")
class PlanApi {

    private final Plans plans;

    PlanApi(Plans plans) {
        this.plans = plans;
    }

    /** A plan: the source document's notation (null for other sources and unreadable documents), its groups. */
    record PlanJson(long id, String title, String summary, String sourceType, Long documentId, String notation,
            String sourceLabel, String owner, LocalDate startsOn, LocalDate endsOn, String status, long version,
            List<GroupJson> taskGroups) {

        static PlanJson of(PlanDetail d) {
            var p = d.plan();
            return new PlanJson(p.id(), p.title(), p.summary(), p.sourceType().name(), p.documentId(), p.notation(),
                    p.sourceLabel(), p.owner(), p.startsOn(), p.endsOn(), p.status().name(), p.version(),
                    d.groups().stream().map(g -> new GroupJson(g.id(), g.code(), g.title(), g.tasks().stream()
                            .map(t -> new TaskJson(t.id(), t.code(), t.title(), t.dueOn(), t.recurrence().name(),
                                    t.indicatorCode()))
                            .toList())).toList());
        }
    }

    record GroupJson(long id, String code, String title, List<TaskJson> tasks) {
    }

    record TaskJson(long id, String code, String title, LocalDate dueOn, String recurrence, String indicatorCode) {
    }

    /** The id of what was created. */
    record Created(long id) {
    }

    @GetMapping
    @Operation(summary = "Các kế hoạch người dùng được xem / The plans the reader may read")
    List<PlanJson> list(@RequestParam(name = "source", required = false) PlanSource.Kind source,
            @RequestParam(name = "status", required = false) PlanStatus status) {
        return plans.list(source, status).stream().map(PlanJson::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một kế hoạch với nhóm nhiệm vụ và nhiệm vụ / A plan with its task groups and tasks")
    PlanJson one(@PathVariable long id) {
        return PlanJson.of(plans.find(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Tạo kế hoạch / Create a plan")
    Created create(@RequestBody(required = false) PlanForm body) {
        return new Created(plans.create(body));
    }

    @PostMapping("/{id}/groups")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Thêm nhóm nhiệm vụ / Add a task group")
    Created group(@PathVariable long id, @RequestBody(required = false) GroupForm body) {
        return new Created(plans.addGroup(id, body));
    }

    @PostMapping("/{id}/tasks")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Thêm nhiệm vụ / Add a task")
    Created task(@PathVariable long id, @RequestBody(required = false) TaskForm body) {
        return new Created(plans.addTask(id, body));
    }
}
