package vn.phoihop.tracking.web;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.VietnamTime;
import vn.phoihop.platform.web.Notice;
import vn.phoihop.tracking.assignment.TrackingAccess;
import vn.phoihop.tracking.dashboard.DashboardMatrix;
import vn.phoihop.tracking.dashboard.PlanChoice;
import vn.phoihop.tracking.dashboard.TrackingDashboard;
import vn.phoihop.tracking.review.NewReview;
import vn.phoihop.tracking.review.Review;
import vn.phoihop.tracking.review.ReviewKind;
import vn.phoihop.tracking.review.ReviewReport;
import vn.phoihop.tracking.review.Reviews;

/**
 * Review pages: the list ({@code /tracking/reviews}), the form of a new review for the plans the acting user owns
 * ({@code /tracking/reviews/new}; planners only), a review with the state of every province it reads on the period's
 * last day ({@code /tracking/reviews/{id}}) and its report as DOCX ({@code .../report.docx}).
 */
@Controller("trackingReviewPagesController")
class ReviewPagesController {

    private final Reviews reviews;
    private final TrackingDashboard dashboard;
    private final TrackingAccess access;

    ReviewPagesController(Reviews reviews, TrackingDashboard dashboard, TrackingAccess access) {
        this.reviews = reviews;
        this.dashboard = dashboard;
        this.access = access;
    }

    @GetMapping("/tracking/reviews")
    String list(Model model) {
        model.addAttribute("reviews", reviews.list());
        model.addAttribute("mayCreate", access.mayPlan());
        return "tracking/review-list";
    }

    @GetMapping("/tracking/reviews/new")
    String form(@RequestParam(required = false) Long plan, Model model) {
        access.requirePlanner();
        model.addAttribute("form", new NewReview(plan, ReviewKind.INTERIM, null, null, VietnamTime.today()));
        return formPage(model);
    }

    @PostMapping("/tracking/reviews")
    String create(@Valid @ModelAttribute("form") NewReview form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        access.requirePlanner();
        if (errors.hasErrors()) {
            return formPage(model);
        }
        try {
            long id = reviews.create(form);
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("tracking.review.created"));
            return "redirect:/tracking/reviews/" + id;
        }
        catch (UserFacingException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return formPage(model);
        }
    }

    @GetMapping("/tracking/reviews/{id}")
    String show(@PathVariable long id, Model model) {
        Review review = reviews.require(id);
        DashboardMatrix matrix = reviews.matrix(review);
        model.addAttribute("review", review);
        model.addAttribute("matrix", matrix);
        model.addAttribute("statuses", DashboardMatrix.SEVERITY);
        model.addAttribute("overdue", dashboard.overdue(review.planId(), review.periodTo()));
        return "tracking/review-show";
    }

    @GetMapping("/tracking/reviews/{id}/report.docx")
    ResponseEntity<byte[]> report(@PathVariable long id) {
        return download(reviews.report(id));
    }

    /** The DOCX as an attachment. */
    static ResponseEntity<byte[]> download(ReviewReport report) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(ReviewReport.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(report.fileName()).build().toString())
                .body(report.content());
    }

    private String formPage(Model model) {
        List<PlanChoice> plans = dashboard.plans().stream().filter(reviews::mayCreate).toList();
        model.addAttribute("plans", plans);
        model.addAttribute("kinds", ReviewKind.values());
        return "tracking/review-form";
    }
}
