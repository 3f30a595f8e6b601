package vn.phoihop.reporting.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.web.Notice;
import vn.phoihop.reporting.review.Reviews;

/**
 * The review queue ({@code /reporting/review}): submitted reports the user may decide, each with accept and return
 * (reason required). Decisions carry the version the reviewer saw; a refusal comes back as a problem on the page the
 * decision was made from (the queue, or the report's page).
 */
@Controller
class ReviewPagesController {

    private final Reviews reviews;

    ReviewPagesController(Reviews reviews) {
        this.reviews = reviews;
    }

    @GetMapping("/reporting/review")
    String queue(Model model) {
        model.addAttribute("items", reviews.queue());
        return "reporting/review-queue";
    }

    @PostMapping("/reporting/review/{id}/accept")
    String accept(@PathVariable long id, @RequestParam(name = "version", required = false) Long version,
            @RequestParam(name = "from", required = false) String from, RedirectAttributes redirect) {
        try {
            reviews.accept(id, version);
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("reporting.review.accepted"));
        }
        catch (UserFacingException ex) {
            redirect.addFlashAttribute(Notice.PROBLEM, Notice.refusal(ex));
        }
        return back(id, from);
    }

    @PostMapping("/reporting/review/{id}/return")
    String giveBack(@PathVariable long id, @RequestParam(name = "version", required = false) Long version,
            @RequestParam(name = "reason", required = false) String reason,
            @RequestParam(name = "from", required = false) String from, RedirectAttributes redirect) {
        try {
            reviews.giveBack(id, version, reason);
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("reporting.review.returned"));
        }
        catch (UserFacingException ex) {
            redirect.addFlashAttribute(Notice.PROBLEM, Notice.refusal(ex));
        }
        return back(id, from);
    }

    private static String back(long id, String from) {
        return "submission".equals(from) ? "redirect:/reporting/submissions/" + id : "redirect:/reporting/review";
    }
}
