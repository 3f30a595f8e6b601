package vn.phoihop.consultation.comment;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A comment as its reader sees it: the provision (id and label in the round's version), the organisation that wrote
 * it (the invited one), body, proposal, quote, status, submission time and lateness, the files, and the disposition
 * and its reason only when the reader sees dispositions ({@code null} otherwise: absent from the JSON). Internal notes
 * never appear here.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommentView(long id, long invitationId, long provisionId, String provisionLabel, long organizationId,
        String organization, String body, String proposal, String quote, Integer quoteStart, Integer quoteEnd,
        String status, Instant submittedAt, boolean late, String disposition, String dispositionReason,
        List<Attachment> attachments, long version) {

    /** A file attached to the comment. */
    public record Attachment(long id, String fileName, long sizeBytes) {
    }
}
