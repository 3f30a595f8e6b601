package vn.phoihop.tracking.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.phoihop.platform.VietnamTime;
import vn.phoihop.tracking.escalation.OverdueAssignments;

/** The leaders' list of late work ({@code /tracking/overdue}): what is late and where, oldest due date first. */
@Controller
class EscalationPagesController {

    private final OverdueAssignments overdue;

    EscalationPagesController(OverdueAssignments overdue) {
        this.overdue = overdue;
    }

    @GetMapping("/tracking/overdue")
    String list(Model model) {
        model.addAttribute("rows", overdue.list());
        model.addAttribute("today", VietnamTime.today());
        return "tracking/escalation-overdue";
    }
}
