package vn.phoihop.reporting.rest;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.phoihop.reporting.exchange.ExchangeRefused;
import vn.phoihop.reporting.exchange.Exchanges;

/**
 * The offline XLSX form through the API: download the form of a period for the caller's own organisation, upload it
 * filled ({@code multipart/form-data}, part {@code file}). A refused upload is a 400 problem detail whose
 * {@code errors} name every cell at fault ({@code cell}, {@code indicator}, {@code option}, {@code message}, in
 * Vietnamese); nothing is stored. Other refusals: 403 (not staff of a reporting organisation), 404 (no such period,
 * or not expected of the caller's organisation), 409 (already submitted), 413 (over 2 MB).
 */
@RestController
@Tag(name = "Báo cáo định kỳ / Periodic reporting")
class ExchangeApi {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Exchanges exchanges;
    private final MessageSource messages;

    ExchangeApi(Exchanges exchanges, MessageSource messages) {
        this.exchanges = exchanges;
        this.messages = messages;
    }

    /** An upload stored as the draft. */
    record Stored(long submissionId, int values, int changed) {
    }

    /** One error of a refused upload. */
    record Error(String cell, String indicator, String option, String message) {
    }

    @GetMapping("/api/v1/reporting/exchange/{periodId}.xlsx")
    @Operation(summary = "Tải biểu mẫu XLSX của kỳ báo cáo cho đơn vị mình / Download the offline XLSX form")
    ResponseEntity<byte[]> download(@PathVariable long periodId) {
        Exchanges.FormFile form = exchanges.form(periodId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(form.fileName())
                        .build().toString())
                .body(form.content());
    }

    @PostMapping("/api/v1/reporting/exchange/{periodId}")
    @Operation(summary = "Tải lên biểu mẫu đã điền, lưu làm bản nháp / Upload the filled form as the draft")
    Stored upload(@PathVariable long periodId, @RequestParam(name = "file", required = false) MultipartFile file)
            throws IOException {
        Exchanges.Uploaded stored = exchanges.upload(periodId, file == null ? null : file.getBytes());
        return new Stored(stored.submissionId(), stored.values(), stored.changed());
    }

    @ExceptionHandler(ExchangeRefused.class)
    ResponseEntity<ProblemDetail> refused(ExchangeRefused refused, Locale locale) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage(refused.messageKey(), refused.arguments(), locale));
        body.setTitle(messages.getMessage("error.title.400", null, locale));
        List<Error> errors = refused.errors().stream().map(e -> new Error(e.cell(), e.indicator(), e.option(),
                e.text(messages, locale))).toList();
        body.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(body);
    }
}
