package vn.phoihop.consultation.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.consultation.access.RoundHeader;
import vn.phoihop.consultation.disposition.Disposition;
import vn.phoihop.consultation.disposition.DispositionFilter;
import vn.phoihop.consultation.disposition.Dispositions;
import vn.phoihop.consultation.disposition.Groups;
import vn.phoihop.consultation.disposition.SubmittedComment;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.web.Notice;

/**
 * Near-duplicate groups of a round ({@code /consultations/{roundId}/groups}, the drafting body): the suggestions with
 * their comments side by side and an accept button, the groups made with their members (remove one) and a form that
 * answers the whole group once. Every check is the services'; each form redirects back with a notice.
 */
@Controller
class GroupPagesController {

    private final Groups groups;
    private final Dispositions dispositions;

    GroupPagesController(Groups groups, Dispositions dispositions) {
        this.groups = groups;
        this.dispositions = dispositions;
    }

    @GetMapping("/consultations/{roundId}/groups")
    String page(@PathVariable long roundId, Model model) {
        RoundHeader round = dispositions.requireDraftingReader(roundId);
        Map<Long, SubmittedComment> comments = dispositions.list(roundId, DispositionFilter.none()).stream()
                .collect(Collectors.toMap(SubmittedComment::id, Function.identity()));
        model.addAttribute("round", round);
        model.addAttribute("suggestions", groups.suggestions(roundId));
        model.addAttribute("groups", groups.groups(roundId));
        model.addAttribute("comments", comments);
        model.addAttribute("threshold", groups.threshold());
        model.addAttribute("mayWrite", dispositions.mayWrite(round));
        model.addAttribute("kinds", Arrays.asList(Disposition.values()));
        return "consultation/disposition-groups";
    }

    @PostMapping("/consultations/{roundId}/groups")
    String create(@PathVariable long roundId, @RequestParam(required = false) String label,
            @RequestParam(name = "commentIds", required = false) List<Long> commentIds, RedirectAttributes redirect) {
        try {
            groups.create(roundId, label, commentIds);
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("consultation.group.created"));
        }
        catch (UserFacingException ex) {
            redirect.addFlashAttribute(Notice.PROBLEM, Notice.refusal(ex));
        }
        return "redirect:/consultations/" + roundId + "/groups";
    }

    @PostMapping("/consultations/{roundId}/groups/{groupId}/disposition")
    String answer(@PathVariable long roundId, @PathVariable long groupId, @ModelAttribute DispositionForm form,
            RedirectAttributes redirect) {
        try {
            int answered = groups.answer(roundId, groupId, form.command());
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("consultation.group.answered", answered));
        }
        catch (UserFacingException ex) {
            redirect.addFlashAttribute(Notice.PROBLEM, Notice.refusal(ex));
        }
        return "redirect:/consultations/" + roundId + "/groups";
    }

    @PostMapping("/consultations/{roundId}/groups/{groupId}/remove")
    String remove(@PathVariable long roundId, @PathVariable long groupId,
            @RequestParam(name = "commentId", required = false) Long commentId, RedirectAttributes redirect) {
        try {
            groups.removeMember(roundId, groupId, commentId);
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("consultation.group.removed"));
        }
        catch (UserFacingException ex) {
            redirect.addFlashAttribute(Notice.PROBLEM, Notice.refusal(ex));
        }
        return "redirect:/consultations/" + roundId + "/groups";
    }
}
