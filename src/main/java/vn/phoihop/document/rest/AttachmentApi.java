package vn.phoihop.document.rest;

import java.io.IOException;
import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.phoihop.document.attachment.AttachmentView;
import vn.phoihop.document.attachment.Attachments;
import vn.phoihop.document.attachment.DocumentAttachments;
import vn.phoihop.document.attachment.Downloads;

/**
 * Attachments of a document. Upload is {@code multipart/form-data} with the file in the part {@code file} and, for
 * an explicit new version, {@code attachmentId}; a file with the name of an existing attachment becomes its next
 * version. Errors are problem details in Vietnamese: 404 (document or attachment not visible), 403 (not a writer, or
 * a secret document in the internet-facing mode), 413 (over the size cap, refused from {@code Content-Length} before
 * the body is read), 400 (no file, type not accepted or not matching the name, encrypted, broken, archive bomb).
 */
@RestController
@RequestMapping("/api/v1/documents/{id}/attachments")
@Tag(name = "Văn bản / Documents")
class AttachmentApi {

    private final Attachments attachments;

    AttachmentApi(Attachments attachments) {
        this.attachments = attachments;
    }

    @GetMapping
    @Operation(summary = "Tệp đính kèm của văn bản, mọi phiên bản / A document's attachments with all versions")
    DocumentAttachments list(@PathVariable long id) {
        return attachments.list(id);
    }

    @PostMapping
    @Operation(summary = "Tải lên tệp đính kèm (PDF, DOCX, XLSX, PNG, JPEG) / Upload an attachment")
    ResponseEntity<AttachmentView> upload(@PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "attachmentId", required = false) Long attachmentId) throws IOException {
        boolean chosen = file != null && (!file.isEmpty() || StringUtils.hasText(file.getOriginalFilename()));
        AttachmentView stored = attachments.upload(id, attachmentId, chosen ? file.getOriginalFilename() : null,
                chosen ? file.getSize() : 0, chosen ? file : null);
        return ResponseEntity.created(URI.create("/api/v1/documents/" + id + "/attachments/" + stored.id()
                + "/content?version=" + stored.currentVersion())).body(stored);
    }

    @GetMapping("/{attachmentId}/content")
    @Operation(summary = "Tải về một phiên bản (mặc định: mới nhất) / Download a version (default: the latest)")
    ResponseEntity<byte[]> content(@PathVariable long id, @PathVariable long attachmentId,
            @RequestParam(name = "version", required = false) Integer version) {
        return Downloads.of(attachments.download(id, attachmentId, version));
    }
}
