package vn.phoihop.reporting.rest;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.phoihop.reporting.review.Reviews;

/**
 * Review under {@code /api/v1/reporting}: the queue of submitted reports the caller may decide, accept and return
 * (a reason is required). Optional {@code version}: the version the reviewer saw (409 when the report changed since).
 * A report the caller may not read is 404; one it reads but may not review is 403.
 */
@RestController
@Tag(name = "Báo cáo định kỳ / Periodic reporting")
class ReviewApi {

    private final Reviews reviews;

    ReviewApi(Reviews reviews) {
        this.reviews = reviews;
    }

    /** A decision's body: the version seen and, to return, the reason. */
    record Decision(Long version, String reason) {
    }

    /** The state after a decision. */
    record Decided(long id, String status, long version) {
    }

    @GetMapping("/api/v1/reporting/review")
    @Operation(summary = "Báo cáo chờ xét duyệt / Reports waiting for review")
    List<Reviews.QueueItem> queue() {
        return reviews.queue();
    }

    @PostMapping("/api/v1/reporting/submissions/{id}/accept")
    @Operation(summary = "Tiếp nhận báo cáo / Accept a report")
    Decided accept(@PathVariable long id, @RequestBody(required = false) Decision decision) {
        return new Decided(id, "ACCEPTED", reviews.accept(id, decision == null ? null : decision.version()));
    }

    @PostMapping("/api/v1/reporting/submissions/{id}/return")
    @Operation(summary = "Trả lại báo cáo kèm lý do / Return a report with a reason")
    Decided giveBack(@PathVariable long id, @RequestBody(required = false) Decision decision) {
        return new Decided(id, "RETURNED", reviews.giveBack(id, decision == null ? null : decision.version(),
                decision == null ? null : decision.reason()));
    }
}
