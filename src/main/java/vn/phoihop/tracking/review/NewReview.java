package vn.phoihop.tracking.review;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What creating a review needs: the plan, the kind, the period (both ends inclusive) and an optional title (by
 * default “Báo cáo sơ kết thực hiện …” after the plan's title).
 */
public record NewReview(@NotNull Long plan, @NotNull ReviewKind kind, @Size(max = 500) String title,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodFrom,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodTo) {
}
