package vn.phoihop.document.register;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.account.AuditTrail;
import vn.phoihop.account.CurrentUser;
import vn.phoihop.document.DocumentReplaced;
import vn.phoihop.document.DocumentStatus;
import vn.phoihop.document.register.DocumentCommands.AddRelation;
import vn.phoihop.document.register.DocumentCommands.RelationKind;
import vn.phoihop.document.register.RelationView.Direction;
import vn.phoihop.platform.Texts;
import vn.phoihop.platform.UserFacingException;

/**
 * Relations between documents (implements, guides, replaces, amends, reviews, cites). A relation is added and removed
 * by those who write for its source; its target must be readable by them, and one they may not read is "unknown"
 * exactly like one that does not exist. "Replaces" marks the target REPLACED (the writer must write for the target's
 * issuer too), keeps the status it had, restores it when removed and registers {@link DocumentReplaced}. A document's
 * timeline shows only the related documents its reader may read ({@link DocumentAccess#READABLE} in the query), so a
 * secret or foreign draft relation is neither shown nor counted.
 */
@Service
public class DocumentRelations {

    private final JdbcClient jdbc;
    private final DocumentAccess access;
    private final DocumentStore store;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    DocumentRelations(JdbcClient jdbc, DocumentAccess access, DocumentStore store, AuditTrail audit,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.store = store;
        this.audit = audit;
        this.events = events;
    }

    /** The relations of a readable document, both ways, by the other document's issue date. */
    @Transactional(readOnly = true)
    public List<RelationView> timeline(long documentId) {
        DocumentAccess.Header document = access.requireReadable(documentId);
        boolean writer = access.writesFor(document.issuerId());
        Map<String, Object> params = new HashMap<>(access.reader().parameters());
        params.put("id", documentId);
        String sql = "SELECT r.id, r.kind, r.note, 'OUTGOING' AS direction, d.id AS other_id, d.notation, d.title,"
                + " d.issued_on, d.issuer_id FROM document_relation r JOIN document d ON d.id = r.target_id"
                + " WHERE r.source_id = :id AND " + DocumentAccess.READABLE
                + " UNION ALL SELECT r.id, r.kind, r.note, 'INCOMING', d.id, d.notation, d.title, d.issued_on,"
                + " d.issuer_id FROM document_relation r JOIN document d ON d.id = r.source_id"
                + " WHERE r.target_id = :id AND " + DocumentAccess.READABLE
                + " ORDER BY issued_on NULLS LAST, id";
        return jdbc.sql(sql)
                .params(params)
                .query((rs, n) -> {
                    Direction direction = Direction.valueOf(rs.getString("direction"));
                    boolean removable = direction == Direction.OUTGOING ? writer
                            : access.writesFor(rs.getLong("issuer_id"));
                    return new RelationView(rs.getLong("id"), direction, RelationKind.valueOf(rs.getString("kind")),
                            rs.getLong("other_id"), rs.getString("notation"), rs.getString("title"),
                            rs.getObject("issued_on", java.time.LocalDate.class), rs.getString("note"), removable);
                }).list();
    }

