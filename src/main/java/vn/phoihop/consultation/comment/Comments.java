package vn.phoihop.consultation.comment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.account.AuditTrail;
import vn.phoihop.consultation.access.ConsultationAccess;
import vn.phoihop.consultation.access.InvitationHeader;
import vn.phoihop.document.FileStore;
import vn.phoihop.platform.Texts;
import vn.phoihop.platform.UserFacingException;

/**
 * Comments of an invitee (issue 11, point 3). The staff of the invitation's holder today write comments on a
 * provision of the round's version, edit and delete their DRAFT ones, and attach files (the document module's
 * {@link FileStore}); the holder's LEADER approves them (DRAFT → APPROVED) or sends an approved one back, and answers
 * the invitation once: submits every approved comment (all become SUBMITTED with the invitation), or answers that it
 * has none (“không có ý kiến”). Access is {@link ConsultationAccess}' first; then the round must be open and the
 * invitation not yet answered.
 *
 * <p>Submission: refused while DRAFT comments remain; after the deadline marked late ({@code FLAG}) or refused
 * ({@code REFUSE}, nothing changed); idempotent by its key (a retry with the same key answers the first result and
 * stores nothing twice; another key after the answer is a conflict). Edits and approvals name the comment's version:
 * a stale one is refused (409).
 */
@Service
public class Comments {

    /** The longest comment and proposal, in characters. */
    public static final int MAX_BODY = 8000;
    /** The longest quote. */
    public static final int MAX_QUOTE = 2000;
    /** The most files of one comment. */
    public static final int MAX_FILES = 5;
    /** The file store's purpose of comment attachments. */
    static final String PURPOSE = "CONSULTATION_COMMENT";

    /** The answer of a submission: the invitation, its status and lateness, and whether an earlier call stored it. */
    public record Answer(long invitationId, String status, boolean late, int submitted, boolean replayed) {
    }

    private record CommentRow(long id, long invitationId, long provisionId, String status, long version) {
    }

    private final ConsultationAccess access;
    private final JdbcClient jdbc;
    private final FileStore files;
    private final AuditTrail audit;

    Comments(ConsultationAccess access, JdbcClient jdbc, FileStore files, AuditTrail audit) {
        this.access = access;
        this.jdbc = jdbc;
        this.files = files;
        this.audit = audit;
    }

    /**
     * Writes a DRAFT comment for the invitation, with its files; the invitation is DRAFTING from then on.
     *
     * @throws UserFacingException 404 (invitation not readable), 403 (not the holder's staff), 400 (bad input), 409
     *     (round closed, invitation answered), 413
     */
    @Transactional
    public long write(long invitationId, CommentCommand command, List<CommentUpload> uploads) {
        InvitationHeader invitation = access.requireWriter(invitationId);
        requireOpen(invitation);
        CommentCommand checked = check(invitation.round().versionId(), command);
        List<CommentUpload> attached = uploads == null ? List.of() : uploads;
        if (attached.size() > MAX_FILES) {
            throw new CommentRefusal("files", "consultation.comment.files.tooMany", MAX_FILES);
        }
        String user = access.user().getUsername();
        long id = jdbc.sql("""
                INSERT INTO consultation_comment (round_id, invitation_id, provision_id, quote, quote_start, quote_end,
                                                  body, proposal, body_folded, written_by)
                VALUES (:r, :i, :p, :quote, :start, :end, :body, :proposal, :folded, :user) RETURNING id
                """).param("r", invitation.round().id()).param("i", invitationId).param("p", checked.provisionId())
                .param("quote", checked.quote()).param("start", checked.quoteStart()).param("end", checked.quoteEnd())
                .param("body", checked.body()).param("proposal", checked.proposal())
                .param("folded", Texts.fold(checked.body())).param("user", user).query(Long.class).single();
        for (CommentUpload upload : attached) {
            FileStore.StoredFile file = files.store(PURPOSE, upload.fileName(), upload.content());
            jdbc.sql("INSERT INTO consultation_attachment (comment_id, file_id, file_name, content_type, size_bytes,"
                    + " created_by) VALUES (:c, :f, :name, :type, :size, :user)").param("c", id)
                    .param("f", file.id()).param("name", file.fileName()).param("type", file.mediaType())
                    .param("size", file.sizeBytes()).param("user", user).update();
        }
        markDrafting(invitationId);
        record("CONSULTATION_COMMENT_WRITTEN", id, invitation, "files=" + attached.size());
        return id;
    }

