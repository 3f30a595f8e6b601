package vn.phoihop.tracking.review;

/** A generated review report: its file name and the DOCX bytes. */
public record ReviewReport(String fileName, byte[] content) {

    /** The DOCX media type. */
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
}
