package vn.phoihop.tracking.review;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What creating a review needs: the plan, the kind, the period (both ends inclusive) and an optional title (by
 * default “Báo cáo sơ kết thực hiện …” after the plan's title).
 */
public record NewReview(@NotNull(message = "{tracking.review.planRequired}") Long plan,
        @NotNull(message = "{tracking.review.kindRequired}") ReviewKind kind,
        @Size(max = 500, message = "{tracking.review.badTitle}") String title,
        @NotNull(message = "{tracking.review.periodRequired}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate periodFrom,
        @NotNull(message = "{tracking.review.periodRequired}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate periodTo) {
}
