package vn.phoihop.document.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;

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

import vn.phoihop.account.CurrentUser;
import vn.phoihop.document.DocumentStatus;
import vn.phoihop.document.SecrecyMark;
import vn.phoihop.document.UrgencyMark;
import vn.phoihop.document.register.DocumentAccess;
import vn.phoihop.document.register.DocumentCommands.AddRelation;
import vn.phoihop.document.register.DocumentCommands.ChangeStatus;
import vn.phoihop.document.register.DocumentCommands.EditDocument;
import vn.phoihop.document.register.DocumentCommands.IssueDocument;
import vn.phoihop.document.register.DocumentCommands.RelationKind;
import vn.phoihop.document.register.DocumentCommands.SigningAuthority;
import vn.phoihop.document.register.DocumentQueries;
import vn.phoihop.document.register.DocumentRegister;
import vn.phoihop.document.register.DocumentRelations;
import vn.phoihop.document.register.DocumentTypes;
import vn.phoihop.document.register.DocumentView;
import vn.phoihop.document.register.FieldRefusal;
import vn.phoihop.organization.Organizations;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.web.Notice;

/**
 * The document's page (header with the printed notation, the issuer as named on the issue date, marks, recipients,
 * tags, the relations timeline, the attachments section loaded by htmx, the DOCX link), the create and edit forms
 * with notation assistance (an htmx fragment proposing the next number when type, issuer or date change), and the
 * actions issue, status and relations. Every check is the services'; the forms show refusals beside the field.
 */
@Controller
class DocumentPagesController {

    private final DocumentQueries queries;
    private final DocumentRegister register;
    private final DocumentRelations relations;
    private final DocumentAccess access;
    private final DocumentTypes types;
    private final Organizations organizations;

    DocumentPagesController(DocumentQueries queries, DocumentRegister register, DocumentRelations relations,
            DocumentAccess access, DocumentTypes types, Organizations organizations) {
        this.queries = queries;
        this.register = register;
        this.relations = relations;
        this.access = access;
        this.types = types;
        this.organizations = organizations;
    }

    @GetMapping("/documents/{id}")
    String show(@PathVariable long id, Model model) {
        DocumentView document = queries.view(id);
        model.addAttribute("document", document);
        model.addAttribute("relations", relations.timeline(id));
        model.addAttribute("relationKinds", RelationKind.values());
        model.addAttribute("statusTargets", document.status().manualTargets());
        return "document/show";
    }

    @GetMapping("/documents/new")
    String newDocument(Model model) {
        CurrentUser user = register.requireAuthor();
        Long issuer = access.writesFor(user.organizationId()) ? user.organizationId() : null;
        model.addAttribute("form", EditDocument.blank(issuer));
        return form(model, null);
    }

