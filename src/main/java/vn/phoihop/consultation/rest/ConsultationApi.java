package vn.phoihop.consultation.rest;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.phoihop.consultation.comment.CommentQueries;
import vn.phoihop.consultation.comment.CommentView;
import vn.phoihop.consultation.comment.Comments;
import vn.phoihop.consultation.round.RoundCommand;
import vn.phoihop.consultation.round.RoundQueries;
import vn.phoihop.consultation.round.RoundViews.RoundDetail;
import vn.phoihop.consultation.round.RoundViews.RoundSummary;
import vn.phoihop.consultation.round.RoundInvitations;
import vn.phoihop.consultation.round.Rounds;

/**
 * Consultation rounds under {@code /api/v1/consultations}: the rounds the reader reads, open a round, one round with
 * the invitations the reader reads, its readable comments (optional {@code q}), write a comment for the reader's own
 * invitation, approve the invitation's draft comments, submit them ({@code Idempotency-Key}: a retry answers 200 with
 * the same result) or answer “không có ý kiến”. Every check is the services'.
 */
@RestController
@Tag(name = "Lấy ý kiến dự thảo / Consultation on drafts")
class ConsultationApi {

    private final Rounds rounds;
    private final RoundQueries roundQueries;
    private final Comments comments;
    private final CommentQueries commentQueries;
    private final RoundInvitations invitations;

    ConsultationApi(Rounds rounds, RoundQueries roundQueries, Comments comments, CommentQueries commentQueries,
            RoundInvitations invitations) {
        this.rounds = rounds;
        this.roundQueries = roundQueries;
        this.comments = comments;
        this.commentQueries = commentQueries;
        this.invitations = invitations;
    }

    /** The answer to a creation. */
    record Created(long id) {
    }

    /** A comment to write: the invitation (optional when the reader holds one invitation of the round) and text. */
    record NewComment(Long invitationId, Long provisionId, String body, String proposal, String quote,
            Integer quoteStart, Integer quoteEnd) {
    }

    /** Which draft comments to approve; all when absent. */
    record Approval(List<Long> commentIds) {
    }

    /** The answer to an approval. */
    record Approved(int approved) {
    }

    @GetMapping("/api/v1/consultations")
    @Operation(summary = "Các đợt lấy ý kiến / Consultation rounds")
    List<RoundSummary> list() {
        return roundQueries.list();
    }

    @PostMapping("/api/v1/consultations")
    @Operation(summary = "Mở đợt lấy ý kiến / Open a consultation round")
    ResponseEntity<Created> open(@RequestBody(required = false) RoundCommand command) {
        long id = rounds.open(command);
        return ResponseEntity.created(URI.create("/api/v1/consultations/" + id)).body(new Created(id));
    }

    @GetMapping("/api/v1/consultations/{id}")
    @Operation(summary = "Một đợt lấy ý kiến / One consultation round")
    RoundDetail get(@PathVariable long id) {
        return roundQueries.detail(id);
    }

    @GetMapping("/api/v1/consultations/{id}/comments")
    @Operation(summary = "Góp ý của đợt lấy ý kiến / Comments of a round")
    List<CommentView> comments(@PathVariable long id, @RequestParam(name = "q", required = false) String q) {
        return commentQueries.list(id, q);
    }

    @PostMapping("/api/v1/consultations/{id}/comments")
    @Operation(summary = "Viết góp ý / Write a comment")
    ResponseEntity<Created> write(@PathVariable long id, @RequestBody(required = false) NewComment body) {
        long invitation = invitations.forWriting(id, body == null ? null : body.invitationId());
        long comment = comments.write(invitation, body == null ? null : new vn.phoihop.consultation.comment
                .CommentCommand(body.provisionId(), body.body(), body.proposal(), body.quote(), body.quoteStart(),
                        body.quoteEnd()), List.of());
        return ResponseEntity.status(HttpStatus.CREATED).body(new Created(comment));
    }

    @PostMapping("/api/v1/consultations/{id}/invitations/{invitationId}/approve")
    @Operation(summary = "Lãnh đạo duyệt góp ý / The leader approves the comments")
    Approved approve(@PathVariable long id, @PathVariable long invitationId,
            @RequestBody(required = false) Approval body) {
        invitations.require(id, invitationId);
        return new Approved(comments.approveAll(invitationId, body == null ? null : body.commentIds()));
    }

    @PostMapping("/api/v1/consultations/{id}/invitations/{invitationId}/submit")
    @Operation(summary = "Gửi góp ý (Idempotency-Key) / Submit the comments (Idempotency-Key)")
    ResponseEntity<Comments.Answer> submit(@PathVariable long id, @PathVariable long invitationId,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        invitations.require(id, invitationId);
        return answer(comments.submit(invitationId, key));
    }

    @PostMapping("/api/v1/consultations/{id}/invitations/{invitationId}/no-comments")
    @Operation(summary = "Trả lời không có ý kiến (Idempotency-Key) / Answer “no comments” (Idempotency-Key)")
    ResponseEntity<Comments.Answer> noComments(@PathVariable long id, @PathVariable long invitationId,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        invitations.require(id, invitationId);
        return answer(comments.noComments(invitationId, key));
    }

    private static ResponseEntity<Comments.Answer> answer(Comments.Answer answer) {
        return ResponseEntity.status(answer.replayed() ? HttpStatus.OK : HttpStatus.CREATED).body(answer);
    }
}
