package vn.phoihop.consultation.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.phoihop.consultation.report.ConsolidatedReport;
import vn.phoihop.consultation.report.ReportFile;
import vn.phoihop.consultation.report.Reports;

/**
 * The consolidated report of a round for its drafting body: the HTML preview ({@code /consultations/{roundId}/report})
 * and its DOCX and PDF downloads, from the same data.
 */
@Controller
class ReportPagesController {

    private final Reports reports;

    ReportPagesController(Reports reports) {
        this.reports = reports;
    }

    @GetMapping("/consultations/{roundId}/report")
    String show(@PathVariable long roundId, Model model) {
        ConsolidatedReport report = reports.report(roundId);
        model.addAttribute("report", report);
        model.addAttribute("kinds", ConsolidatedReport.KINDS);
        return "consultation/report-show";
    }

    @GetMapping("/consultations/{roundId}/report.docx")
    ResponseEntity<byte[]> docx(@PathVariable long roundId) {
        return download(reports.docx(roundId));
    }

    @GetMapping("/consultations/{roundId}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long roundId) {
        return download(reports.pdf(roundId));
    }

    private static ResponseEntity<byte[]> download(ReportFile file) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName())
                        .build().toString())
                .body(file.content());
    }
}
