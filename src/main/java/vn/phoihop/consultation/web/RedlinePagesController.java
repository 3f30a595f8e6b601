package vn.phoihop.consultation.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.phoihop.consultation.draft.Drafts;
import vn.phoihop.consultation.redline.RedlineView;
import vn.phoihop.consultation.redline.Redlines;

/**
 * The redline between two versions of a draft: the page (version choice, coloured insertions and deletions, the
 * three-column table) and its DOCX download. Readers and the reasons column as {@link Redlines} decides.
 */
@Controller
class RedlinePagesController {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final Redlines redlines;
    private final Drafts drafts;

    RedlinePagesController(Redlines redlines, Drafts drafts) {
        this.redlines = redlines;
        this.drafts = drafts;
    }

    @GetMapping("/consultations/drafts/{id}/redline")
    String page(@PathVariable long id, @RequestParam(name = "from", required = false) Long from,
            @RequestParam(name = "to", required = false) Long to, Model model) {
        RedlineView view = redlines.redline(id, from, to);
        model.addAttribute("view", view);
        model.addAttribute("versions", drafts.find(id).versions());
        return "consultation/redline-page";
    }

    @GetMapping("/consultations/drafts/{id}/redline.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id, @RequestParam(name = "from", required = false) Long from,
            @RequestParam(name = "to", required = false) Long to) {
        byte[] content = redlines.docx(id, from, to);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(DOCX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("bang-so-sanh-du-thao-" + id + ".docx").build().toString())
                .body(content);
    }
}
