package vn.phoihop.consultation.draft;

import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.account.AuditTrail;
import vn.phoihop.consultation.access.ConsultationAccess;
import vn.phoihop.consultation.draft.DraftCommands.NewProvisionForm;
import vn.phoihop.consultation.draft.DraftCommands.ProvisionForm;
import vn.phoihop.platform.Texts;
import vn.phoihop.platform.UserFacingException;

/**
 * Editing a version's provisions in the page (the drafting body's staff): a provision's heading and body, a new
 * provision after another, deleting one with its clauses and points. A frozen version (consulted by a round) is not
 * editable (409 with a clear message); an edit of a provision changed in the meantime is refused (409, optimistic
 * locking on the text row's {@code version}). An edit marks the provision {@code EDITED} (or {@code MOVED_EDITED});
 * a new one is {@code ADDED}.
 */
@Service
@Transactional
public class Provisions {

    private static final Set<String> KINDS = Set.of("CHAPTER", "SECTION", "ARTICLE", "CLAUSE", "POINT");

    private final JdbcClient jdbc;
    private final ConsultationAccess access;
    private final AuditTrail audit;

    Provisions(JdbcClient jdbc, ConsultationAccess access, AuditTrail audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    /** Saves a provision's heading and body in the version. */
    public void edit(long draftId, long versionId, long provisionId, ProvisionForm form) {
        editable(draftId, versionId);
        String heading = Texts.nfcOrNull(form.heading());
        String body = Texts.nfc(form.body() == null ? "" : form.body());
        if (heading != null && (heading.length() > 1000 || Texts.hasControlCharacters(heading, false))) {
            throw DraftRefusal.invalid("heading", "consultation.provision.heading.size");
        }
        if (body.length() > 100_000 || Texts.hasControlCharacters(body, true)) {
            throw DraftRefusal.invalid("body", "consultation.provision.body.size");
        }
        if (form.version() == null) {
            throw DraftRefusal.invalid(null, "consultation.draft.version.required");
        }
        exists(versionId, provisionId);
        int updated = jdbc.sql("""
                UPDATE consultation_provision_text SET heading = :heading, body = :body,
                       change = CASE change WHEN 'UNCHANGED' THEN 'EDITED' WHEN 'MOVED' THEN 'MOVED_EDITED'
                                ELSE change END,
                       updated_by = :by, updated_at = now(), version = version + 1
                WHERE version_id = :v AND provision_id = :p AND version = :version
                """).param("heading", heading).param("body", body.replace("\r\n", "\n"))
                .param("by", access.user().getUsername()).param("v", versionId).param("p", provisionId)
                .param("version", form.version()).update();
        if (updated == 0) {
            throw DraftRefusal.conflict(null, "consultation.provision.stale");
        }
        audit.record("CONSULTATION_PROVISION_EDITED", "consultation_version", versionId, String.valueOf(provisionId));
    }

    /** Adds a provision after {@code form.afterProvisionId()} (first when absent), under the same parent; its id. */
    public long add(long draftId, long versionId, NewProvisionForm form) {
        editable(draftId, versionId);
        String kind = form.kind() == null ? "ARTICLE" : form.kind();
        if (!KINDS.contains(kind)) {
            throw DraftRefusal.invalid("kind", "consultation.provision.kind.invalid");
        }
        String label = Texts.nfcOrNull(form.label());
        if (label == null) {
            throw DraftRefusal.invalid("label", "consultation.provision.label.required");
        }
        if (label.length() > 100 || Texts.hasControlCharacters(label, false)) {
            throw DraftRefusal.invalid("label", "consultation.provision.label.size");
        }
        String heading = Texts.nfcOrNull(form.heading());
        if (heading != null && (heading.length() > 1000 || Texts.hasControlCharacters(heading, false))) {
            throw DraftRefusal.invalid("heading", "consultation.provision.heading.size");
        }
        String body = Texts.nfc(form.body() == null ? "" : form.body());
        if (body.length() > 100_000 || Texts.hasControlCharacters(body, true)) {
            throw DraftRefusal.invalid("body", "consultation.provision.body.size");
        }
        int position = 0;
        Long parent = null;
        if (form.afterProvisionId() != null) {
            var after = jdbc.sql("SELECT position, parent_id FROM consultation_provision_text WHERE version_id = :v"
                    + " AND provision_id = :p").param("v", versionId).param("p", form.afterProvisionId())
                    .query((rs, n) -> new Object[] {rs.getInt(1), rs.getObject(2)}).optional()
                    .orElseThrow(() -> DraftRefusal.invalid("afterProvisionId", "consultation.provision.notFound"));
            parent = after[1] == null ? null : ((Number) after[1]).longValue();
            // after the provision and its own clauses and points
            position = lastDescendantPosition(versionId, form.afterProvisionId(), (Integer) after[0]);
        }
        jdbc.sql("UPDATE consultation_provision_text SET position = -(position + 1) WHERE version_id = :v"
                + " AND position > :pos").param("v", versionId).param("pos", position).update();
        jdbc.sql("UPDATE consultation_provision_text SET position = -position WHERE version_id = :v AND position < 0")
                .param("v", versionId).update();
        long id = jdbc.sql("INSERT INTO consultation_provision (draft_id, kind) VALUES (:d, :k) RETURNING id")
                .param("d", draftId).param("k", kind).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO consultation_provision_text (version_id, provision_id, parent_id, position, label, heading,
                                                         body, change, updated_by, updated_at)
                VALUES (:v, :p, :parent, :pos, :label, :heading, :body, :change, :by, now())
                """).param("v", versionId).param("p", id).param("parent", parent).param("pos", position + 1)
                .param("label", label).param("heading", heading).param("body", body.replace("\r\n", "\n"))
                .param("change", number(versionId) == 1 ? "NEW" : "ADDED").param("by", access.user().getUsername())
                .update();
        audit.record("CONSULTATION_PROVISION_ADDED", "consultation_version", versionId, label);
        return id;
    }

    /** Deletes a provision (with its clauses and points) from the version; {@code version}: its row version. */
    public void delete(long draftId, long versionId, long provisionId, Long version) {
        editable(draftId, versionId);
        exists(versionId, provisionId);
        if (version == null || jdbc.sql("SELECT count(*) FROM consultation_provision_text WHERE version_id = :v"
                + " AND provision_id = :p AND version = :version").param("v", versionId).param("p", provisionId)
                .param("version", version).query(Long.class).single() == 0) {
            throw DraftRefusal.conflict(null, "consultation.provision.stale");
        }
        List<Long> ids = jdbc.sql("""
                WITH RECURSIVE sub(id) AS (
                    SELECT CAST(:p AS BIGINT)
                    UNION SELECT t.provision_id FROM consultation_provision_text t JOIN sub ON t.parent_id = sub.id
                    WHERE t.version_id = :v)
                SELECT id FROM sub
                """).param("p", provisionId).param("v", versionId).query(Long.class).list();
        jdbc.sql("DELETE FROM consultation_provision_origin WHERE version_id = :v AND provision_id IN (:ids)")
                .param("v", versionId).param("ids", ids).update();
        jdbc.sql("DELETE FROM consultation_provision_text WHERE version_id = :v AND provision_id IN (:ids)")
                .param("v", versionId).param("ids", ids).update();
        // a provision that no version, origin or comment refers to any more is gone
        jdbc.sql("""
                DELETE FROM consultation_provision p WHERE p.id IN (:ids)
                AND NOT EXISTS (SELECT 1 FROM consultation_provision_text t WHERE t.provision_id = p.id)
                AND NOT EXISTS (SELECT 1 FROM consultation_provision_origin o WHERE o.source_provision_id = p.id)
                AND NOT EXISTS (SELECT 1 FROM consultation_comment c
                                WHERE c.provision_id = p.id OR c.changed_provision_id = p.id)
                """).param("ids", ids).update();
        audit.record("CONSULTATION_PROVISION_DELETED", "consultation_version", versionId, String.valueOf(provisionId));
    }

    private void editable(long draftId, long versionId) {
        access.requireDrafter(draftId);
        var frozen = jdbc.sql("SELECT frozen_at IS NOT NULL FROM consultation_version WHERE id = :v AND draft_id = :d"
                + " FOR UPDATE").param("v", versionId).param("d", draftId).query(Boolean.class).optional()
                .orElseThrow(() -> UserFacingException.notFound("consultation.version.notFound"));
        if (frozen) {
            throw DraftRefusal.conflict(null, "consultation.version.frozen");
        }
    }

    private void exists(long versionId, long provisionId) {
        if (jdbc.sql("SELECT count(*) FROM consultation_provision_text WHERE version_id = :v AND provision_id = :p")
                .param("v", versionId).param("p", provisionId).query(Long.class).single() == 0) {
            throw UserFacingException.notFound("consultation.provision.notFound");
        }
    }

    private int number(long versionId) {
        return jdbc.sql("SELECT number FROM consultation_version WHERE id = :v").param("v", versionId)
                .query(Integer.class).single();
    }

    private int lastDescendantPosition(long versionId, long provisionId, int own) {
        return jdbc.sql("""
                WITH RECURSIVE sub(id, position) AS (
                    SELECT provision_id, position FROM consultation_provision_text
                    WHERE version_id = :v AND provision_id = :p
                    UNION SELECT t.provision_id, t.position FROM consultation_provision_text t
                    JOIN sub ON t.parent_id = sub.id WHERE t.version_id = :v)
                SELECT coalesce(max(position), :own) FROM sub
                """).param("v", versionId).param("p", provisionId).param("own", own).query(Integer.class).single();
    }
}
