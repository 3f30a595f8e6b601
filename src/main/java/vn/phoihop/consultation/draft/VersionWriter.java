package vn.phoihop.consultation.draft;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.consultation.draft.VersionMatching.Match;

/**
 * Stores a new version (N+1) of a draft, inside the caller's transaction (the caller has checked the writer): its
 * provisions, texts and origins. Version numbers are taken under a lock of the draft's row, so two imports at once
 * get N+1 and N+2.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class VersionWriter {

    private final JdbcClient jdbc;

    VersionWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Version N+1 from parsed provisions, matched to version N (all {@code NEW} for the first); its id. */
    long importNext(long draftId, List<ParsedProvision> parsed, String fileName, String note, String by) {
        Integer latest = latest(draftId);
        List<Match> matches;
        if (latest == null) {
            matches = parsed.stream().map(p -> new Match(null, "NEW", List.<Long>of())).toList();
        }
        else {
            matches = VersionMatching.match(stored(draftId, latest), parsed);
        }
        long versionId = newVersion(draftId, latest == null ? 1 : latest + 1, fileName, note, by);
        long[] ids = new long[parsed.size()];
        for (int i = 0; i < parsed.size(); i++) {
            Match m = matches.get(i);
            ParsedProvision p = parsed.get(i);
            ids[i] = m.provisionId() != null ? m.provisionId() : jdbc.sql("INSERT INTO consultation_provision"
                    + " (draft_id, kind) VALUES (:d, :k) RETURNING id").param("d", draftId).param("k", p.kind())
                    .query(Long.class).single();
            jdbc.sql("""
                    INSERT INTO consultation_provision_text (version_id, provision_id, parent_id, position, label,
                                                             heading, body, change, updated_by, updated_at)
                    VALUES (:v, :p, :parent, :pos, :label, :heading, :body, :change, :by, now())
                    """).param("v", versionId).param("p", ids[i])
                    .param("parent", p.parent() < 0 ? null : ids[p.parent()]).param("pos", i + 1)
                    .param("label", p.label()).param("heading", p.heading()).param("body", p.body())
                    .param("change", m.change()).param("by", by).update();
            for (long source : m.origins()) {
                origin(versionId, ids[i], source);
            }
        }
        return versionId;
    }

    /** Version N+1 as a copy of version N: the same provisions, {@code UNCHANGED}, each its own origin; its id. */
    long copyLatest(long draftId, String note, String by) {
        Integer latest = latest(draftId);
        if (latest == null) {
            throw DraftRefusal.invalid(null, "consultation.version.copy.none");
        }
        long versionId = newVersion(draftId, latest + 1, null, note, by);
        jdbc.sql("""
                INSERT INTO consultation_provision_text (version_id, provision_id, parent_id, position, label, heading,
                                                         body, change, updated_by, updated_at)
                SELECT :v, t.provision_id, t.parent_id, t.position, t.label, t.heading, t.body, 'UNCHANGED', :by, now()
                FROM consultation_provision_text t JOIN consultation_version o ON o.id = t.version_id
                WHERE o.draft_id = :d AND o.number = :n
                """).param("v", versionId).param("by", by).param("d", draftId).param("n", latest).update();
        jdbc.sql("""
                INSERT INTO consultation_provision_origin (version_id, provision_id, source_provision_id)
                SELECT :v, t.provision_id, t.provision_id FROM consultation_provision_text t WHERE t.version_id = :v
                """).param("v", versionId).update();
        return versionId;
    }

    private Integer latest(long draftId) {
        jdbc.sql("SELECT id FROM consultation_draft WHERE id = :d FOR UPDATE").param("d", draftId).query(Long.class)
                .single();
        return jdbc.sql("SELECT max(number) FROM consultation_version WHERE draft_id = :d").param("d", draftId)
                .query(Integer.class).optional().orElse(null);
    }

    private long newVersion(long draftId, int number, String fileName, String note, String by) {
        return jdbc.sql("""
                INSERT INTO consultation_version (draft_id, number, label, note, source_file_name, created_by)
                VALUES (:d, :n, :label, :note, :file, :by) RETURNING id
                """).param("d", draftId).param("n", number).param("label", "Dự thảo " + number).param("note", note)
                .param("file", fileName).param("by", by).query(Long.class).single();
    }

    private void origin(long versionId, long provisionId, long sourceId) {
        jdbc.sql("INSERT INTO consultation_provision_origin (version_id, provision_id, source_provision_id)"
                + " VALUES (:v, :p, :s) ON CONFLICT DO NOTHING").param("v", versionId).param("p", provisionId)
                .param("s", sourceId).update();
    }

    private List<StoredProvision> stored(long draftId, int number) {
        return new ArrayList<>(jdbc.sql("""
                SELECT t.provision_id, p.kind, t.parent_id, t.label, t.heading, t.body
                FROM consultation_provision_text t JOIN consultation_version v ON v.id = t.version_id
                JOIN consultation_provision p ON p.id = t.provision_id
                WHERE v.draft_id = :d AND v.number = :n ORDER BY t.position
                """).param("d", draftId).param("n", number)
                .query((rs, i) -> new StoredProvision(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3),
                        rs.getString(4), rs.getString(5), rs.getString(6))).list());
    }
}
