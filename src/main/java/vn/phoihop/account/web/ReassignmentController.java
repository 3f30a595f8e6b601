package vn.phoihop.account.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.phoihop.account.user.AccountReassignments;

/**
 * Accounts whose organisation a reorganisation ended, for administrators within their scope: who, from which
 * organisation, since when, and the proposed successor; each links to the account's page where it is moved.
 */
@Controller
class ReassignmentController {

    private final AccountReassignments reassignments;

    ReassignmentController(AccountReassignments reassignments) {
        this.reassignments = reassignments;
    }

    @GetMapping("/admin/reassignments")
    String list(Model model) {
        model.addAttribute("reassignments", reassignments.pending());
        return "admin/reassignments";
    }
}
