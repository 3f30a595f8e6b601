package vn.phoihop.reporting.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.web.Notice;
import vn.phoihop.reporting.submission.InvalidValues;
import vn.phoihop.reporting.submission.SubmissionQueries;
import vn.phoihop.reporting.submission.SubmissionValues.Problem;
import vn.phoihop.reporting.submission.SubmissionValues.Raw;
import vn.phoihop.reporting.submission.SubmissionView;
import vn.phoihop.reporting.submission.Submissions;

/**
 * The reporting organisation's pages: its reports per period ({@code /reporting/submissions}), and one report
 * ({@code /reporting/submissions/{id}}): the form, saved as the user types (htmx posts the form 500 ms after a
 * change; the answer updates the status line, each field's message, the rules and the version), and submitted with
 * a one-time token so that a double click stores once; read-only with its history when it may not be changed.
 * Refused values come back beside their fields and nothing is stored; every check is the services'.
 */
@Controller
class SubmissionPagesController {

    private final Submissions submissions;
    private final SubmissionQueries queries;

    SubmissionPagesController(Submissions submissions, SubmissionQueries queries) {
        this.submissions = submissions;
        this.queries = queries;
    }

    @GetMapping("/reporting/submissions")
    String list(Model model) {
        model.addAttribute("reports", queries.mine());
        return "reporting/submission-list";
    }

    /** Opens (creates when needed) the draft of a period for the user's organisation. */
    @PostMapping("/reporting/submissions/open")
    String open(@RequestParam(name = "periodId", required = false) Long periodId, RedirectAttributes redirect) {
        try {
            if (periodId == null) {
                throw UserFacingException.invalid("reporting.submission.periodNotFound");
            }
            long id = submissions.open(periodId, queries.ownOrganization());
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("reporting.submission.saved"));
            return "redirect:/reporting/submissions/" + id;
        }
        catch (UserFacingException ex) {
            redirect.addFlashAttribute(Notice.PROBLEM, Notice.refusal(ex));
            return "redirect:/reporting/submissions";
        }
    }

    @GetMapping("/reporting/submissions/{id}")
    String show(@PathVariable long id, Model model) {
        return page(queries.view(id), List.of(), List.of(), model);
    }

    /** The autosave (htmx): stores the form's values as a draft and answers with the status fragment. */
    @PostMapping("/reporting/submissions/{id}/values")
    String save(@PathVariable long id, @RequestParam Map<String, String> parameters, Model model) {
        List<Raw> entered = Submissions.fromForm(parameters);
        List<Problem> problems = List.of();
        String status = "submission.page.saved";
        Object[] args = new Object[0];
        try {
            submissions.save(id, version(parameters), entered);
        }
        catch (InvalidValues ex) {
            problems = ex.problems();
            status = ex.messageKey();
            args = ex.arguments();
        }
        catch (UserFacingException ex) {
            Notice refusal = Notice.refusal(ex);
            status = refusal.key();
            args = refusal.args();
            problems = List.of(new Problem(null, "", refusal.key(), List.of(refusal.args())));
        }
        SubmissionView view = queries.view(id);
        model.addAttribute("view", view);
        model.addAttribute("form", SubmissionForm.of(view, problems.isEmpty() ? List.of() : entered, problems));
        model.addAttribute("status", new Notice(status, args));
        model.addAttribute("failed", !problems.isEmpty());
        if (!problems.isEmpty()) {
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "values", refused(status));
        }
        return "reporting/submission-form :: autosaved";
    }

    /** Saves the values and submits, all or nothing; a repeated token (a double click) stores nothing more. */
    @PostMapping("/reporting/submissions/{id}/submit")
    String submit(@PathVariable long id, @RequestParam Map<String, String> parameters, Model model,
            RedirectAttributes redirect) {
        List<Raw> entered = Submissions.fromForm(parameters);
        try {
            Submissions.Outcome outcome = submissions.submit(id, version(parameters), entered, parameters.get("token"));
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice(outcome.replayed()
                    ? "reporting.submission.alreadySubmitted" : "reporting.submission.submitted"));
        }
        catch (InvalidValues ex) {
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "values", refused(ex.messageKey()));
            model.addAttribute("problem", new Notice(ex.messageKey(), ex.arguments()));
            return page(queries.view(id), entered, ex.problems(), model);
        }
        catch (UserFacingException ex) {
            redirect.addFlashAttribute(Notice.PROBLEM, Notice.refusal(ex));
        }
        return "redirect:/reporting/submissions/" + id;
    }

    private String page(SubmissionView view, List<Raw> entered, List<Problem> problems, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("form", SubmissionForm.of(view, entered, problems));
        model.addAttribute("token", UUID.randomUUID().toString());
        return "reporting/submission-form";
    }

    private static Long version(Map<String, String> parameters) {
        String v = parameters.get("version");
        if (v == null || !v.matches("\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(v);
    }

    private static BindingResult refused(String key) {
        MapBindingResult errors = new MapBindingResult(new HashMap<>(), "values");
        errors.reject(key);
        return errors;
    }
}
