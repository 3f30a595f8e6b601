package vn.phoihop.consultation.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.consultation.access.ConsultationAccess;
import vn.phoihop.consultation.access.InvitationHeader;
import vn.phoihop.consultation.comment.CommentCommand;
import vn.phoihop.consultation.comment.CommentQueries;
import vn.phoihop.consultation.comment.CommentView;
import vn.phoihop.consultation.comment.Comments;
import vn.phoihop.consultation.comment.Comments.Answer;
import vn.phoihop.consultation.round.RoundCommand;
import vn.phoihop.consultation.round.RoundQueries;
import vn.phoihop.consultation.round.RoundRefusal;
import vn.phoihop.consultation.round.RoundViews.InvitationRow;
import vn.phoihop.consultation.round.RoundViews.RoundDetail;
import vn.phoihop.consultation.round.Rounds;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.VietnamTime;
import vn.phoihop.platform.web.Notice;

/**
 * The consultation pages (issue 11, points 2 and 9): the landing page and invitee dashboard ({@code /consultations}:
 * an invitee's invitations with deadline, days left or LATE, status, counts and reminders; the drafting body's rounds
 * with completeness), opening a round ({@code /consultations/rounds/new?draft=}), and one round
 * ({@code /consultations/{id}}): for the drafting body the invitation status table with a status filter, closing and
 * moving the deadline; for an invitee the version's text with its own comments beside each provision, a “Góp ý” form
 * for its staff, and approve, send back, submit or “không có ý kiến” for its leader. Every check is the services'.
 */
@Controller
class RoundPagesController {

    private final Rounds rounds;
    private final RoundQueries queries;
    private final CommentQueries comments;
    private final Comments commentService;
    private final ConsultationAccess access;

    RoundPagesController(Rounds rounds, RoundQueries queries, CommentQueries comments, Comments commentService,
            ConsultationAccess access) {
        this.rounds = rounds;
        this.queries = queries;
        this.comments = comments;
        this.commentService = commentService;
        this.access = access;
    }

    @GetMapping("/consultations")
    String landing(Model model) {
        model.addAttribute("cards", queries.dashboard());
        model.addAttribute("rounds", queries.list().stream().filter(r -> r.drafting()).toList());
        model.addAttribute("mayOpen", access.staff());
        return "consultation/round-landing";
    }

    @GetMapping("/consultations/rounds/new")
    String newRound(@RequestParam(name = "draft", required = false) Long draft, Model model) {
        if (!access.staff()) {
            throw new org.springframework.security.access.AccessDeniedException("not staff");
        }
        List<RoundQueries.Choice> versions = draft == null ? List.of() : queries.versionChoices(draft);
        model.addAttribute("form", RoundCommand.blank(draft, versions.isEmpty() ? null : versions.get(0).id(),
                VietnamTime.today()));
        return form(model, draft);
    }

