package vn.phoihop.consultation.draft;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.consultation.access.ConsultationAccess;
import vn.phoihop.consultation.access.DraftHeader;
import vn.phoihop.platform.UserFacingException;

/**
 * The text of one version for every part of the module that shows it (the round's page beside the comment forms,
 * the consolidated report grouped by provision, the version page): its provisions in document order with their depth
 * in the tree. {@link #provisions} checks that the acting user reads the version (the drafting body, or an invitee of
 * a round on it) and answers “not found” otherwise; {@link #provisionsUnchecked} is for callers that have already
 * decided (e.g. on a round they read).
 */
@Service
@Transactional(readOnly = true)
public class VersionText {

    private final JdbcClient jdbc;
    private final ConsultationAccess access;

    VersionText(JdbcClient jdbc, ConsultationAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** The provisions of version {@code versionId} in document order, if the acting user reads it; two queries. */
    public List<ProvisionView> provisions(long versionId) {
        Long draftId = jdbc.sql("SELECT draft_id FROM consultation_version WHERE id = :id").param("id", versionId)
                .query(Long.class).optional()
                .orElseThrow(() -> UserFacingException.notFound("consultation.version.notFound"));
        DraftHeader draft = access.findDraft(draftId)
                .orElseThrow(() -> UserFacingException.notFound("consultation.version.notFound"));
        access.requireVersionReadable(draft, versionId);
        return provisionsUnchecked(versionId);
    }

    /**
     * The provisions of version {@code versionId} in document order, without checking the reader (the caller has);
     * one query. Depth is counted along the parents within the version.
     */
    public List<ProvisionView> provisionsUnchecked(long versionId) {
        List<Row> rows = jdbc.sql("""
                SELECT t.provision_id, p.kind, t.parent_id, t.position, t.label, t.heading, t.body, t.change, t.version
                FROM consultation_provision_text t JOIN consultation_provision p ON p.id = t.provision_id
                WHERE t.version_id = :v ORDER BY t.position
                """).param("v", versionId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3), rs.getInt(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getLong(9)))
                .list();
        Map<Long, Integer> depth = new HashMap<>();
        return rows.stream().map(r -> {
            int d = r.parentId() == null ? 0 : depth.getOrDefault(r.parentId(), -1) + 1;
            depth.put(r.provisionId(), d);
            return new ProvisionView(r.provisionId(), r.kind(), d, r.parentId(), r.position(), r.label(),
                    r.heading(), r.body(), r.change(), r.rowVersion());
        }).toList();
    }

    private record Row(long provisionId, String kind, Long parentId, int position, String label, String heading,
            String body, String change, long rowVersion) {
    }
}
