package vn.phoihop.document.attachment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The file store's tables ({@code attachment}, {@code attachment_version}, see V23) and the document's
 * {@code attachment_text}. Callers check access first; writes run in the caller's transaction.
 */
@Repository
class AttachmentStore {

    /** The most text of all attachments one document keeps for search (a tsvector holds at most 1 MB). */
    static final int MAX_DOCUMENT_TEXT = 200_000;

    private final JdbcClient jdbc;

    AttachmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The attachments of a document that are not deleted, each with its versions (newest first), in one query. */
    List<AttachmentView> list(long documentId) {
        Map<Long, AttachmentView> byId = new LinkedHashMap<>();
        jdbc.sql("SELECT a.id, a.name, a.current_version, v.version, v.file_name, v.media_type, v.size_bytes,"
                + " v.sha256, v.created_by, v.created_at FROM attachment a JOIN attachment_version v"
                + " ON v.attachment_id = a.id WHERE a.document_id = :d AND a.deleted_at IS NULL"
                + " ORDER BY a.id, v.version DESC").param("d", documentId).query(rs -> {
                    AttachmentView attachment = byId.get(rs.getLong("id"));
                    if (attachment == null) {
                        attachment = new AttachmentView(rs.getLong("id"), rs.getString("name"),
                                rs.getInt("current_version"), new ArrayList<>());
                        byId.put(attachment.id(), attachment);
                    }
                    attachment.versions().add(version(rs));
                });
        return byId.values().stream().map(a -> new AttachmentView(a.id(), a.name(), a.currentVersion(),
                List.copyOf(a.versions()))).toList();
    }

    /** One attachment of the document, if it exists and is not deleted. */
    Optional<AttachmentView> find(long documentId, long attachmentId) {
        return list(documentId).stream().filter(a -> a.id() == attachmentId).findFirst();
    }

    private static AttachmentView.Version version(ResultSet rs) throws SQLException {
        return new AttachmentView.Version(rs.getInt("version"), rs.getString("file_name"), rs.getString("media_type"),
                rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }

    /**
     * Locks the document's row against concurrent attachment changes (uploads and deletions of one document run one
     * after the other, so each sees the others' versions when it rewrites the attachment text); edits of the
     * document's fields are not blocked for longer than the upload's transaction.
     */
    void lockDocument(long documentId) {
        jdbc.sql("SELECT id FROM document WHERE id = :d FOR NO KEY UPDATE").param("d", documentId)
                .query(Long.class).optional();
    }

    /** The id of the live attachment with this name key, created (without versions) if there is none. */
    long attachmentNamed(long documentId, String name, String nameKey, String user) {
        jdbc.sql("INSERT INTO attachment (document_id, name, name_key, created_by) VALUES (:d, :name, :key, :user)"
                + " ON CONFLICT (document_id, name_key) WHERE deleted_at IS NULL DO NOTHING")
                .param("d", documentId).param("name", name).param("key", nameKey).param("user", user).update();
        return jdbc.sql("SELECT id FROM attachment WHERE document_id = :d AND name_key = :key AND deleted_at IS NULL")
                .param("d", documentId).param("key", nameKey).query(Long.class).single();
    }

    /** Whether the document has this live attachment. */
    boolean exists(long documentId, long attachmentId) {
        return jdbc.sql("SELECT count(*) FROM attachment WHERE id = :a AND document_id = :d AND deleted_at IS NULL")
                .param("a", attachmentId).param("d", documentId).query(Long.class).single() > 0;
    }

    /** Stores the next version of an attachment and makes it the current one; its number. */
    int addVersion(long attachmentId, String fileName, AttachmentType type, byte[] content, String sha256,
            String text, String user) {
        int version = jdbc.sql("UPDATE attachment SET current_version = current_version + 1 WHERE id = :a"
                + " RETURNING current_version").param("a", attachmentId).query(Integer.class).single();
        jdbc.sql("INSERT INTO attachment_version (attachment_id, version, file_name, media_type, size_bytes, sha256,"
                + " content, extracted_text, created_by) VALUES (:a, :v, :name, :type, :size, :sha, :content, :text,"
                + " :user)").param("a", attachmentId).param("v", version).param("name", fileName)
                .param("type", type.mediaType()).param("size", (long) content.length).param("sha", sha256)
                .param("content", content).param("text", text).param("user", user).update();
        return version;
    }

    /** Marks an attachment deleted; its name, or empty when the document has no such live attachment. */
    Optional<String> softDelete(long documentId, long attachmentId, String user) {
        return jdbc.sql("UPDATE attachment SET deleted_by = :user, deleted_at = now() WHERE id = :a"
                + " AND document_id = :d AND deleted_at IS NULL RETURNING name").param("user", user)
                .param("a", attachmentId).param("d", documentId).query(String.class).optional();
    }

    /**
     * Rewrites the document's {@code attachment_text}: the text of the current version of every live attachment, in
     * upload order, capped at {@link #MAX_DOCUMENT_TEXT}; NULL when there is none.
     */
    void refreshAttachmentText(long documentId) {
        jdbc.sql("UPDATE document SET attachment_text = (SELECT left(string_agg(v.extracted_text, E'\\n'"
                + " ORDER BY a.id), :max) FROM attachment a JOIN attachment_version v ON v.attachment_id = a.id"
                + " AND v.version = a.current_version WHERE a.document_id = :d AND a.deleted_at IS NULL"
                + " AND v.extracted_text IS NOT NULL) WHERE id = :d").param("d", documentId)
                .param("max", MAX_DOCUMENT_TEXT).update();
    }

    /** The bytes of a version ({@code null}: the current one) of a live attachment of the document. */
    Optional<StoredFile> content(long documentId, long attachmentId, Integer version) {
        return jdbc.sql("SELECT v.file_name, v.media_type, v.sha256, v.content FROM attachment a"
                + " JOIN attachment_version v ON v.attachment_id = a.id WHERE a.id = :a AND a.document_id = :d"
                + " AND a.deleted_at IS NULL AND v.version = coalesce(:v, a.current_version)")
                .param("a", attachmentId).param("d", documentId).param("v", version, Types.INTEGER)
                .query((rs, n) -> new StoredFile(rs.getString("file_name"), rs.getString("media_type"),
                        rs.getString("sha256"), rs.getBytes("content"))).optional();
    }
}
