package vn.phoihop.tracking.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.document.FileStore;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.web.Notice;
import vn.phoihop.tracking.progress.EvidenceUpload;
import vn.phoihop.tracking.progress.ProgressCommand;
import vn.phoihop.tracking.progress.ProgressQueries;
import vn.phoihop.tracking.progress.ProgressRefusal;
import vn.phoihop.tracking.progress.ProgressReports;

/**
 * The progress pages: one assignment ({@code /tracking/assignments/{id}}: what was assigned, the due date and status
 * with the overdue colour, the carriers over time, the updates with their evidence, the report form for the
 * carrier's staff and accept or return for the assigning side; the forms are boosted by htmx), and the assignments
 * the user's organisation carries ({@code /tracking/mine}). The report form carries a one-time key, so a double
 * click stores once; refused input comes back beside its field and nothing is stored. Every check is the services'.
 */
@Controller
class ProgressPagesController {

    private final ProgressReports reports;
    private final ProgressQueries queries;
    private final FileStore files;

    ProgressPagesController(ProgressReports reports, ProgressQueries queries, FileStore files) {
        this.reports = reports;
        this.queries = queries;
        this.files = files;
    }

    @GetMapping("/tracking/assignments/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("form", ProgressCommand.blank());
        return page(id, model);
    }

    @PostMapping("/tracking/assignments/{id}/progress")
    String report(@PathVariable long id, @ModelAttribute("form") ProgressCommand form, BindingResult errors,
            @RequestParam(name = "key", required = false) String key,
            @RequestParam(name = "files", required = false) List<MultipartFile> uploads, Model model,
            RedirectAttributes redirect) throws IOException {
        try {
            List<EvidenceUpload> evidence = EvidenceUpload.of(uploads, files.maxBytes());
            ProgressReports.Outcome outcome = reports.report(id, form, evidence, key);
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice(outcome.replayed()
                    ? "tracking.progress.alreadyReported" : "tracking.progress.reported"));
            return "redirect:/tracking/assignments/" + id;
        }
        catch (ProgressRefusal ex) {
            ProgressForms.reject(errors, ex);
            return page(id, model);
        }
        catch (UserFacingException ex) {
            if (ex.status() == 404) {
                throw ex;
            }
            errors.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
            return page(id, model);
        }
    }

    @PostMapping("/tracking/progress/{id}/accept")
    String accept(@PathVariable long id, @RequestParam(name = "version", required = false) Long version,
            RedirectAttributes redirect) {
        long assignment = reports.readableAssignmentOf(id);
        try {
            reports.accept(id, version);
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("tracking.progress.accepted"));
        }
        catch (UserFacingException ex) {
            redirect.addFlashAttribute(Notice.PROBLEM, Notice.refusal(ex));
        }
        return "redirect:/tracking/assignments/" + assignment;
    }

    @PostMapping("/tracking/progress/{id}/return")
    String giveBack(@PathVariable long id, @RequestParam(name = "version", required = false) Long version,
            @RequestParam(name = "reason", required = false) String reason, RedirectAttributes redirect) {
        long assignment = reports.readableAssignmentOf(id);
        try {
            reports.giveBack(id, version, reason);
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("tracking.progress.returned"));
        }
        catch (UserFacingException ex) {
            redirect.addFlashAttribute(Notice.PROBLEM, Notice.refusal(ex));
        }
        return "redirect:/tracking/assignments/" + assignment;
    }

    @GetMapping("/tracking/progress/{id}/evidence/{evidenceId}")
    ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable long evidenceId) {
        return files.download(reports.evidence(id, evidenceId));
    }

    @GetMapping("/tracking/mine")
    String mine(Model model) {
        model.addAttribute("rows", queries.mine());
        return "tracking/progress-mine";
    }

    private String page(long id, Model model) {
        model.addAttribute("view", queries.view(id));
        model.addAttribute("key", UUID.randomUUID().toString());
        model.addAttribute("maxFiles", ProgressReports.MAX_FILES);
        model.addAttribute("maxNarrative", ProgressReports.MAX_NARRATIVE);
        return "tracking/progress-assignment";
    }
}