    /**
     * Edits a DRAFT comment (its provision stays).
     *
     * @throws UserFacingException 404, 403, 400, 409 (stale version, not a draft, round closed, answered)
     */
    @Transactional
    public void edit(long commentId, CommentCommand command, Long version) {
        CommentRow comment = comment(commentId);
        InvitationHeader invitation = access.requireWriter(comment.invitationId());
        requireOpen(invitation);
        CommentCommand checked = check(invitation.round().versionId(), new CommentCommand(comment.provisionId(),
                command == null ? null : command.body(), command == null ? null : command.proposal(),
                command == null ? null : command.quote(), command == null ? null : command.quoteStart(),
                command == null ? null : command.quoteEnd()));
        int changed = jdbc.sql("""
                UPDATE consultation_comment SET body = :body, proposal = :proposal, body_folded = :folded,
                       quote = :quote, quote_start = :start, quote_end = :end, version = version + 1
                WHERE id = :c AND status = 'DRAFT' AND version = :v
                """).param("body", checked.body()).param("proposal", checked.proposal())
                .param("folded", Texts.fold(checked.body())).param("quote", checked.quote())
                .param("start", checked.quoteStart()).param("end", checked.quoteEnd()).param("c", commentId)
                .param("v", requireVersion(version)).update();
        if (changed == 0) {
            throw UserFacingException.conflict("consultation.comment.stale");
        }
        record("CONSULTATION_COMMENT_EDITED", commentId, invitation, null);
    }

    /**
     * Deletes a DRAFT comment and its files' rows.
     *
     * @throws UserFacingException 404, 403, 409 (stale version, not a draft, round closed, answered)
     */
    @Transactional
    public void delete(long commentId, Long version) {
        CommentRow comment = comment(commentId);
        InvitationHeader invitation = access.requireWriter(comment.invitationId());
        requireOpen(invitation);
        int changed = jdbc.sql("DELETE FROM consultation_comment WHERE id = :c AND status = 'DRAFT'"
                + " AND version = :v").param("c", commentId).param("v", requireVersion(version)).update();
        if (changed == 0) {
            throw UserFacingException.conflict("consultation.comment.stale");
        }
        record("CONSULTATION_COMMENT_DELETED", commentId, invitation, null);
    }

    /**
     * Approves a DRAFT comment (the holder's LEADER).
     *
     * @throws UserFacingException 404, 403 (not the holder's leader), 409 (stale, not a draft, closed, answered)
     */
    @Transactional
    public void approve(long commentId, Long version) {
        CommentRow comment = comment(commentId);
        InvitationHeader invitation = access.requireApprover(comment.invitationId());
        requireOpen(invitation);
        move(commentId, version, "DRAFT", "APPROVED");
        record("CONSULTATION_COMMENT_APPROVED", commentId, invitation, null);
    }

    /**
     * Sends an APPROVED comment back to DRAFT before submission (the holder's LEADER).
     *
     * @throws UserFacingException 404, 403, 409 (stale, not approved, closed, answered)
     */
    @Transactional
    public void sendBack(long commentId, Long version) {
        CommentRow comment = comment(commentId);
        InvitationHeader invitation = access.requireApprover(comment.invitationId());
        requireOpen(invitation);
        move(commentId, version, "APPROVED", "DRAFT");
        record("CONSULTATION_COMMENT_SENT_BACK", commentId, invitation, null);
    }

