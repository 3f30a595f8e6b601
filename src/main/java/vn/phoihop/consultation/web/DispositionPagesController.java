package vn.phoihop.consultation.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.consultation.access.RoundHeader;
import vn.phoihop.consultation.disposition.Disposition;
import vn.phoihop.consultation.disposition.DispositionFilter;
import vn.phoihop.consultation.disposition.Dispositions;
import vn.phoihop.consultation.disposition.SubmittedComment;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.web.Notice;

/**
 * The drafting body's disposition page of a round ({@code /consultations/{roundId}/dispositions}): the submitted
 * comments by provision with filters (provision, organisation, disposition or undecided, assigned to me), per comment
 * an htmx disposition form (the card is swapped in place, refusals shown beside the form), internal notes and the
 * drafter it is assigned to; and publication of the round's dispositions to the invitees. Every check is the
 * services'; without htmx each form redirects back with a notice.
 */
@Controller
class DispositionPagesController {

    private final Dispositions dispositions;

    DispositionPagesController(Dispositions dispositions) {
        this.dispositions = dispositions;
    }

    @GetMapping("/consultations/{roundId}/dispositions")
    String list(@PathVariable long roundId, @RequestParam(required = false) Long provision,
            @RequestParam(required = false) Long organization, @RequestParam(required = false) String disposition,
            @RequestParam(required = false) Boolean mine, Model model) {
        RoundHeader round = dispositions.requireDraftingReader(roundId);
        String kind = disposition == null || disposition.isBlank() ? null
                : "UNDECIDED".equals(disposition) ? disposition : Dispositions.parse(disposition).name();
        List<SubmittedComment> all = dispositions.list(roundId, DispositionFilter.none());
        List<SubmittedComment> shown = dispositions.list(roundId, new DispositionFilter(provision, organization, kind,
                Boolean.TRUE.equals(mine)));
        Map<Long, String> provisions = new LinkedHashMap<>();
        all.forEach(c -> provisions.putIfAbsent(c.provisionId(), c.provisionLabel()));
        Map<Long, String> organizations = new LinkedHashMap<>();
        all.stream().sorted(java.util.Comparator.comparing(SubmittedComment::organization,
                vn.phoihop.platform.VietnameseOrder.NAMES))
                .forEach(c -> organizations.putIfAbsent(c.organizationId(), c.organization()));
        Map<Long, List<SubmittedComment>> byProvision = new LinkedHashMap<>();
        shown.forEach(c -> byProvision.computeIfAbsent(c.provisionId(), k -> new java.util.ArrayList<>()).add(c));
        model.addAttribute("round", round);
        model.addAttribute("notesByComment", dispositions.notes(roundId));
        model.addAttribute("byProvision", byProvision);
        model.addAttribute("count", shown.size());
        model.addAttribute("total", all.size());
        model.addAttribute("provisions", provisions);
        model.addAttribute("organizations", organizations);
        model.addAttribute("filter", new DispositionFilter(provision, organization, kind, Boolean.TRUE.equals(mine)));
        common(round, model);
        return "consultation/disposition-list";
    }

    @PostMapping("/consultations/{roundId}/dispositions/{commentId}")
    String dispose(@PathVariable long roundId, @PathVariable long commentId,
            @ModelAttribute DispositionForm form, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model, RedirectAttributes redirect) {
        try {
            dispositions.record(roundId, commentId, form.command());
            return done(roundId, commentId, htmx, "consultation.disposition.saved", model, redirect);
        }
        catch (UserFacingException ex) {
            return refused(roundId, commentId, htmx, ex, model, redirect);
        }
    }

    @PostMapping("/consultations/{roundId}/dispositions/{commentId}/notes")
    String note(@PathVariable long roundId, @PathVariable long commentId,
            @RequestParam(required = false) String body,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect) {
        try {
            dispositions.note(roundId, commentId, body);
            return done(roundId, commentId, htmx, "consultation.note.saved", model, redirect);
        }
        catch (UserFacingException ex) {
            return refused(roundId, commentId, htmx, ex, model, redirect);
        }
    }

    @PostMapping("/consultations/{roundId}/dispositions/{commentId}/assign")
    String assign(@PathVariable long roundId, @PathVariable long commentId,
            @RequestParam(required = false) String drafter,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect) {
        try {
            dispositions.assign(roundId, commentId, drafter);
            return done(roundId, commentId, htmx, "consultation.disposition.assigned", model, redirect);
        }
        catch (UserFacingException ex) {
            return refused(roundId, commentId, htmx, ex, model, redirect);
        }
    }

    @PostMapping("/consultations/{roundId}/publication")
    String publish(@PathVariable long roundId, @RequestParam(required = false) Boolean published,
            @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            dispositions.publish(roundId, published, version);
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice(Boolean.TRUE.equals(published)
                    ? "consultation.disposition.published" : "consultation.disposition.withdrawn"));
        }
        catch (UserFacingException ex) {
            redirect.addFlashAttribute(Notice.PROBLEM, Notice.refusal(ex));
        }
        return "redirect:/consultations/" + roundId + "/dispositions";
    }

    private String done(long roundId, long commentId, String htmx, String key, Model model,
            RedirectAttributes redirect) {
        if (htmx == null) {
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice(key));
            return "redirect:/consultations/" + roundId + "/dispositions#comment-" + commentId;
        }
        model.addAttribute("saved", key);
        return card(roundId, commentId, model);
    }

    private String refused(long roundId, long commentId, String htmx, UserFacingException ex, Model model,
            RedirectAttributes redirect) {
        if (htmx == null) {
            redirect.addFlashAttribute(Notice.PROBLEM, Notice.refusal(ex));
            return "redirect:/consultations/" + roundId + "/dispositions";
        }
        if (ex.status() == 404) {
            throw ex;
        }
        model.addAttribute("refusal", new Notice(ex.messageKey(), ex.arguments()));
        return card(roundId, commentId, model);
    }

    private String card(long roundId, long commentId, Model model) {
        RoundHeader round = dispositions.requireDraftingReader(roundId);
        model.addAttribute("round", round);
        model.addAttribute("c", dispositions.comment(roundId, commentId));
        model.addAttribute("notes", dispositions.notes(roundId, commentId));
        common(round, model);
        return "consultation/disposition-list :: card";
    }

    private void common(RoundHeader round, Model model) {
        model.addAttribute("mayWrite", dispositions.mayWrite(round));
        model.addAttribute("kinds", Arrays.asList(Disposition.values()));
        model.addAttribute("drafters", dispositions.mayWrite(round) ? dispositions.drafters(round) : List.of());
        model.addAttribute("me", vn.phoihop.account.CurrentUser.require().getUsername());
    }
}
