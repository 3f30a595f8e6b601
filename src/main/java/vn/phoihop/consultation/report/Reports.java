package vn.phoihop.consultation.report;

import org.springframework.stereotype.Service;

/**
 * The consolidated report of a round for its drafting body (others: “not found”), as the value the JSON and the page
 * show, and as DOCX and PDF files written from that same value.
 */
@Service
public class Reports {

    private final ReportQuery query;
    private final ReportDocx docx;
    private final ReportPdf pdf;

    Reports(ReportQuery query, ReportDocx docx, ReportPdf pdf) {
        this.query = query;
        this.docx = docx;
        this.pdf = pdf;
    }

    /** The report's data. */
    public ConsolidatedReport report(long roundId) {
        return query.build(roundId);
    }

    /** The report as DOCX. */
    public ReportFile docx(long roundId) {
        return new ReportFile(name(roundId, "docx"), ReportFile.DOCX, docx.write(query.build(roundId)));
    }

    /** The report as PDF with embedded fonts. */
    public ReportFile pdf(long roundId) {
        return new ReportFile(name(roundId, "pdf"), ReportFile.PDF, pdf.write(query.build(roundId)));
    }

    private static String name(long roundId, String extension) {
        return "bao-cao-tong-hop-y-kien-" + roundId + "." + extension;
    }
}