    /**
     * Approves every DRAFT comment of the invitation (or those of {@code commentIds} only); returns how many.
     *
     * @throws UserFacingException 404, 403 (not the holder's leader), 409 (round closed, invitation answered)
     */
    @Transactional
    public int approveAll(long invitationId, List<Long> commentIds) {
        InvitationHeader invitation = access.requireApprover(invitationId);
        requireOpen(invitation);
        boolean all = commentIds == null || commentIds.isEmpty();
        int approved = jdbc.sql("UPDATE consultation_comment SET status = 'APPROVED', approved_by = :user,"
                + " approved_at = now(), version = version + 1 WHERE invitation_id = :i AND status = 'DRAFT'"
                + (all ? "" : " AND id IN (:ids)")).param("user", access.user().getUsername())
                .param("i", invitationId).param("ids", all ? List.of(-1L) : commentIds).update();
        if (approved > 0) {
            audit.record("CONSULTATION_COMMENTS_APPROVED", "consultation_invitation", invitationId,
                    "approved=" + approved, about(invitation));
        }
        return approved;
    }

    /**
     * Submits the invitation's APPROVED comments, once (the holder's LEADER).
     *
     * @param key the idempotency key (at most 100 visible characters), or {@code null}
     * @throws UserFacingException 404, 403, 400 (DRAFT comments remain, nothing approved, a bad key), 409 (closed,
     *     already answered with another key, late and the round refuses late submissions)
     */
    @Transactional
    public Answer submit(long invitationId, String key) {
        return answer(invitationId, key, "SUBMITTED");
    }

    /**
     * Answers that the invitee has no comments (“không có ý kiến”), once (the holder's LEADER); refused when comments
     * were written and not deleted.
     *
     * @throws UserFacingException as {@link #submit}
     */
    @Transactional
    public Answer noComments(long invitationId, String key) {
        return answer(invitationId, key, "NO_COMMENTS");
    }

    /**
     * Marks the invitation DRAFTING when a member of its holder today opens its workspace for the first time; does
     * nothing for anybody else or once it moved on.
     */
    @Transactional
    public void openWorkspace(long invitationId) {
        InvitationHeader invitation = access.requireInvitationReadable(invitationId);
        if (invitation.holderId() != null && invitation.holderId() == access.user().organizationId()
                && access.staff()) {
            markDrafting(invitationId);
        }
    }

    /**
     * A file attached to a comment, for a reader of the comment.
     *
     * @throws UserFacingException 404 (comment, file or access)
     */
    @Transactional(readOnly = true)
    public FileStore.FileContent attachment(long commentId, long attachmentId) {
        var params = access.parameters();
        params.put("c", commentId);
        params.put("a", attachmentId);
        Long fileId = jdbc.sql("SELECT a.file_id FROM consultation_attachment a JOIN consultation_comment c"
                + " ON c.id = a.comment_id JOIN consultation_round r ON r.id = c.round_id"
                + " JOIN consultation_draft d ON d.id = r.draft_id WHERE a.id = :a AND c.id = :c AND "
                + access.commentReadable("c", "d")).params(params).query(Long.class).optional().orElse(null);
        return (fileId == null ? Optional.<FileStore.FileContent>empty() : files.read(fileId))
                .orElseThrow(() -> UserFacingException.notFound("consultation.comment.notFound"));
    }

