package vn.phoihop.document.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.account.AuditTrail;
import vn.phoihop.account.CurrentUser;
import vn.phoihop.document.register.DocumentAccess;
import vn.phoihop.document.register.DocumentAccess.Header;
import vn.phoihop.document.register.DocumentSettings;
import vn.phoihop.platform.UserFacingException;

/**
 * The attachments of documents: list, upload (a new attachment, or a new version of one: same name, or named
 * explicitly), download any version, delete (soft, audited).
 *
 * <p>Every call goes through {@link DocumentAccess}: reading needs a readable document (else not found, and a
 * read of a secret document is audited); changing needs a writer of the document's issuer (else forbidden). In the
 * internet-facing mode ({@link DocumentSettings#secretContentAllowed()} false) no file of a secret document is
 * stored or served: the refusal says why.
 *
 * <p>An upload is checked in this order, and nothing is stored unless all pass: the writer, the secrecy rule, the
 * announced size against {@link DocumentSettings#maxAttachmentSize()}, then a bounded read (never more than the cap
 * plus one byte, so a client that sends more than it announced is stopped), the type from the bytes against the
 * name ({@link FileInspector}, with the archive check for DOCX and XLSX), and the text ({@link TextExtractor}, which
 * also refuses encrypted and broken files). The version, its bytes, the document's attachment text and the audit
 * row are written in one transaction.
 */
@Service
public class Attachments {

    private final DocumentAccess access;
    private final DocumentSettings settings;
    private final AttachmentStore store;
    private final AuditTrail audit;

    Attachments(DocumentAccess access, DocumentSettings settings, AttachmentStore store, AuditTrail audit) {
        this.access = access;
        this.settings = settings;
        this.store = store;
        this.audit = audit;
    }

    /** The attachments section of a readable document (not found otherwise). */
    @Transactional(readOnly = true)
    public DocumentAttachments list(long documentId) {
        Header document = access.requireReadable(documentId);
        return new DocumentAttachments(documentId, contentAllowed(document), access.writesFor(document.issuerId()),
                maxMegabytes(), store.list(documentId));
    }

    /**
     * Stores an uploaded file as a new version: of {@code attachmentId} when given, else of the document's
     * attachment with the same name (a new attachment when there is none).
     *
     * @param originalName the file name the client sent (sanitised here)
     * @param announcedSize the size the client or the container announced, checked before the bytes are read
     * @param content the bytes, read at most up to the cap plus one byte; {@code null} when no file was sent
     * @return the attachment with its versions after the upload
     * @throws UserFacingException 404 (document or attachment), 403 with a message (secret document in the
     *     internet-facing mode), 413 (too large), 400 (no file, wrong type, encrypted, broken, archive bomb)
     */
    @Transactional
    public AttachmentView upload(long documentId, Long attachmentId, String originalName, long announcedSize,
            InputStreamSource content) throws IOException {
        Header document = access.requireWritable(documentId);
        requireContentAllowed(document);
        if (content == null) {
            throw UserFacingException.invalid("attachment.file.missing");
        }
        long max = settings.maxAttachmentSize().toBytes();
        if (announcedSize > max) {
            throw tooLarge();
        }
        byte[] bytes;
        try (InputStream in = content.getInputStream()) {
            bytes = in.readNBytes(Math.toIntExact(Math.min(Integer.MAX_VALUE - 8L, max + 1)));
        }
        if (bytes.length > max) {
            throw tooLarge();
        }
        String fileName = FileNames.sanitize(originalName);
        AttachmentType type = FileInspector.inspect(bytes, fileName);
        String text = TextExtractor.extract(type, bytes, fileName);
        String sha256 = sha256(bytes);
        String user = CurrentUser.require().getUsername();

        store.lockDocument(documentId);
        long id;
        if (attachmentId != null) {
            if (!store.exists(documentId, attachmentId)) {
                throw UserFacingException.notFound("attachment.notFound");
            }
            id = attachmentId;
        }
        else {
            id = store.attachmentNamed(documentId, fileName, FileNames.key(fileName), user);
        }
        int version = store.addVersion(id, fileName, type, bytes, sha256, text, user);
        store.refreshAttachmentText(documentId);
        audit.record("attachment.uploaded", "document", documentId, "#" + id + " v" + version + " " + fileName + " ("
                + type + ", " + bytes.length + " B, SHA-256 " + sha256 + ")", List.of(document.issuerId()));
        return store.find(documentId, id).orElseThrow();
    }

    /**
     * A version of an attachment of a readable document: {@code version} {@code null} is the current one.
     *
     * @throws UserFacingException 404 (document, attachment or version), 403 with a message (secret document in the
     *     internet-facing mode)
     */
    @Transactional(readOnly = true)
    public StoredFile download(long documentId, long attachmentId, Integer version) {
        Header document = access.requireReadable(documentId);
        requireContentAllowed(document);
        return store.content(documentId, attachmentId, version)
                .orElseThrow(() -> UserFacingException.notFound("attachment.notFound"));
    }

    /**
     * Removes an attachment from the document (soft: its versions stay in the table, the audit trail names it), and
     * its text from the document's attachment text; returns its name.
     */
    @Transactional
    public String delete(long documentId, long attachmentId) {
        Header document = access.requireWritable(documentId);
        store.lockDocument(documentId);
        String name = store.softDelete(documentId, attachmentId, CurrentUser.require().getUsername())
                .orElseThrow(() -> UserFacingException.notFound("attachment.notFound"));
        store.refreshAttachmentText(documentId);
        audit.record("attachment.deleted", "document", documentId, "#" + attachmentId + " " + name,
                List.of(document.issuerId()));
        return name;
    }

    /** The size cap of one file, in whole megabytes. */
    public long maxMegabytes() {
        return Math.max(1, settings.maxAttachmentSize().toMegabytes());
    }

    private boolean contentAllowed(Header document) {
        return !document.secrecy().secret() || settings.secretContentAllowed();
    }

    private void requireContentAllowed(Header document) {
        if (!contentAllowed(document)) {
            throw new UserFacingException(403, "attachment.secret.withheld");
        }
    }

    private UserFacingException tooLarge() {
        return new UserFacingException(413, "upload.tooLarge", maxMegabytes());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
        }
    }
}
