package vn.phoihop.document.register;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.postgresql.util.PSQLException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

import vn.phoihop.document.DocumentStatus;
import vn.phoihop.document.register.DocumentView.Recipient;

/**
 * The document table and its recipients and tags, in SQL. Writes check the version they started from (optimistic
 * locking) and turn a violation of {@code document_series_number}, and only of that index, into a clear refusal.
 */
@Component
class DocumentStore {

    /** The unique index that keeps a number once per numbering series (V21). */
    static final String SERIES_INDEX = "document_series_number";

    private final JdbcClient jdbc;

    DocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<DocumentRow> find(long id) {
        return jdbc.sql("SELECT " + DocumentRow.COLUMNS + " FROM document WHERE id = :id").param("id", id)
                .query(DocumentRow::map).optional();
    }

    long insert(DocumentData d, String actor) {
        KeyHolder key = new GeneratedKeyHolder();
        guarded(d, () -> jdbc.sql("""
                INSERT INTO document (kind, type_code, number, notation, series_key, issuer_id, issued_on, place,
                    signer_name, signer_position, signing_authority, title, summary, body, secrecy, urgency, status,
                    effective_from, effective_to, created_by, updated_by)
                VALUES (:kind, :type, :number, :notation, :series, :issuer, :issuedOn, :place, :signerName,
                    :signerPosition, :authority, :title, :summary, :body, :secrecy, :urgency, :status, :from, :to,
                    :actor, :actor)""").params(params(d)).param("actor", actor).update(key, "id"));
        long id = key.getKey().longValue();
        writeRecipientsAndTags(id, d);
        return id;
    }

    /** Writes {@code d} over the document if its version is still {@code version}; false when it is not. */
    boolean update(long id, int version, DocumentData d, String actor) {
        int[] updated = new int[1];
        guarded(d, () -> updated[0] = jdbc.sql("""
                UPDATE document SET kind = :kind, type_code = :type, number = :number, notation = :notation,
                    series_key = :series, issuer_id = :issuer, issued_on = :issuedOn, place = :place,
                    signer_name = :signerName, signer_position = :signerPosition, signing_authority = :authority,
                    title = :title, summary = :summary, body = :body, secrecy = :secrecy, urgency = :urgency,
                    status = :status, effective_from = :from, effective_to = :to, updated_by = :actor,
                    updated_at = now(), version = version + 1
                WHERE id = :id AND version = :version""").params(params(d)).param("actor", actor)
                .param("id", id).param("version", version).update());
        if (updated[0] == 0) {
            return false;
        }
        jdbc.sql("DELETE FROM document_recipient WHERE document_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM document_tag WHERE document_id = :id").param("id", id).update();
        writeRecipientsAndTags(id, d);
        return true;
    }

    /** Sets the status if the version is still {@code version} (any version when {@code null}). */
    boolean setStatus(long id, Integer version, DocumentStatus status, String actor) {
        return jdbc.sql("UPDATE document SET status = :status, updated_by = :actor, updated_at = now(),"
                + " version = version + 1 WHERE id = :id AND (CAST(:version AS INTEGER) IS NULL OR version = :version)")
                .param("status", status.name()).param("actor", actor).param("id", id).param("version", version)
                .update() == 1;
    }

    List<Recipient> recipients(long id) {
        return jdbc.sql("SELECT organization_id, text FROM document_recipient WHERE document_id = :id ORDER BY position")
                .param("id", id).query((rs, n) -> new Recipient((Long) rs.getObject("organization_id"),
                        rs.getString("text"))).list();
    }

    List<String> tags(long id) {
        return jdbc.sql("SELECT tag FROM document_tag WHERE document_id = :id ORDER BY tag").param("id", id)
                .query(String.class).list();
    }

    private void writeRecipientsAndTags(long id, DocumentData d) {
        int position = 0;
        for (Recipient r : d.recipients()) {
            jdbc.sql("INSERT INTO document_recipient (document_id, position, organization_id, text)"
                    + " VALUES (:id, :position, :org, :text)").param("id", id).param("position", position++)
                    .param("org", r.organizationId()).param("text", r.text()).update();
        }
        for (String tag : d.tags()) {
            jdbc.sql("INSERT INTO document_tag (document_id, tag) VALUES (:id, :tag)").param("id", id)
                    .param("tag", tag).update();
        }
    }

    private static Map<String, Object> params(DocumentData d) {
        var p = new java.util.HashMap<String, Object>();
        p.put("kind", d.kind().name());
        p.put("type", d.typeCode());
        p.put("number", d.number());
        p.put("notation", d.notation());
        p.put("series", d.seriesKey());
        p.put("issuer", d.issuerId());
        p.put("issuedOn", d.issuedOn());
        p.put("place", d.place());
        p.put("signerName", d.signerName());
        p.put("signerPosition", d.signerPosition());
        p.put("authority", d.signingAuthority() == null ? null : d.signingAuthority().name());
        p.put("title", d.title());
        p.put("summary", d.summary());
        p.put("body", d.body());
        p.put("secrecy", d.secrecy().name());
        p.put("urgency", d.urgency().name());
        p.put("status", d.status().name());
        p.put("from", d.effectiveFrom());
        p.put("to", d.effectiveTo());
        return p;
    }

    /**
     * Runs a write; a duplicate key of the numbering series (two users taking the same number at the same moment)
     * becomes the refusal the form shows beside the number. Any other duplicate key is no user's mistake and is
     * rethrown.
     */
    private static void guarded(DocumentData d, Runnable write) {
        try {
            write.run();
        }
        catch (DuplicateKeyException ex) {
            if (SERIES_INDEX.equals(constraint(ex))) {
                throw FieldRefusal.invalid("number", "document.number.taken", d.number(), d.notation());
            }
            throw ex;
        }
    }

    private static String constraint(DuplicateKeyException ex) {
        for (Throwable t = ex.getCause(); t != null; t = t.getCause()) {
            if (t instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
                return psql.getServerErrorMessage().getConstraint();
            }
        }
        return null;
    }

    /** Whether the document has an attachment (not deleted): its files are stored in the attachment store. */
    boolean hasAttachments(long id) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM attachment WHERE document_id = :id AND deleted_at IS NULL)")
                .param("id", id).query(Boolean.class).single();
    }
}
