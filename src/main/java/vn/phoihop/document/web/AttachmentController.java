package vn.phoihop.document.web;

import java.io.IOException;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.document.attachment.AttachmentView;
import vn.phoihop.document.attachment.Attachments;
import vn.phoihop.document.attachment.Downloads;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.web.Notice;

/**
 * The attachments section of the document page, which loads it with htmx ({@code hx-get} on load), and its forms.
 * An upload or deletion from htmx gets the section back with the outcome shown inside it; without htmx it redirects
 * to the document page with the outcome as a notice. An upload over the size cap is refused before it reaches this
 * controller (413, {@code platform.web.UploadConfiguration}); any other refusal is shown with its reason, and a
 * document or attachment the user may not see stays not found.
 */
@Controller
@RequestMapping("/documents/{id}/attachments")
class AttachmentController {

    private static final String SECTION = "document/attachments :: section";

    private final Attachments attachments;

    AttachmentController(Attachments attachments) {
        this.attachments = attachments;
    }

    @GetMapping
    String section(@PathVariable long id, Model model) {
        model.addAttribute("section", attachments.list(id));
        return SECTION;
    }

    @PostMapping
    String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "attachmentId", required = false) Long attachmentId,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect) throws IOException {
        boolean chosen = file != null && (!file.isEmpty() || StringUtils.hasText(file.getOriginalFilename()));
        Notice outcome;
        boolean refused = false;
        try {
            AttachmentView stored = attachments.upload(id, attachmentId, chosen ? file.getOriginalFilename() : null,
                    chosen ? file.getSize() : 0, chosen ? file : null);
            outcome = new Notice("attachment.uploaded", stored.name(), stored.currentVersion());
        }
        catch (UserFacingException problem) {
            outcome = Notice.refusal(problem);
            refused = true;
        }
        return answer(id, htmx != null, outcome, refused, model, redirect);
    }

    @PostMapping("/{attachmentId}/delete")
    String delete(@PathVariable long id, @PathVariable long attachmentId,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect) {
        Notice outcome;
        boolean refused = false;
        try {
            outcome = new Notice("attachment.deleted", attachments.delete(id, attachmentId));
        }
        catch (UserFacingException problem) {
            outcome = Notice.refusal(problem);
            refused = true;
        }
        return answer(id, htmx != null, outcome, refused, model, redirect);
    }

    @GetMapping("/{attachmentId}/versions/{version}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId,
            @PathVariable String version) {
        return Downloads.of(attachments.download(id, attachmentId, Downloads.version(version)));
    }

    private String answer(long id, boolean htmx, Notice outcome, boolean refused, Model model,
            RedirectAttributes redirect) {
        String attribute = refused ? Notice.PROBLEM : Notice.ATTRIBUTE;
        if (!htmx) {
            redirect.addFlashAttribute(attribute, outcome);
            return "redirect:/documents/" + id;
        }
        model.addAttribute(attribute, outcome);
        model.addAttribute("section", attachments.list(id));
        return SECTION;
    }
}
