package vn.phoihop.consultation.report;

/** A generated report file: its name, media type and bytes. */
public record ReportFile(String fileName, String mediaType, byte[] content) {

    /** The DOCX media type. */
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** The PDF media type. */
    public static final String PDF = "application/pdf";
}
