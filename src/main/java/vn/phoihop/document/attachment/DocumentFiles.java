package vn.phoihop.document.attachment;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.account.CurrentUser;
import vn.phoihop.document.FileStore;
import vn.phoihop.document.register.DocumentSettings;
import vn.phoihop.platform.UserFacingException;

/**
 * {@link FileStore} over {@code document_file} (V39): the checks of {@link Attachments} (size cap, {@link
 * FileInspector} with {@link ZipCheck}, {@link TextExtractor} for encrypted and broken files; the text itself is not
 * kept), the name sanitised by {@link FileNames}, downloads through {@link Downloads}.
 */
@Service
class DocumentFiles implements FileStore {

    private final JdbcClient jdbc;
    private final DocumentSettings settings;

    DocumentFiles(JdbcClient jdbc, DocumentSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public StoredFile store(String purpose, String fileName, byte[] content) {
        if (purpose == null || !purpose.matches("[A-Z][A-Z0-9_]{0,39}")) {
            throw new IllegalArgumentException("purpose: upper-case letters, digits and underscores");
        }
        if (content == null) {
            throw UserFacingException.invalid("attachment.file.missing");
        }
        if (content.length > maxBytes()) {
            throw new UserFacingException(413, "upload.tooLarge", Math.max(1, settings.maxAttachmentSize().toMegabytes()));
        }
        String name = FileNames.sanitize(fileName);
        AttachmentType type = FileInspector.inspect(content, name);
        TextExtractor.extract(type, content, name);
        String sha256 = sha256(content);
        long id = jdbc.sql("INSERT INTO document_file (purpose, file_name, media_type, size_bytes, sha256, content,"
                + " created_by) VALUES (:purpose, :name, :type, :size, :sha, :content, :user) RETURNING id")
                .param("purpose", purpose).param("name", name).param("type", type.mediaType())
                .param("size", (long) content.length).param("sha", sha256).param("content", content)
                .param("user", CurrentUser.require().getUsername()).query(Long.class).single();
        return new StoredFile(id, name, type.mediaType(), content.length, sha256);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<FileContent> read(long fileId) {
        return jdbc.sql("SELECT id, file_name, media_type, sha256, content FROM document_file WHERE id = :id")
                .param("id", fileId)
                .query((rs, n) -> new FileContent(rs.getLong("id"), rs.getString("file_name"),
                        rs.getString("media_type"), rs.getString("sha256"), rs.getBytes("content")))
                .optional();
    }

    @Override
    public long maxBytes() {
        return settings.maxAttachmentSize().toBytes();
    }

    @Override
    public ResponseEntity<byte[]> download(FileContent file) {
        return Downloads.of(new vn.phoihop.document.attachment.StoredFile(file.fileName(), file.mediaType(),
                file.sha256(), file.content()));
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
