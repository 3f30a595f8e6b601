package vn.phoihop.tracking.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A review as its readers see it, with its plan's title. */
public record Review(long id, long planId, String planTitle, ReviewKind kind, String title, LocalDate periodFrom,
        LocalDate periodTo, String createdBy, OffsetDateTime createdAt) {
}
