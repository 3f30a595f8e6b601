package vn.phoihop.consultation.rest;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.phoihop.consultation.draft.DraftCommands.DraftForm;
import vn.phoihop.consultation.draft.DraftViews.DraftDetail;
import vn.phoihop.consultation.draft.DraftViews.DraftSummary;
import vn.phoihop.consultation.draft.DraftViews.VersionSummary;
import vn.phoihop.consultation.draft.Drafts;
import vn.phoihop.consultation.draft.ProvisionView;

/**
 * Drafts under consultation: the drafts the caller reads, creating one (any staff role; the caller's organisation is
 * the drafting body), one draft with the versions the caller reads, one version's provision tree, and importing the
 * next version from a DOCX (the drafting body's staff). Errors are problem details in Vietnamese: 400 (missing or
 * oversized field, a file that is not a draft DOCX), 403, 404 (a draft or version the caller may not read).
 */
@RestController
@Tag(name = "Lấy ý kiến dự thảo / Consultation on drafts")
class DraftApi {

    private final Drafts drafts;

    DraftApi(Drafts drafts) {
        this.drafts = drafts;
    }

    /** A draft in a list. */
    record DraftJson(long id, String title, String addressee, String secrecy, String draftingOrganization,
            int versions, String latestVersion, Instant createdAt) {

        static DraftJson of(DraftSummary s) {
            return new DraftJson(s.id(), s.title(), s.addressee(), s.secrecy(), s.draftingOrganization(),
                    s.versions(), s.latestVersion(), s.createdAt());
        }
    }

    /** A draft with its versions; {@code issuedDocumentId} only for the drafting body. */
    record DraftDetailJson(DraftJson draft, String summary, Long issuedDocumentId, String issuedNotation,
            List<VersionJson> versions, long version) {
    }

    /** A version of a draft. */
    record VersionJson(long id, int number, String label, String note, String sourceFileName, Instant frozenAt,
            int provisions) {

        static VersionJson of(VersionSummary v) {
            return new VersionJson(v.id(), v.number(), v.label(), v.note(), v.sourceFileName(), v.frozenAt(),
                    v.provisions());
        }
    }

    /** A version's provisions in document order. */
    record VersionTextJson(VersionJson version, List<ProvisionJson> provisions) {
    }

    /** A provision: its stable id, kind, depth, parent, label, heading, body and change from the previous version. */
    record ProvisionJson(long id, String kind, int depth, Long parentId, String label, String heading, String body,
            String change) {

        static ProvisionJson of(ProvisionView p) {
            return new ProvisionJson(p.provisionId(), p.kind(), p.depth(), p.parentId(), p.label(), p.heading(),
                    p.body(), p.change());
        }
    }

    /** The id of what was created. */
    record Created(long id) {
    }

    @GetMapping("/api/v1/consultations/drafts")
    @Operation(summary = "Các dự thảo người dùng được xem / The drafts the caller reads")
    List<DraftJson> list() {
        return drafts.list().stream().map(DraftJson::of).toList();
    }

    @PostMapping("/api/v1/consultations/drafts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Tạo dự thảo của đơn vị mình / Create a draft of the caller's organisation")
    Created create(@RequestBody(required = false) DraftForm form) {
        return new Created(drafts.create(form));
    }

    @GetMapping("/api/v1/consultations/drafts/{id}")
    @Operation(summary = "Một dự thảo với các phiên bản / A draft with its versions")
    DraftDetailJson one(@PathVariable long id) {
        DraftDetail d = drafts.find(id);
        return new DraftDetailJson(DraftJson.of(d.draft()), d.summary(), d.issuedDocumentId(),
                d.issued() == null ? null : d.issued().notation(),
                d.versions().stream().map(VersionJson::of).toList(), d.version());
    }

    @GetMapping("/api/v1/consultations/drafts/{id}/versions/{versionId}")
    @Operation(summary = "Các điều khoản của một phiên bản / The provision tree of a version")
    VersionTextJson version(@PathVariable long id, @PathVariable long versionId) {
        var v = drafts.version(id, versionId);
        return new VersionTextJson(VersionJson.of(v.version()),
                v.provisions().stream().map(ProvisionJson::of).toList());
    }

    @PostMapping("/api/v1/consultations/drafts/{id}/versions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Nhập phiên bản tiếp theo từ tệp DOCX / Import the next version from a DOCX")
    Created importVersion(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "note", required = false) String note) throws IOException {
        return new Created(drafts.importVersion(id, file == null ? null : file.getOriginalFilename(),
                file == null ? null : file.getBytes(), note));
    }
}
