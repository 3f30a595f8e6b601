package vn.phoihop.tracking.rest;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.phoihop.tracking.escalation.OverdueAssignments;

/** The late assignments the caller may read, oldest due date first ({@code /api/v1/tracking/overdue}). */
@RestController
@Tag(name = "Theo dõi thực hiện / Implementation tracking")
class EscalationApi {

    private final OverdueAssignments overdue;

    EscalationApi(OverdueAssignments overdue) {
        this.overdue = overdue;
    }

    @GetMapping("/api/v1/tracking/overdue")
    @Operation(summary = "Nhiệm vụ quá hạn / Overdue assignments")
    List<OverdueAssignments.Overdue> list() {
        return overdue.list();
    }
}
