package vn.phoihop.document.attachment;

import java.util.List;

/**
 * What the attachments section of a document shows to the acting user.
 *
 * @param documentId the document
 * @param contentAllowed whether files of this document may be stored and served here: false for a secret document
 *     in the internet-facing mode (only its metadata is kept)
 * @param writable whether the acting user may upload and delete (they write for the document's issuer)
 * @param maxMegabytes the size cap of one file, in MB
 * @param attachments the attachments that are not deleted, in the order they were first uploaded
 */
public record DocumentAttachments(long documentId, boolean contentAllowed, boolean writable, long maxMegabytes,
        List<AttachmentView> attachments) {

    /** The accept list of the upload form's file input ({@code .pdf,.docx,...}). */
    public String accept() {
        return AttachmentType.acceptList();
    }
}