    private Answer answer(long invitationId, String key, String outcome) {
        InvitationHeader invitation = access.requireApprover(invitationId);
        String idempotencyKey = checkKey(key);
        record Locked(String status, boolean late, String key) {
        }
        Locked locked = jdbc.sql("SELECT status, late, idempotency_key FROM consultation_invitation WHERE id = :i"
                + " FOR UPDATE").param("i", invitationId)
                .query((rs, n) -> new Locked(rs.getString(1), rs.getBoolean(2), rs.getString(3))).single();
        if ("SUBMITTED".equals(locked.status()) || "NO_COMMENTS".equals(locked.status())) {
            if (idempotencyKey != null && idempotencyKey.equals(locked.key())) {
                return new Answer(invitationId, locked.status(), locked.late(), submittedCount(invitationId), true);
            }
            throw UserFacingException.conflict("consultation.invitation.answered");
        }
        if (!invitation.round().open()) {
            throw UserFacingException.conflict("consultation.round.closed");
        }
        Instant now = Instant.now();
        boolean late = invitation.round().lateAt(now);
        if (late && invitation.round().refusesLate()) {
            throw UserFacingException.conflict("consultation.invitation.lateRefused");
        }
        record Counts(int drafts, int approved) {
        }
        Counts counts = jdbc.sql("SELECT count(*) FILTER (WHERE status = 'DRAFT'), count(*) FILTER (WHERE status ="
                + " 'APPROVED') FROM consultation_comment WHERE invitation_id = :i").param("i", invitationId)
                .query((rs, n) -> new Counts(rs.getInt(1), rs.getInt(2))).single();
        if ("SUBMITTED".equals(outcome)) {
            if (counts.drafts() > 0) {
                throw new CommentRefusal(null, "consultation.invitation.draftsRemain", counts.drafts());
            }
            if (counts.approved() == 0) {
                throw new CommentRefusal(null, "consultation.invitation.nothingApproved");
            }
        }
        else if (counts.drafts() + counts.approved() > 0) {
            throw new CommentRefusal(null, "consultation.invitation.commentsWritten", counts.drafts()
                    + counts.approved());
        }
        java.sql.Timestamp at = java.sql.Timestamp.from(now);
        int submitted = jdbc.sql("UPDATE consultation_comment SET status = 'SUBMITTED', submitted_at = :at,"
                + " version = version + 1 WHERE invitation_id = :i AND status = 'APPROVED'").param("at", at)
                .param("i", invitationId).update();
        jdbc.sql("""
                UPDATE consultation_invitation SET status = :outcome, submitted_at = :at, submitted_by = :user,
                       submitted_by_organization_id = :org, late = :late, idempotency_key = :key,
                       opened_at = coalesce(opened_at, :at), version = version + 1
                WHERE id = :i
                """).param("outcome", outcome).param("at", at).param("user", access.user().getUsername())
                .param("org", invitation.holderId()).param("late", late).param("key", idempotencyKey)
                .param("i", invitationId).update();
        audit.record("SUBMITTED".equals(outcome) ? "CONSULTATION_INVITATION_SUBMITTED"
                : "CONSULTATION_INVITATION_NO_COMMENTS", "consultation_invitation", invitationId,
                "comments=" + submitted + (late ? " late" : ""), about(invitation));
        return new Answer(invitationId, outcome, late, submitted, false);
    }

    /** Records a change to a comment of the invitation, about the invited organisation and its holder today. */
    private void record(String action, long commentId, InvitationHeader invitation, String details) {
        audit.record(action, "consultation_comment", commentId, "invitation=" + invitation.id()
                + (details == null ? "" : " " + details), about(invitation));
    }

    /**
     * The organisations an invitee's audit row is about: the invited one and its holder today (a successor after a
     * merge). Never the drafting body's: what the invitee drafts is its own until submitted.
     */
    private static List<Long> about(InvitationHeader invitation) {
        return invitation.holderId() == null || invitation.holderId() == invitation.organizationId()
                ? List.of(invitation.organizationId()) : List.of(invitation.organizationId(), invitation.holderId());
    }

    private int submittedCount(long invitationId) {
        return jdbc.sql("SELECT count(*) FROM consultation_comment WHERE invitation_id = :i AND status = 'SUBMITTED'")
                .param("i", invitationId).query(Integer.class).single();
    }

    private void move(long commentId, Long version, String from, String to) {
        boolean approving = "APPROVED".equals(to);
        int changed = jdbc.sql("UPDATE consultation_comment SET status = :to, approved_by = :by,"
                + " approved_at = CASE WHEN :approving THEN now() END, version = version + 1"
                + " WHERE id = :c AND status = :from AND version = :v").param("to", to)
                .param("by", approving ? access.user().getUsername() : null).param("approving", approving)
                .param("c", commentId).param("from", from).param("v", requireVersion(version)).update();
        if (changed == 0) {
            throw UserFacingException.conflict("consultation.comment.stale");
        }
    }

