package vn.phoihop.consultation.disposition;

import java.time.OffsetDateTime;

/** An internal note of the drafting body on a comment (never shown outside the drafting body). */
public record InternalNote(long id, long commentId, String body, String writtenBy, OffsetDateTime writtenAt) {
}
