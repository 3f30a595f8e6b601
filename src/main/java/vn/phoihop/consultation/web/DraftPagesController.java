package vn.phoihop.consultation.web;

import java.io.IOException;

import jakarta.validation.Valid;

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

import vn.phoihop.consultation.access.ConsultationAccess;
import vn.phoihop.consultation.draft.DraftCommands.DraftForm;
import vn.phoihop.consultation.draft.DraftCommands.NewProvisionForm;
import vn.phoihop.consultation.draft.DraftCommands.ProvisionForm;
import vn.phoihop.consultation.draft.DraftRefusal;
import vn.phoihop.consultation.draft.DraftViews.DraftDetail;
import vn.phoihop.consultation.draft.Drafts;
import vn.phoihop.consultation.draft.Provisions;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.web.Notice;

/**
 * Draft pages: the drafts the reader reads, creating one (any staff role), a draft with its versions (for the drafting
 * body's staff: edit the header, import the next version from a DOCX, copy the latest for editing, link the issued
 * document, open a round), and a version's provisions with edit forms for the drafting body's staff while the
 * version is not frozen. Access is decided by the services before the input is used; a refused action comes back as
 * a problem notice on the page it came from.
 */
@Controller
class DraftPagesController {

    private final Drafts drafts;
    private final Provisions provisions;
    private final ConsultationAccess access;

    DraftPagesController(Drafts drafts, Provisions provisions, ConsultationAccess access) {
        this.drafts = drafts;
        this.provisions = provisions;
        this.access = access;
    }

    @GetMapping("/consultations/drafts")
    String list(Model model) {
        model.addAttribute("drafts", drafts.list());
        model.addAttribute("mayCreate", access.mayCreateDraft());
        return "consultation/draft-list";
    }

    @GetMapping("/consultations/drafts/new")
    String newDraft(Model model) {
        access.requireDraftCreator();
        model.addAttribute("form", DraftForm.blank());
        return form(null, model);
    }

