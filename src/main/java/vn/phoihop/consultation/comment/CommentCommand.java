package vn.phoihop.consultation.comment;

/**
 * A comment on one provision of the round's version: the comment itself, an optional proposed wording, and an
 * optional quoted range of the provision's body (the quote, its character offsets in the body, or both).
 */
public record CommentCommand(Long provisionId, String body, String proposal, String quote, Integer quoteStart,
        Integer quoteEnd) {

    /** An empty form on {@code provisionId}. */
    public static CommentCommand blank(Long provisionId) {
        return new CommentCommand(provisionId, null, null, null, null, null);
    }
}