    @PostMapping("/documents")
    String create(@Valid @ModelAttribute("form") EditDocument form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        register.requireAuthor();
        if (errors.hasErrors()) {
            return form(model, null);
        }
        try {
            long id = register.create(form);
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("document.created"));
            return "redirect:/documents/" + id;
        }
        catch (UserFacingException ex) {
            reject(errors, ex);
            return form(model, null);
        }
    }

    @GetMapping("/documents/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        access.requireWritable(id);
        DocumentView d = queries.view(id);
        List<Long> recipientIds = d.recipients().stream().map(DocumentView.Recipient::organizationId)
                .filter(java.util.Objects::nonNull).toList();
        String lines = String.join("\n", d.recipients().stream().filter(r -> r.organizationId() == null)
                .map(DocumentView.Recipient::text).toList());
        model.addAttribute("form", new EditDocument(d.kind(), d.typeCode(), d.number(), d.notation(), d.issuerId(),
                d.issuedOn(), d.place(), d.signerName(), d.signerPosition(), d.signingAuthority(), d.title(),
                d.summary(), d.body(), d.secrecy(), d.urgency(), d.effectiveFrom(), d.effectiveTo(), recipientIds,
                lines, String.join(", ", d.tags()), Boolean.FALSE, d.version()));
        return form(model, d);
    }

    @PostMapping("/documents/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") EditDocument form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        register.requireAuthor();
        access.requireWritable(id);
        DocumentView current = queries.view(id);
        if (errors.hasErrors()) {
            return form(model, current);
        }
        try {
            register.update(id, form);
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("document.updated"));
            return "redirect:/documents/" + id;
        }
        catch (UserFacingException ex) {
            reject(errors, ex);
            return form(model, current);
        }
    }

    @PostMapping("/documents/{id}/issue")
    String issue(@PathVariable long id, @RequestParam(name = "number", required = false) Integer number,
            @RequestParam(name = "notation", required = false) String notation,
            @RequestParam(name = "issuedOn", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
            @RequestParam(name = "version", required = false) Integer version, RedirectAttributes redirect) {
        return refusable(id, redirect, () -> {
            register.issue(id, new IssueDocument(number, notation, issuedOn, version));
            return new Notice("document.issued");
        });
    }

    @PostMapping("/documents/{id}/status")
    String status(@PathVariable long id, @RequestParam(name = "status", required = false) DocumentStatus status,
            @RequestParam(name = "version", required = false) Integer version, RedirectAttributes redirect) {
        return refusable(id, redirect, () -> {
            register.changeStatus(id, new ChangeStatus(status, version));
            return new Notice("document.statusChanged");
        });
    }

    @PostMapping("/documents/{id}/relations")
    String relate(@PathVariable long id, @RequestParam(name = "target", required = false) String target,
            @RequestParam(name = "kind", required = false) RelationKind kind,
            @RequestParam(name = "note", required = false) String note, RedirectAttributes redirect) {
        return refusable(id, redirect, () -> {
            access.requireWritable(id);
            relations.add(id, new AddRelation(relations.resolve(target), kind, note));
            return new Notice("document.relation.added");
        });
    }

    @PostMapping("/documents/{id}/relations/{relationId}/delete")
    String unrelate(@PathVariable long id, @PathVariable long relationId, RedirectAttributes redirect) {
        return refusable(id, redirect, () -> {
            relations.remove(id, relationId);
            return new Notice("document.relation.removed");
        });
    }

    /** Notation assistance: the next free number and the printed notation for a type, issuer and date (htmx). */
    @GetMapping("/documents/number")
    String number(@RequestParam(name = "typeCode", required = false) String typeCode,
            @RequestParam(name = "issuerId", required = false) Long issuerId,
            @RequestParam(name = "issuedOn", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
            Model model) {
        try {
            model.addAttribute("proposal", register.propose(null, typeCode, issuerId, issuedOn));
        }
        catch (UserFacingException ex) {
            model.addAttribute("refusal", Notice.refusal(ex));
        }
        return "document/form :: proposal";
    }

    /** Runs an action on the document; a refusal (other than "not found") is shown on its page. */
    private static String refusable(long id, RedirectAttributes redirect,
            java.util.function.Supplier<Notice> action) {
        try {
            redirect.addFlashAttribute(Notice.ATTRIBUTE, action.get());
        }
        catch (UserFacingException ex) {
            redirect.addFlashAttribute(Notice.PROBLEM, Notice.refusal(ex));
        }
        return "redirect:/documents/" + id;
    }

    /** Shows a refusal beside its field, or above the form (a stale version, a rule about the whole document). */
    private static void reject(BindingResult errors, UserFacingException ex) {
        Notice.refusal(ex);
        String field = ex instanceof FieldRefusal refusal ? refusal.field() : null;
        if (field != null && !"version".equals(field)) {
            errors.rejectValue(field, ex.messageKey(), ex.arguments(), ex.messageKey());
        }
        else {
            errors.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
        }
    }

    private String form(Model model, DocumentView current) {
        CurrentUser user = CurrentUser.require();
        model.addAttribute("current", current);
        model.addAttribute("types", types.all());
        model.addAttribute("issuers", register.issuerChoices());
        model.addAttribute("recipientChoices", organizations.all().stream()
                .filter(o -> o.kind().publiclyVisible()).toList());
        model.addAttribute("secrecies", Arrays.stream(SecrecyMark.values())
                .filter(m -> m.readableWith(user.clearance())).toList());
        model.addAttribute("urgencies", UrgencyMark.values());
        model.addAttribute("authorities", SigningAuthority.values());
        return "document/form";
    }
}
