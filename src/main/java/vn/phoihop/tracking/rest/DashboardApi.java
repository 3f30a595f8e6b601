package vn.phoihop.tracking.rest;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.phoihop.platform.UserFacingException;
import vn.phoihop.tracking.assignment.TaskStatus;
import vn.phoihop.tracking.dashboard.DashboardMatrix;
import vn.phoihop.tracking.dashboard.TrackingDashboard;

/**
 * {@code GET /api/v1/tracking/dashboard?plan={id}&asOf=YYYY-MM-DD&status=}: the province × task group matrix of a
 * plan on a date (today by default), counted by shown status, with totals per group ({@code groupTotals}, aligned with
 * {@code groups}), per province ({@code rows[].total}) and overall, within what the caller may read. Without
 * {@code plan} 400; a plan the caller does not read 404; a date outside 2000–2100 400.
 */
@RestController
@Tag(name = "Theo dõi thực hiện / Implementation tracking")
class DashboardApi {

    private final TrackingDashboard dashboard;

    DashboardApi(TrackingDashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/api/v1/tracking/dashboard")
    @Operation(summary = "Ma trận tỉnh × nhóm nhiệm vụ / Province × task group matrix")
    DashboardMatrix dashboard(@RequestParam(required = false) Long plan,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) TaskStatus status) {
        if (plan == null) {
            throw UserFacingException.invalid("tracking.dashboard.planRequired");
        }
        return dashboard.matrix(plan, asOf, status);
    }
}
