package vn.phoihop.consultation.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.phoihop.consultation.report.ConsolidatedReport;
import vn.phoihop.consultation.report.ReportFile;
import vn.phoihop.consultation.report.Reports;

/**
 * The consolidated report of a round ({@code id}) for its drafting body (others: 404): JSON
 * ({@code totals} per disposition with {@code UNDECIDED}, {@code byOrganization}, {@code provisions} with their
 * comments), DOCX and PDF, all from the same data.
 */
@RestController
@Tag(name = "Lấy ý kiến dự thảo / Consultation")
class ReportApi {

    private final Reports reports;

    ReportApi(Reports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/v1/consultations/{id}/report")
    @Operation(summary = "Báo cáo tổng hợp, tiếp thu, giải trình / The consolidated report")
    ConsolidatedReport report(@PathVariable long id) {
        return reports.report(id);
    }

    @GetMapping("/api/v1/consultations/{id}/report.docx")
    @Operation(summary = "Báo cáo tổng hợp (DOCX) / The consolidated report (DOCX)")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        return download(reports.docx(id));
    }

    @GetMapping("/api/v1/consultations/{id}/report.pdf")
    @Operation(summary = "Báo cáo tổng hợp (PDF) / The consolidated report (PDF)")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return download(reports.pdf(id));
    }

    /** A report file as an attachment (also used by the pages). */
    static ResponseEntity<byte[]> download(ReportFile file) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName())
                        .build().toString())
                .body(file.content());
    }
}
