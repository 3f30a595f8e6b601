package vn.phoihop.document;

import java.util.Optional;

import org.springframework.http.ResponseEntity;

/**
 * The document module's file store for other modules (tracking evidence): the same checks as a document's
 * attachments (the size cap, the type detected from the bytes against the name's extension, archive bombs,
 * encrypted and broken files refused with a Vietnamese message), SHA-256, bytes in PostgreSQL. Writes run in the
 * caller's transaction, so a file and the caller's row that names it are stored together or not at all. The store
 * checks no access: the caller decides who may store and who may read a file before it calls.
 */
public interface FileStore {

    /** A stored file's metadata. */
    record StoredFile(long id, String fileName, String mediaType, long sizeBytes, String sha256) {
    }

    /** A stored file's bytes, to be sent as a download. */
    record FileContent(long id, String fileName, String mediaType, String sha256, byte[] content) {
    }

    /**
     * Checks and stores a file.
     *
     * @param purpose what the file is for (upper-case letters, digits and underscores, e.g. {@code TRACKING_EVIDENCE})
     * @param fileName the name the client sent (sanitised here)
     * @throws vn.phoihop.platform.UserFacingException 413 (too large), 400 (empty, wrong or unknown type, encrypted,
     *     broken, archive bomb)
     */
    StoredFile store(String purpose, String fileName, byte[] content);

    /** The file, if it exists. */
    Optional<FileContent> read(long fileId);

    /** The largest file accepted, in bytes. */
    long maxBytes();

    /**
     * The response that sends {@code file} as a download: {@code Content-Disposition: attachment} with an ASCII
     * fallback and the exact UTF-8 name, the detected media type, {@code nosniff}, no caching.
     */
    ResponseEntity<byte[]> download(FileContent file);
}
