package vn.phoihop.tracking.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import vn.phoihop.platform.UserFacingException;
import vn.phoihop.tracking.assignment.TaskStatus;
import vn.phoihop.tracking.dashboard.DashboardMatrix;
import vn.phoihop.tracking.dashboard.PlanChoice;
import vn.phoihop.tracking.dashboard.TrackingDashboard;

/**
 * The tracking landing page {@code /tracking}: the dashboard of a plan (by default the first the reader reads that
 * has assignments) on a date (today by default) with an optional status filter: the province × task group matrix
 * with status colours, a legend and totals, and an ECharts stacked bar per task group (drawn by
 * {@code /js/tracking-dashboard.js} from {@code data-chart}, no inline script). A cell, a row total or a column total
 * drills down to its assignments ({@code /tracking/dashboard/cell}, an htmx fragment or a page).
 */
@Controller
class DashboardController {

    private final TrackingDashboard dashboard;
    private final JsonMapper json;
    private final MessageSource messages;

    DashboardController(TrackingDashboard dashboard, JsonMapper json, MessageSource messages) {
        this.dashboard = dashboard;
        this.json = json;
        this.messages = messages;
    }

    @GetMapping("/tracking")
    String dashboard(@RequestParam(required = false) Long plan,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) TaskStatus status, Model model, Locale locale) {
        List<PlanChoice> plans = dashboard.plans();
        model.addAttribute("plans", plans);
        model.addAttribute("statuses", DashboardMatrix.SEVERITY);
        model.addAttribute("asOf", TrackingDashboard.day(asOf));
        model.addAttribute("status", status);
        PlanChoice chosen = plan == null ? plans.stream().findFirst().orElse(null) : dashboard.requirePlan(plan);
        if (chosen != null) {
            DashboardMatrix matrix = dashboard.matrix(chosen.id(), asOf, status);
            model.addAttribute("matrix", matrix);
            model.addAttribute("chart", chart(matrix, locale));
        }
        return "tracking/dashboard-page";
    }

    @GetMapping("/tracking/dashboard/cell")
    String cell(@RequestParam(required = false) Long plan,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) TaskStatus status, @RequestParam(required = false) Long province,
            @RequestParam(required = false) Long group,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        if (plan == null) {
            throw UserFacingException.notFound("tracking.plan.notFound");
        }
        PlanChoice chosen = dashboard.requirePlan(plan);
        LocalDate day = TrackingDashboard.day(asOf);
        model.addAttribute("plan", chosen);
        model.addAttribute("asOf", day);
        model.addAttribute("status", status);
        model.addAttribute("items", dashboard.cell(plan, day, status, province, group));
        model.addAttribute("limit", TrackingDashboard.CELL_LIMIT);
        return htmx != null ? "tracking/dashboard-cell :: list" : "tracking/dashboard-cell";
    }

    /** The chart's data: the group codes and one series per status with its name and colour. */
    private String chart(DashboardMatrix matrix, Locale locale) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("groups", matrix.groups().stream().map(DashboardMatrix.Group::code).toList());
        chart.put("series", DashboardMatrix.STACK.stream().map(s -> Map.of(
                "name", messages.getMessage(s.messageKey(), null, locale), "colour", DashboardMatrix.hexOf(s),
                "values", matrix.groupTotals().stream().map(c -> c.of(s)).toList())).toList());
        return json.writeValueAsString(chart);
    }
}
