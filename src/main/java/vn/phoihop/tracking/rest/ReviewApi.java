package vn.phoihop.tracking.rest;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.phoihop.tracking.dashboard.DashboardMatrix;
import vn.phoihop.tracking.review.NewReview;
import vn.phoihop.tracking.review.Review;
import vn.phoihop.tracking.review.ReviewReport;
import vn.phoihop.tracking.review.Reviews;

/**
 * Reviews (sơ kết, tổng kết): {@code POST /api/v1/tracking/reviews} (the plan's owner; 201 with the review),
 * {@code GET /api/v1/tracking/reviews/{id}} (the review and the matrix for its period's last day) and
 * {@code GET /api/v1/tracking/reviews/{id}/report.docx}, both within what the caller reads (see {@link Reviews}).
 */
@RestController("trackingReviewApi")
@Tag(name = "Theo dõi thực hiện / Implementation tracking")
class ReviewApi {

    /** A review with its matrix. */
    record Answer(Review review, DashboardMatrix matrix) {
    }

    private final Reviews reviews;

    ReviewApi(Reviews reviews) {
        this.reviews = reviews;
    }

    @PostMapping("/api/v1/tracking/reviews")
    @Operation(summary = "Tạo kỳ sơ kết, tổng kết / Create a review")
    ResponseEntity<Answer> create(@RequestBody NewReview review) {
        long id = reviews.create(review);
        return ResponseEntity.created(URI.create("/api/v1/tracking/reviews/" + id)).body(answer(id));
    }

    @GetMapping("/api/v1/tracking/reviews/{id}")
    @Operation(summary = "Một kỳ sơ kết, tổng kết / A review")
    Answer review(@PathVariable long id) {
        return answer(id);
    }

    @GetMapping("/api/v1/tracking/reviews/{id}/report.docx")
    @Operation(summary = "Báo cáo sơ kết, tổng kết (DOCX) / The review report (DOCX)")
    ResponseEntity<byte[]> report(@PathVariable long id) {
        ReviewReport report = reviews.report(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(ReviewReport.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(report.fileName()).build().toString())
                .body(report.content());
    }

    private Answer answer(long id) {
        Review review = reviews.require(id);
        return new Answer(review, reviews.matrix(review));
    }
}
