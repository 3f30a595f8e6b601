package vn.phoihop.tracking.rest;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.phoihop.document.FileStore;
import vn.phoihop.tracking.progress.EvidenceUpload;
import vn.phoihop.tracking.progress.ProgressCommand;
import vn.phoihop.tracking.progress.ProgressQueries;
import vn.phoihop.tracking.progress.ProgressReports;
import vn.phoihop.tracking.progress.ProgressView;

/**
 * Progress under {@code /api/v1/tracking}: one assignment with its carriers and updates (evidence as metadata),
 * report progress (JSON, or multipart with {@code files}; header {@code Idempotency-Key} optional: a retry answers
 * 200 with the same update), accept or return an update (with its {@code version}; a stale one answers 409), and
 * download an evidence file. Every check is {@link ProgressReports}' and {@link ProgressQueries}'.
 */
@RestController
@Tag(name = "Theo dõi thực hiện / Implementation tracking")
class ProgressApi {

    private final ProgressReports reports;
    private final ProgressQueries queries;
    private final FileStore files;

    ProgressApi(ProgressReports reports, ProgressQueries queries, FileStore files) {
        this.reports = reports;
        this.queries = queries;
        this.files = files;
    }

    /** The answer to a report. */
    record Reported(long id, boolean replayed) {
    }

    /** The body of an acceptance. */
    record Acceptance(Long version) {
    }

    /** The body of a return. */
    record Giveback(Long version, String reason) {
    }

    @GetMapping("/api/v1/tracking/assignments/{id}")
    @Operation(summary = "Một nhiệm vụ được giao với tiến độ / One assignment with its progress")
    ProgressView get(@PathVariable long id) {
        return queries.view(id);
    }

    @PostMapping(path = "/api/v1/tracking/assignments/{id}/progress", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Báo cáo tiến độ (Idempotency-Key) / Report progress (Idempotency-Key)")
    ResponseEntity<Reported> report(@PathVariable long id, @RequestBody(required = false) ProgressCommand command,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        return answer(reports.report(id, command, List.of(), key));
    }

    @PostMapping(path = "/api/v1/tracking/assignments/{id}/progress", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Báo cáo tiến độ kèm tệp minh chứng / Report progress with evidence files")
    ResponseEntity<Reported> reportWithFiles(@PathVariable long id,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "percent", required = false) String percent,
            @RequestParam(name = "narrative", required = false) String narrative,
            @RequestParam(name = "files", required = false) List<MultipartFile> uploads,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) throws IOException {
        return answer(reports.report(id, new ProgressCommand(status, percent(percent), narrative),
                EvidenceUpload.of(uploads, files.maxBytes()), key));
    }

    @PostMapping("/api/v1/tracking/progress/{id}/accept")
    @Operation(summary = "Chấp nhận báo cáo tiến độ / Accept a progress update")
    ResponseEntity<Void> accept(@PathVariable long id, @RequestBody(required = false) Acceptance body) {
        reports.accept(id, body == null ? null : body.version());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/tracking/progress/{id}/return")
    @Operation(summary = "Trả lại báo cáo tiến độ với lý do / Return a progress update with a reason")
    ResponseEntity<Void> giveBack(@PathVariable long id, @RequestBody(required = false) Giveback body) {
        reports.giveBack(id, body == null ? null : body.version(), body == null ? null : body.reason());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/tracking/progress/{id}/evidence/{evidenceId}")
    @Operation(summary = "Tải tệp minh chứng / Download an evidence file")
    ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable long evidenceId) {
        return files.download(reports.evidence(id, evidenceId));
    }

    private static ResponseEntity<Reported> answer(ProgressReports.Outcome outcome) {
        return ResponseEntity.status(outcome.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(new Reported(outcome.progressId(), outcome.replayed()));
    }

    /** A percentage as sent in a form: digits only, else {@code -1} (refused by the service). */
    static Integer percent(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.strip().matches("\\d{1,3}") ? Integer.valueOf(text.strip()) : -1;
    }
}