    @PostMapping("/consultations/drafts")
    String create(@Valid @ModelAttribute("form") DraftForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        access.requireDraftCreator();
        if (errors.hasErrors()) {
            return form(null, model);
        }
        try {
            long id = drafts.create(form);
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("consultation.draft.created"));
            return "redirect:/consultations/drafts/" + id;
        }
        catch (UserFacingException ex) {
            reject(errors, ex);
            return form(null, model);
        }
    }

    @GetMapping("/consultations/drafts/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        access.requireDrafter(id);
        DraftDetail d = drafts.find(id);
        model.addAttribute("form", new DraftForm(d.draft().title(), d.summary(), d.draft().addressee(),
                d.draft().secrecy(), d.version()));
        return form(d, model);
    }

    @PostMapping("/consultations/drafts/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") DraftForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        access.requireDrafter(id);
        if (errors.hasErrors()) {
            return form(drafts.find(id), model);
        }
        try {
            drafts.edit(id, form);
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("consultation.draft.saved"));
            return "redirect:/consultations/drafts/" + id;
        }
        catch (UserFacingException ex) {
            reject(errors, ex);
            return form(drafts.find(id), model);
        }
    }

    @GetMapping("/consultations/drafts/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("detail", drafts.find(id));
        return "consultation/draft-show";
    }

    @PostMapping("/consultations/drafts/{id}/versions")
    String importVersion(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "note", required = false) String note, RedirectAttributes redirect)
            throws IOException {
        try {
            long version = drafts.importVersion(id, file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes(), note);
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("consultation.version.imported"));
            return "redirect:/consultations/drafts/" + id + "/versions/" + version;
        }
        catch (UserFacingException ex) {
            redirect.addFlashAttribute(Notice.PROBLEM, Notice.refusal(ex));
            return "redirect:/consultations/drafts/" + id;
        }
    }

    @PostMapping("/consultations/drafts/{id}/versions/copy")
    String copyVersion(@PathVariable long id, @RequestParam(name = "note", required = false) String note,
            RedirectAttributes redirect) {
        try {
            long version = drafts.copyVersion(id, note);
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("consultation.version.copied"));
            return "redirect:/consultations/drafts/" + id + "/versions/" + version;
        }
        catch (UserFacingException ex) {
            redirect.addFlashAttribute(Notice.PROBLEM, Notice.refusal(ex));
            return "redirect:/consultations/drafts/" + id;
        }
    }

    @PostMapping("/consultations/drafts/{id}/issued")
    String linkIssued(@PathVariable long id, @RequestParam(name = "documentId", required = false) String documentId,
            @RequestParam(name = "version", required = false) Long version, RedirectAttributes redirect) {
        try {
            drafts.linkIssued(id, documentId(documentId), version);
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("consultation.draft.issued.saved"));
        }
        catch (UserFacingException ex) {
            redirect.addFlashAttribute(Notice.PROBLEM, Notice.refusal(ex));
        }
        return "redirect:/consultations/drafts/" + id;
    }

    @GetMapping("/consultations/drafts/{id}/versions/{versionId}")
    String version(@PathVariable long id, @PathVariable long versionId, Model model) {
        model.addAttribute("detail", drafts.version(id, versionId));
        model.addAttribute("newForm", NewProvisionForm.blank());
        return "consultation/draft-version";
    }

    @PostMapping("/consultations/drafts/{id}/versions/{versionId}/provisions/{provisionId}")
    String editProvision(@PathVariable long id, @PathVariable long versionId, @PathVariable long provisionId,
            @ModelAttribute ProvisionForm form, RedirectAttributes redirect) {
        try {
            provisions.edit(id, versionId, provisionId, form);
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("consultation.provision.saved"));
        }
        catch (UserFacingException ex) {
            redirect.addFlashAttribute(Notice.PROBLEM, Notice.refusal(ex));
        }
        return "redirect:/consultations/drafts/" + id + "/versions/" + versionId + "#p" + provisionId;
    }

    @PostMapping("/consultations/drafts/{id}/versions/{versionId}/provisions")
    String addProvision(@PathVariable long id, @PathVariable long versionId, @ModelAttribute NewProvisionForm form,
            RedirectAttributes redirect) {
        try {
            long added = provisions.add(id, versionId, form);
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("consultation.provision.added"));
            return "redirect:/consultations/drafts/" + id + "/versions/" + versionId + "#p" + added;
        }
        catch (UserFacingException ex) {
            redirect.addFlashAttribute(Notice.PROBLEM, Notice.refusal(ex));
            return "redirect:/consultations/drafts/" + id + "/versions/" + versionId;
        }
    }

    @PostMapping("/consultations/drafts/{id}/versions/{versionId}/provisions/{provisionId}/delete")
    String deleteProvision(@PathVariable long id, @PathVariable long versionId, @PathVariable long provisionId,
            @RequestParam(name = "version", required = false) Long version, RedirectAttributes redirect) {
        try {
            provisions.delete(id, versionId, provisionId, version);
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("consultation.provision.deleted"));
        }
        catch (UserFacingException ex) {
            redirect.addFlashAttribute(Notice.PROBLEM, Notice.refusal(ex));
        }
        return "redirect:/consultations/drafts/" + id + "/versions/" + versionId;
    }

    /** The document id typed in the form: empty unlinks; anything but a positive number is refused. */
    private static Long documentId(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (!t.matches("\\d{1,18}")) {
            throw DraftRefusal.invalid("documentId", "consultation.draft.issued.notFound");
        }
        return Long.valueOf(t);
    }

    private String form(DraftDetail draft, Model model) {
        model.addAttribute("draft", draft);
        model.addAttribute("secrecies", java.util.List.of("NONE", "CONFIDENTIAL", "SECRET", "TOP_SECRET"));
        return "consultation/draft-form";
    }

    private static void reject(BindingResult errors, UserFacingException ex) {
        if (ex.status() == 404) {
            throw ex;
        }
        String field = ex instanceof DraftRefusal refusal ? refusal.field() : null;
        if (field != null && java.util.Arrays.stream(DraftForm.class.getRecordComponents())
                .anyMatch(c -> c.getName().equals(field))) {
            errors.rejectValue(field, ex.messageKey(), ex.arguments(), ex.messageKey());
        }
        else {
            errors.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
        }
    }
}