    @PostMapping("/consultations/rounds")
    String open(@ModelAttribute("form") RoundCommand form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, form.draftId());
        }
        try {
            long id = rounds.open(form);
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("consultation.round.opened"));
            return "redirect:/consultations/" + id;
        }
        catch (RoundRefusal ex) {
            if (ex.field() != null) {
                errors.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), ex.messageKey());
            }
            else {
                errors.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
            }
            return form(model, form.draftId());
        }
    }

    @GetMapping("/consultations/{id}")
    String show(@PathVariable long id, @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "invitation", required = false) Long chosen, Model model) {
        RoundDetail round = queries.detail(id);
        model.addAttribute("round", round);
        model.addAttribute("key", UUID.randomUUID().toString());
        model.addAttribute("maxBody", Comments.MAX_BODY);
        if (round.drafting()) {
            model.addAttribute("status", status);
            model.addAttribute("rows", round.invitations().stream()
                    .filter(i -> status == null || status.isBlank() || status.equals(i.shown())).toList());
            model.addAttribute("deadlineDate", round.deadline().atZone(VietnamTime.ZONE).toLocalDate());
            model.addAttribute("deadlineTime", round.deadline().atZone(VietnamTime.ZONE).toLocalTime());
            return "consultation/round-drafting";
        }
        List<Long> own = access.ownInvitations(id);
        own.forEach(commentService::openWorkspace);
        // after a merge the reader's organisation holds its predecessors' invitations too: one page each, chosen
        // with ?invitation= (by default the organisation's own invitation, else the first held one)
        List<InvitationRow> held = round.invitations().stream().filter(i -> own.contains(i.id())).toList();
        long userOrganization = access.user().organizationId();
        InvitationRow invitation = held.stream().filter(i -> chosen != null && i.id() == chosen).findFirst()
                .or(() -> held.stream().filter(i -> i.organizationId() == userOrganization).findFirst())
                .or(() -> held.stream().findFirst())
                .orElse(round.invitations().isEmpty() ? null : round.invitations().get(0));
        model.addAttribute("held", held);
        InvitationHeader header = invitation == null ? null : access.requireInvitationReadable(invitation.id());
        List<CommentView> mine = invitation == null ? List.of() : comments.list(id, null).stream()
                .filter(c -> c.invitationId() == invitation.id()).toList();
        Map<Long, List<CommentView>> byProvision = mine.stream()
                .collect(Collectors.groupingBy(CommentView::provisionId));
        boolean open = header != null && header.round().open() && !header.answered();
        model.addAttribute("invitation", invitation);
        model.addAttribute("provisions", queries.provisions(round.versionId()));
        model.addAttribute("byProvision", byProvision);
        model.addAttribute("mayWrite", open && access.mayWrite(header));
        model.addAttribute("mayApprove", open && access.mayApprove(header));
        model.addAttribute("counts", mine.stream().collect(Collectors.groupingBy(CommentView::status,
                Collectors.counting())));
        model.addAttribute("form", CommentCommand.blank(null));
        return "consultation/round-invitee";
    }

    @PostMapping("/consultations/{id}/close")
    String close(@PathVariable long id, @RequestParam(name = "version", required = false) Long version,
            RedirectAttributes redirect) {
        try {
            rounds.close(id, version);
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("consultation.round.closedNotice"));
        }
        catch (UserFacingException ex) {
            redirect.addFlashAttribute(Notice.PROBLEM, Notice.refusal(ex));
        }
        return "redirect:/consultations/" + id;
    }

    @PostMapping("/consultations/{id}/deadline")
    String deadline(@PathVariable long id,
            @RequestParam(name = "deadlineDate", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate date,
            @RequestParam(name = "deadlineTime", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
            LocalTime time,
            @RequestParam(name = "version", required = false) Long version, RedirectAttributes redirect) {
        try {
            rounds.changeDeadline(id, date, time, version);
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("consultation.round.deadlineChanged"));
        }
        catch (UserFacingException ex) {
            redirect.addFlashAttribute(Notice.PROBLEM, Notice.refusal(ex));
        }
        return "redirect:/consultations/" + id;
    }

    @PostMapping("/consultations/{id}/invitations/{invitationId}/approve")
    String approveAll(@PathVariable long id, @PathVariable long invitationId, RedirectAttributes redirect) {
        return act(id, invitationId, redirect, () -> new Notice("consultation.comment.approvedAll",
                commentService.approveAll(requireOf(id, invitationId), null)));
    }

    @PostMapping("/consultations/{id}/invitations/{invitationId}/submit")
    String submit(@PathVariable long id, @PathVariable long invitationId,
            @RequestParam(name = "key", required = false) String key, RedirectAttributes redirect) {
        return act(id, invitationId, redirect, () -> answered(commentService.submit(requireOf(id, invitationId), key)));
    }

    @PostMapping("/consultations/{id}/invitations/{invitationId}/no-comments")
    String noComments(@PathVariable long id, @PathVariable long invitationId,
            @RequestParam(name = "key", required = false) String key, RedirectAttributes redirect) {
        return act(id, invitationId, redirect, () -> answered(commentService.noComments(requireOf(id, invitationId), key)));
    }

    private static Notice answered(Answer answer) {
        if (answer.replayed()) {
            return new Notice("consultation.invitation.alreadyAnswered");
        }
        return new Notice("SUBMITTED".equals(answer.status()) ? (answer.late()
                ? "consultation.invitation.submittedLate" : "consultation.invitation.submitted")
                : "consultation.invitation.noCommentsAnswered", answer.submitted());
    }

    private long requireOf(long roundId, long invitationId) {
        InvitationHeader invitation = access.requireInvitationReadable(invitationId);
        if (invitation.round().id() != roundId) {
            throw UserFacingException.notFound("consultation.invitation.notFound");
        }
        return invitationId;
    }

    private String act(long id, long invitationId, RedirectAttributes redirect,
            java.util.function.Supplier<Notice> action) {
        try {
            redirect.addFlashAttribute(Notice.ATTRIBUTE, action.get());
        }
        catch (UserFacingException ex) {
            redirect.addFlashAttribute(Notice.PROBLEM, Notice.refusal(ex));
        }
        return "redirect:/consultations/" + id;
    }

    private String form(Model model, Long draft) {
        model.addAttribute("drafts", queries.draftChoices());
        model.addAttribute("versions", draft == null ? List.of() : queries.versionChoices(draft));
        return "consultation/round-new";
    }
}
