package vn.phoihop.document.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.phoihop.document.output.OfficialDocuments;

/**
 * A document in its official layout as DOCX. 404 when the document does not exist for the caller; 403 (problem
 * details) for the content of a secret document on an internet-facing deployment.
 */
@RestController
@Tag(name = "Văn bản / Documents")
class DocumentDocxApi {

    private final OfficialDocuments documents;

    DocumentDocxApi(OfficialDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/api/v1/documents/{id}/docx")
    @Operation(summary = "Văn bản theo thể thức chính thức (DOCX) / The document in its official layout (DOCX)",
            responses = @ApiResponse(responseCode = "200", description = "DOCX", content = @Content(
                    mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        return documents.docx(id).response();
    }
}
