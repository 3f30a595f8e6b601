package vn.phoihop.account.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.phoihop.account.AuditTrail;
import vn.phoihop.account.AuditTrail.AuditFilter;

/**
 * The audit trail for administrators: filter by user, action, target and date; verify the hash chain. A provincial
 * administrator sees only rows about their scope ({@link AuditTrail}); the page number is clamped there.
 */
@Controller
@RequestMapping("/admin/audit")
class AuditController {

    private static final int PAGE_SIZE = 50;

    private final AuditTrail audit;

    AuditController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping
    String list(@RequestParam(name = "actor", required = false) String actor,
            @RequestParam(name = "action", required = false) String action,
            @RequestParam(name = "target", required = false) String target,
            @RequestParam(name = "from", required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate from,
            @RequestParam(name = "to", required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate to,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        AuditFilter filter = new AuditFilter(actor, action, target, from, to);
        model.addAttribute("filter", filter);
        model.addAttribute("result", audit.search(filter, page, PAGE_SIZE));
        model.addAttribute("actions", audit.actions());
        return htmx != null ? "admin/audit :: results" : "admin/audit";
    }

    @PostMapping("/verify")
    String verify(Model model) {
        model.addAttribute("verification", audit.verify());
        AuditFilter filter = new AuditFilter(null, null, null, null, null);
        model.addAttribute("filter", filter);
        model.addAttribute("result", audit.search(filter, 0, PAGE_SIZE));
        model.addAttribute("actions", audit.actions());
        return "admin/audit";
    }
}
