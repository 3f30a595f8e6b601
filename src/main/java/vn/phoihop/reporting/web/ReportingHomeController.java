package vn.phoihop.reporting.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.phoihop.reporting.completeness.Completeness;
import vn.phoihop.reporting.completeness.DueReports;
import vn.phoihop.reporting.completeness.ReporterRow;
import vn.phoihop.reporting.completeness.TileLayout;
import vn.phoihop.reporting.period.Period;
import vn.phoihop.reporting.reminder.Notifications;
import vn.phoihop.reporting.submission.ReportingAccess;

/**
 * The reporting home page {@code /reporting} (menu "Báo cáo định kỳ"): what the user's own organisation must report
 * now with each report's state and due date, its latest notifications, for a reviewer the number of reports waiting
 * (linking to the review queue), for a reader with a national scope the provinces' completeness tiles of the latest
 * due period, and links to the templates, the period calendar, the roll-up and the dashboards.
 */
@Controller
class ReportingHomeController {

    private static final int LATEST_NOTIFICATIONS = 5;

    private final DueReports due;
    private final Notifications notifications;
    private final Completeness completeness;
    private final ReportingAccess access;

    ReportingHomeController(DueReports due, Notifications notifications, Completeness completeness,
            ReportingAccess access) {
        this.due = due;
        this.notifications = notifications;
        this.completeness = completeness;
        this.access = access;
    }

    @GetMapping("/reporting")
    String home(Model model) {
        model.addAttribute("due", due.ownOrganization());
        model.addAttribute("notifications", notifications.list().stream().limit(LATEST_NOTIFICATIONS).toList());
        model.addAttribute("unread", notifications.unread());
        boolean reviewer = due.reviewer();
        model.addAttribute("reviewer", reviewer);
        model.addAttribute("queue", reviewer ? due.reviewQueue() : 0);
        if (access.scope().national()) {
            completeness.latestDue().ifPresent(due -> {
                Period period = due.period();
                List<ReporterRow> rows = completeness.byReporter(due.template().id(), period.startsOn(),
                        period.endsOn()).stream().filter(r -> r.periodId() == period.id()).toList();
                model.addAttribute("template", due.template());
                model.addAttribute("period", period);
                model.addAttribute("tiles", completeness.tiles(rows));
                model.addAttribute("totals", Completeness.total(rows));
                model.addAttribute("tileColumns", TileLayout.COLUMNS);
                model.addAttribute("tileRows", TileLayout.ROWS);
            });
        }
        return "reporting/home";
    }
}
