/**
 * The file store of the document module: attachments of documents, every version kept, in PostgreSQL.
 *
 * <p><b>Why in the database.</b> Files are {@code bytea} rows ({@code attachment_version}, migration V23), not files
 * under the data directory and not large objects: every instance behind the proxy shares the store with no shared
 * disk to set up; a version, its bytes, the document's {@code attachment_text} and the audit row are written in one
 * transaction, so an upload is stored completely or not at all; and the documented {@code pg_dump} backup covers the
 * files with the rest (large objects need separate care in dumps and cleanup). Files are at most
 * {@code phoihop.document.max-attachment-size} (20 MB), far below bytea's 1 GB; they are stored uncompressed
 * ({@code STORAGE EXTERNAL}), as the five accepted formats are compressed already.
 *
 * <p><b>Checks</b>, in order, before anything is stored ({@link vn.phoihop.document.attachment.Attachments}): the
 * writer and the secrecy rule; the announced size (the platform's upload filter also refuses a larger multipart
 * request from its {@code Content-Length} before reading it, with the cap declared by {@code AttachmentConfiguration});
 * a bounded read; the type from the bytes against the name; the archive check for DOCX and XLSX; text extraction,
 * which refuses encrypted and broken files. Adapters: {@code document.web.AttachmentController} (the htmx section of
 * the document page) and {@code document.rest.AttachmentApi}.
 *
 * <p>Other modules' files (evidence of tracking progress) go through the contract {@code vn.phoihop.document.FileStore}
 * ({@code DocumentFiles}, table {@code document_file}, V39): the same checks, no document, access decided by the
 * caller.
 */
package vn.phoihop.document.attachment;