    /** Relates {@code sourceId} to the command's target; answers the relation's id. */
    @Transactional
    public long add(long sourceId, AddRelation command) {
        CurrentUser user = CurrentUser.require();
        DocumentAccess.Header source = access.requireWritable(sourceId);
        if (command.targetId() == null) {
            throw FieldRefusal.invalid("targetId", "document.relation.target.required");
        }
        if (command.kind() == null) {
            throw FieldRefusal.invalid("kind", "document.relation.kind.required");
        }
        DocumentAccess.Header target = access.find(command.targetId()).filter(access.reader()::reads)
                .orElseThrow(() -> FieldRefusal.invalid("targetId", "document.relation.target.unknown"));
        if (target.id() == source.id()) {
            throw FieldRefusal.invalid("targetId", "document.relation.self");
        }
        String note = Texts.nfcOrNull(command.note());
        if (note != null && note.length() > 500) {
            throw FieldRefusal.invalid("note", "document.relation.note.size");
        }
        boolean exists = jdbc.sql("SELECT count(*) FROM document_relation WHERE source_id = :s AND target_id = :t"
                + " AND kind = :k").param("s", source.id()).param("t", target.id()).param("k", command.kind().name())
                .query(Integer.class).single() > 0;
        if (exists) {
            throw FieldRefusal.invalid("targetId", "document.relation.exists");
        }
        String replacedStatus = null;
        if (command.kind() == RelationKind.REPLACES) {
            if (source.draft() || target.draft()) {
                throw FieldRefusal.invalid("kind", "document.relation.replacesDraft");
            }
            access.requireIssuer(target.issuerId());
            replacedStatus = "REPLACED".equals(target.status()) ? null : target.status();
        }
        var key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO document_relation (source_id, target_id, kind, note, created_by, replaced_status)"
                + " VALUES (:s, :t, :k, :note, :by, :replaced)").param("s", source.id()).param("t", target.id())
                .param("k", command.kind().name()).param("note", note).param("by", user.getUsername())
                .param("replaced", replacedStatus).update(key, "id");
        long id = key.getKey().longValue();
        if (command.kind() == RelationKind.REPLACES) {
            store.setStatus(target.id(), null, DocumentStatus.REPLACED, user.getUsername());
            events.publishEvent(new DocumentReplaced(target.id(), source.id()));
        }
        audit.record("document.related", "document", source.id(), command.kind() + " " + target.id(),
                List.of(source.issuerId(), target.issuerId()));
        return id;
    }

    /** Removes a relation of {@code sourceId}; removing "replaces" gives the target back its earlier status. */
    @Transactional
    public void remove(long sourceId, long relationId) {
        CurrentUser user = CurrentUser.require();
        DocumentAccess.Header source = access.requireWritable(sourceId);
        record Relation(long targetId, RelationKind kind, String replacedStatus) {
        }
        Relation relation = jdbc.sql("SELECT target_id, kind, replaced_status FROM document_relation"
                + " WHERE id = :id AND source_id = :s").param("id", relationId).param("s", source.id())
                .query((rs, n) -> new Relation(rs.getLong("target_id"), RelationKind.valueOf(rs.getString("kind")),
                        rs.getString("replaced_status"))).optional()
                .orElseThrow(() -> UserFacingException.notFound("document.relation.notFound"));
        jdbc.sql("DELETE FROM document_relation WHERE id = :id").param("id", relationId).update();
        if (relation.kind() == RelationKind.REPLACES && relation.replacedStatus() != null) {
            boolean stillReplaced = jdbc.sql("SELECT count(*) FROM document_relation WHERE target_id = :t"
                    + " AND kind = 'REPLACES'").param("t", relation.targetId()).query(Integer.class).single() > 0;
            Optional<DocumentAccess.Header> target = access.find(relation.targetId());
            if (!stillReplaced && target.map(t -> "REPLACED".equals(t.status())).orElse(false)) {
                store.setStatus(relation.targetId(), null, DocumentStatus.valueOf(relation.replacedStatus()),
                        user.getUsername());
            }
        }
        audit.record("document.unrelated", "document", source.id(), relation.kind() + " " + relation.targetId(),
                List.of(source.issuerId()));
    }

    /**
     * The document a user means by {@code text}: its id, or its notation as typed ({@code 12-NQ/TW}, compared
     * ignoring case and spaces), among the documents they may read; refused when none or several match.
     */
    @Transactional(readOnly = true)
    public long resolve(String text) {
        String value = Texts.nfcOrNull(text);
        if (value == null) {
            throw FieldRefusal.invalid("targetId", "document.relation.target.required");
        }
        Map<String, Object> params = new HashMap<>(access.reader().parameters());
        params.put("notation", value.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT));
        params.put("id", value.matches("\\d{1,18}") ? Long.parseLong(value) : -1L);
        List<Long> ids = jdbc.sql("SELECT d.id FROM document d WHERE (d.id = :id OR upper(d.notation) = :notation)"
                + " AND " + DocumentAccess.READABLE + " ORDER BY d.id LIMIT 2").params(params).query(Long.class).list();
        if (ids.isEmpty()) {
            throw FieldRefusal.invalid("targetId", "document.relation.target.unknown");
        }
        if (ids.size() > 1) {
            throw FieldRefusal.invalid("targetId", "document.relation.target.ambiguous");
        }
        return ids.get(0);
    }
}