    private void markDrafting(long invitationId) {
        jdbc.sql("UPDATE consultation_invitation SET status = 'DRAFTING', opened_at = coalesce(opened_at, now()),"
                + " version = version + 1 WHERE id = :i AND status = 'NOT_OPENED'").param("i", invitationId)
                .update();
    }

    /** The comment's invitation, provision, status and version, or “not found” (access follows). */
    private CommentRow comment(long commentId) {
        return jdbc.sql("SELECT id, invitation_id, provision_id, status, version FROM consultation_comment"
                + " WHERE id = :c").param("c", commentId)
                .query((rs, n) -> new CommentRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getLong(5))).optional()
                .orElseThrow(() -> UserFacingException.notFound("consultation.comment.notFound"));
    }

    private static void requireOpen(InvitationHeader invitation) {
        if (!invitation.round().open()) {
            throw UserFacingException.conflict("consultation.round.closed");
        }
        if (invitation.answered()) {
            throw UserFacingException.conflict("consultation.invitation.answered");
        }
    }

    /** The command checked and normalised against the provision's body in the version. */
    private CommentCommand check(long versionId, CommentCommand command) {
        if (command == null || command.provisionId() == null) {
            throw new CommentRefusal("provisionId", "consultation.comment.provision.required");
        }
        String provisionBody = jdbc.sql("SELECT body FROM consultation_provision_text WHERE version_id = :v"
                + " AND provision_id = :p").param("v", versionId).param("p", command.provisionId())
                .query(String.class).optional()
                .orElseThrow(() -> new CommentRefusal("provisionId", "consultation.comment.provision.required"));
        String body = text("body", command.body(), MAX_BODY);
        if (body == null) {
            throw new CommentRefusal("body", "consultation.comment.body.required");
        }
        String proposal = text("proposal", command.proposal(), MAX_BODY);
        String quote = Texts.nfc(command.quote());
        quote = quote == null || quote.isEmpty() ? null : quote;
        Integer start = command.quoteStart();
        Integer end = command.quoteEnd();
        String source = Texts.nfc(provisionBody);
        if (quote == null && start == null && end == null) {
            return new CommentCommand(command.provisionId(), body, proposal, null, null, null);
        }
        if (quote != null && quote.length() > MAX_QUOTE) {
            throw new CommentRefusal("quote", "consultation.comment.text.tooLong", MAX_QUOTE);
        }
        if (start == null && end == null) {
            int at = source.indexOf(quote);
            if (at < 0) {
                throw new CommentRefusal("quote", "consultation.comment.quote.outside");
            }
            return new CommentCommand(command.provisionId(), body, proposal, quote, at, at + quote.length());
        }
        if (start == null || end == null || start < 0 || end <= start || end > source.length()
                || end - start > MAX_QUOTE) {
            throw new CommentRefusal("quote", "consultation.comment.quote.outside");
        }
        String range = source.substring(start, end);
        if (quote != null && !quote.equals(range)) {
            throw new CommentRefusal("quote", "consultation.comment.quote.outside");
        }
        return new CommentCommand(command.provisionId(), body, proposal, range, start, end);
    }

    private static String text(String field, String value, int max) {
        String text = Texts.nfc(value);
        if (text == null || text.isBlank()) {
            return null;
        }
        text = text.strip();
        if (text.length() > max) {
            throw new CommentRefusal(field, "consultation.comment.text.tooLong", max);
        }
        if (Texts.hasControlCharacters(text, true)) {
            throw new CommentRefusal(field, "consultation.comment.text.control");
        }
        return text;
    }

    private static long requireVersion(Long version) {
        if (version == null || version < 0) {
            throw UserFacingException.conflict("consultation.comment.stale");
        }
        return version;
    }

    private static String checkKey(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        if (key.length() > 100 || Texts.hasControlCharacters(key, false)) {
            throw new CommentRefusal(null, "consultation.invitation.key.invalid");
        }
        return key;
    }
}
