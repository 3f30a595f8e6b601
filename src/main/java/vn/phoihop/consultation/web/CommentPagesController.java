package vn.phoihop.consultation.web;

import java.io.IOException;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.consultation.comment.CommentCommand;
import vn.phoihop.consultation.comment.CommentUpload;
import vn.phoihop.consultation.comment.Comments;
import vn.phoihop.consultation.round.RoundInvitations;
import vn.phoihop.document.FileStore;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.web.Notice;

/**
 * The comment forms of a round's page (the invitee's): write a comment on a provision (with files), edit or delete a
 * DRAFT one, and the leader's approve or send back of one comment; each answers with the round's page again, at the
 * provision, with a notice, or the refusal's message (nothing stored). Files download for the comment's readers.
 */
@Controller
class CommentPagesController {

    private final Comments comments;
    private final RoundInvitations invitations;
    private final FileStore files;

    CommentPagesController(Comments comments, RoundInvitations invitations, FileStore files) {
        this.comments = comments;
        this.invitations = invitations;
        this.files = files;
    }

    @PostMapping("/consultations/{id}/comments")
    String write(@PathVariable long id, @ModelAttribute("form") CommentCommand form,
            @RequestParam(name = "invitationId", required = false) Long invitationId,
            @RequestParam(name = "files", required = false) List<MultipartFile> uploads,
            RedirectAttributes redirect) throws IOException {
        try {
            long invitation = invitations.forWriting(id, invitationId);
            comments.write(invitation, form, CommentUpload.of(uploads, files.maxBytes()));
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("consultation.comment.written"));
        }
        catch (UserFacingException ex) {
            redirect.addFlashAttribute(Notice.PROBLEM, Notice.refusal(ex));
        }
        return back(id, invitationId, form.provisionId());
    }

    @PostMapping("/consultations/{id}/comments/{commentId}")
    String edit(@PathVariable long id, @PathVariable long commentId, @ModelAttribute("form") CommentCommand form,
            @RequestParam(name = "version", required = false) Long version,
            @RequestParam(name = "invitationId", required = false) Long invitationId, RedirectAttributes redirect) {
        return act(id, invitationId, form.provisionId(), redirect, "consultation.comment.edited",
                () -> comments.edit(commentId, form, version));
    }

    @PostMapping("/consultations/{id}/comments/{commentId}/delete")
    String delete(@PathVariable long id, @PathVariable long commentId,
            @RequestParam(name = "version", required = false) Long version,
            @RequestParam(name = "invitationId", required = false) Long invitationId, RedirectAttributes redirect) {
        return act(id, invitationId, null, redirect, "consultation.comment.deleted", () -> comments.delete(commentId, version));
    }

    @PostMapping("/consultations/{id}/comments/{commentId}/approve")
    String approve(@PathVariable long id, @PathVariable long commentId,
            @RequestParam(name = "version", required = false) Long version,
            @RequestParam(name = "invitationId", required = false) Long invitationId, RedirectAttributes redirect) {
        return act(id, invitationId, null, redirect, "consultation.comment.approved", () -> comments.approve(commentId, version));
    }

    @PostMapping("/consultations/{id}/comments/{commentId}/send-back")
    String sendBack(@PathVariable long id, @PathVariable long commentId,
            @RequestParam(name = "version", required = false) Long version,
            @RequestParam(name = "invitationId", required = false) Long invitationId, RedirectAttributes redirect) {
        return act(id, invitationId, null, redirect, "consultation.comment.sentBack", () -> comments.sendBack(commentId, version));
    }

    @GetMapping("/consultations/comments/{commentId}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable long commentId, @PathVariable long attachmentId) {
        return files.download(comments.attachment(commentId, attachmentId));
    }

    private String act(long id, Long invitationId, Long provision, RedirectAttributes redirect, String done,
            Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice(done));
        }
        catch (UserFacingException ex) {
            redirect.addFlashAttribute(Notice.PROBLEM, Notice.refusal(ex));
        }
        return back(id, invitationId, provision);
    }

    /** Back to the round page, on the invitation the form was about (after a merge there may be several). */
    private static String back(long id, Long invitationId, Long provision) {
        return "redirect:/consultations/" + id + (invitationId == null ? "" : "?invitation=" + invitationId)
                + (provision == null ? "" : "#p-" + provision);
    }
}
