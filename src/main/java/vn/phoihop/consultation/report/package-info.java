/**
 * The consolidated report of a round (báo cáo tổng hợp, tiếp thu, giải trình ý kiến góp ý): built once by
 * {@link vn.phoihop.consultation.report.ReportQuery} and written as JSON, a page, DOCX and PDF from that one value,
 * for the drafting body only.
 */
package vn.phoihop.consultation.report;
