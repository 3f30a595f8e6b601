package vn.phoihop.document.rest;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.phoihop.document.notation.DocumentKind;
import vn.phoihop.document.register.DocumentCommands.AddRelation;
import vn.phoihop.document.register.DocumentCommands.ChangeStatus;
import vn.phoihop.document.register.DocumentCommands.EditDocument;
import vn.phoihop.document.register.DocumentCommands.IssueDocument;
import vn.phoihop.document.register.DocumentQueries;
import vn.phoihop.document.register.DocumentRegister;
import vn.phoihop.document.register.DocumentRegister.NumberProposal;
import vn.phoihop.document.register.DocumentRelations;
import vn.phoihop.document.register.DocumentView;
import vn.phoihop.document.register.RelationView;

/**
 * The register under {@code /api/v1/documents}: one document, create, edit (with the version it started from: 409
 * when another user saved first), issue, status, relations, and the next free number of a series. A document the
 * caller may not read is 404; errors are problem details in Vietnamese. The list and search
 * ({@code GET /api/v1/documents?q=}) belong to the search capability.
 */
@RestController
@Tag(name = "Văn bản / Documents")
class DocumentApi {

    private final DocumentQueries queries;
    private final DocumentRegister register;
    private final DocumentRelations relations;

    DocumentApi(DocumentQueries queries, DocumentRegister register, DocumentRelations relations) {
        this.queries = queries;
        this.register = register;
        this.relations = relations;
    }

    /** A document with its relations (those the caller may read). */
    record DocumentDetails(DocumentView document, List<RelationView> relations) {
    }

    /** The id of what was created. */
    record Created(long id) {
    }

    @GetMapping("/api/v1/documents/{id}")
    @Operation(summary = "Một văn bản với quan hệ / One document with its relations")
    DocumentDetails document(@PathVariable long id) {
        return new DocumentDetails(queries.view(id), relations.timeline(id));
    }

    @PostMapping("/api/v1/documents")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Tạo văn bản (dự thảo, hoặc ban hành ngay) / Create a document (a draft, or issued at once)")
    DocumentView create(@RequestBody EditDocument command) {
        return queries.view(register.create(command));
    }

    @PutMapping("/api/v1/documents/{id}")
    @Operation(summary = "Sửa văn bản (kèm phiên bản) / Edit a document (with its version)")
    DocumentView update(@PathVariable long id, @RequestBody EditDocument command) {
        register.update(id, command);
        return queries.view(id);
    }

    @PostMapping("/api/v1/documents/{id}/issue")
    @Operation(summary = "Ban hành dự thảo (cấp số) / Issue a draft (assigns its number)")
    DocumentView issue(@PathVariable long id, @RequestBody IssueDocument command) {
        register.issue(id, command);
        return queries.view(id);
    }

    @PostMapping("/api/v1/documents/{id}/status")
    @Operation(summary = "Đổi trạng thái hiệu lực / Change the status")
    DocumentView status(@PathVariable long id, @RequestBody ChangeStatus command) {
        register.changeStatus(id, command);
        return queries.view(id);
    }

    @PostMapping("/api/v1/documents/{id}/relations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Thêm quan hệ văn bản / Add a relation")
    Created relate(@PathVariable long id, @RequestBody AddRelation command) {
        return new Created(relations.add(id, command));
    }

    @DeleteMapping("/api/v1/documents/{id}/relations/{relationId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Xóa quan hệ văn bản / Remove a relation")
    void unrelate(@PathVariable long id, @PathVariable long relationId) {
        relations.remove(id, relationId);
    }

    @GetMapping("/api/v1/documents/next-number")
    @Operation(summary = "Số tiếp theo của sổ đăng ký / The next free number of a series")
    NumberProposal nextNumber(@RequestParam(name = "kind", required = false) DocumentKind kind,
            @RequestParam(name = "type", required = false) String type,
            @RequestParam(name = "issuerId", required = false) Long issuerId,
            @RequestParam(name = "date", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return register.propose(kind, type, issuerId, date);
    }
}
