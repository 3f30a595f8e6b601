package vn.phoihop.organization.rest;

import java.io.IOException;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.phoihop.organization.unitfile.FileFormat;
import vn.phoihop.organization.unitfile.ImportReport;
import vn.phoihop.organization.unitfile.OrganizationImports;
import vn.phoihop.platform.web.Uploads;

/**
 * Units as files. Import takes the file itself as the request body ({@code Content-Type: text/csv} or the XLSX type,
 * or {@code ?format=csv|xlsx}); {@code dryRun=true} only checks. A file with problems is refused as a whole (400,
 * the problems by row in {@code problems}).
 */
@RestController
@Tag(name = "Tổ chức / Organisations")
class OrganizationFileApiController {

    private final OrganizationImports imports;
    private final MessageSource messages;
    private final Uploads uploads;

    OrganizationFileApiController(OrganizationImports imports, MessageSource messages, Uploads uploads) {
        this.imports = imports;
        this.messages = messages;
        this.uploads = uploads;
    }

    /**
     * The caller's rights are checked before the body is read (403 without reading it); then the body is read up
     * to the upload cap (413, from {@code Content-Length} without reading, or as soon as a chunked body passes it).
     */
    @PostMapping("/api/v1/organizations/import")
    @Operation(summary = "Nhập đơn vị từ CSV/XLSX (quản trị) / Import units from CSV/XLSX (administrators)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "Tệp CSV hoặc XLSX",
                    content = { @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
                            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                    schema = @Schema(type = "string", format = "binary")) }))
    ResponseEntity<?> importUnits(HttpServletRequest request,
            @RequestParam(required = false) String format, @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType)
            throws IOException {
        imports.requireImporter();
        byte[] content = uploads.read(request);
        FileFormat fileFormat = FileFormat.of(format, contentType).orElse(null);
        ImportReport report = dryRun ? imports.dryRun(content, fileFormat) : imports.importUnits(content, fileFormat);
        if (dryRun || report.clean()) {
            return ResponseEntity.ok(report);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, messages.getMessage(
                "import.refused", new Object[] { report.problems().size() }, LocaleContextHolder.getLocale()));
        problem.setTitle(messages.getMessage("error.title.400", null, LocaleContextHolder.getLocale()));
        problem.setProperty("problems", report.problems());
        return ResponseEntity.badRequest().body(problem);
    }

    @GetMapping("/api/v1/organizations/{id}/export")
    @Operation(summary = "Xuất các đơn vị trực thuộc ra CSV/XLSX / Export the units below as CSV/XLSX")
    ResponseEntity<byte[]> export(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(defaultValue = "csv") String format) {
        FileFormat fileFormat = FileFormat.of(format, null).orElse(FileFormat.CSV);
        byte[] body = imports.export(id, asOf, fileFormat);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(fileFormat.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("don-vi-" + id + "." + fileFormat.extension()).build().toString())
                .body(body);
    }
}
