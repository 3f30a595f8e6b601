package vn.phoihop.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.phoihop.platform.Texts;

/**
 * Drafts, versions, provisions, rounds, invitations and comments written straight into the tables (tests may), for
 * tests that need them as they are, not as the services would check them. Every helper adds what it needs at the
 * end; nothing here asserts anything.
 */
@Component
public class ConsultationFixtures {

    private final JdbcClient jdbc;

    ConsultationFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A draft of the organisation {@code orgCode}, marked {@code secrecy} (NONE … TOP_SECRET). */
    public long draft(String orgCode, String title, String secrecy) {
        return jdbc.sql("""
                INSERT INTO consultation_draft (title, drafting_organization_id, addressee, secrecy, created_by)
                SELECT :title, id, 'Ban Bí thư', :secrecy, 'fixture' FROM organization WHERE code = :code RETURNING id
                """).param("title", title).param("secrecy", secrecy).param("code", orgCode).query(Long.class).single();
    }

    /** Version {@code number} (“Dự thảo N”) of the draft. */
    public long version(long draftId, int number) {
        return jdbc.sql("INSERT INTO consultation_version (draft_id, number, label, created_by)"
                + " VALUES (:d, :n, 'Dự thảo ' || :n, 'fixture') RETURNING id")
                .param("d", draftId).param("n", number).query(Long.class).single();
    }

    /** A new provision of the draft ({@code kind} ARTICLE, CLAUSE …). */
    public long provision(long draftId, String kind) {
        return jdbc.sql("INSERT INTO consultation_provision (draft_id, kind) VALUES (:d, :k) RETURNING id")
                .param("d", draftId).param("k", kind).query(Long.class).single();
    }

    /** The text of {@code provisionId} in {@code versionId}, at {@code position}, under {@code parentId} (or NULL). */
    public void text(long versionId, long provisionId, Long parentId, int position, String label, String heading,
            String body, String change) {
        jdbc.sql("""
                INSERT INTO consultation_provision_text (version_id, provision_id, parent_id, position, label, heading,
                                                         body, change)
                VALUES (:v, :p, :parent, :pos, :label, :heading, :body, :change)
                """).param("v", versionId).param("p", provisionId).param("parent", parentId).param("pos", position)
                .param("label", label).param("heading", heading).param("body", body).param("change", change).update();
    }

    /** Articles “Điều 1” … “Điều N” of version {@code versionId}, new in it; their provision ids in order. */
    public List<Long> articles(long draftId, long versionId, int count) {
        List<Long> ids = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            long id = provision(draftId, "ARTICLE");
            text(versionId, id, null, n, "Điều " + n, "Tiêu đề điều " + n, "Nội dung điều " + n + " của dự thảo.",
                    "NEW");
            ids.add(id);
        }
        return ids;
    }

    /** An open round on the version, with {@code deadline} and late policy FLAG or REFUSE. */
    public long round(long draftId, long versionId, Instant deadline, String latePolicy) {
        return jdbc.sql("""
                INSERT INTO consultation_round (draft_id, version_id, title, opens_on, deadline, late_policy, created_by)
                VALUES (:d, :v, 'Lấy ý kiến thử', DATE '2025-08-01', :deadline, :late, 'fixture') RETURNING id
                """).param("d", draftId).param("v", versionId)
                .param("deadline", java.sql.Timestamp.from(deadline)).param("late", latePolicy)
                .query(Long.class).single();
    }

    /** An invitation of the organisation {@code orgCode} to the round, held by it from {@code from}. */
    public long invite(long roundId, String orgCode, LocalDate from) {
        long id = jdbc.sql("INSERT INTO consultation_invitation (round_id, organization_id)"
                + " SELECT :r, id FROM organization WHERE code = :c RETURNING id")
                .param("r", roundId).param("c", orgCode).query(Long.class).single();
        jdbc.sql("INSERT INTO consultation_invitation_holder (invitation_id, organization_id, valid_from)"
                + " SELECT :i, id, :f FROM organization WHERE code = :c")
                .param("i", id).param("c", orgCode).param("f", from).update();
        return id;
    }

    /** A comment of the invitation on the provision, in {@code status} (DRAFT, APPROVED, SUBMITTED). */
    public long comment(long roundId, long invitationId, long provisionId, String body, String status) {
        return jdbc.sql("""
                INSERT INTO consultation_comment (round_id, invitation_id, provision_id, body, body_folded, status,
                                                  written_by, submitted_at)
                VALUES (:r, :i, :p, :body, :folded, :status, 'fixture',
                        CASE WHEN :status = 'SUBMITTED' THEN now() END) RETURNING id
                """).param("r", roundId).param("i", invitationId).param("p", provisionId).param("body", body)
                .param("folded", Texts.fold(body)).param("status", status).query(Long.class).single();
    }

    /** Marks the invitation as submitted now by its invited organisation, as a leader's submission would. */
    public void markSubmitted(long invitationId) {
        jdbc.sql("UPDATE consultation_invitation SET status = 'SUBMITTED', submitted_at = now(), submitted_by = 'fixture',"
                + " submitted_by_organization_id = organization_id WHERE id = :i").param("i", invitationId).update();
    }

    /** An internal note of the drafting body on the comment. */
    public long note(long commentId, String body) {
        return jdbc.sql("INSERT INTO consultation_internal_note (comment_id, body, written_by) VALUES (:c, :b,"
                + " 'fixture') RETURNING id").param("c", commentId).param("b", body).query(Long.class).single();
    }

    // ---- cdraft

    /**
     * The access matrix's targets for drafts: {@code {cdraft}} a draft of the central staff agency with version 1
     * (frozen, consulted in a round inviting Bắc Ninh's police and Party committee) and version 2 (drafting body
     * only), {@code {cversion}} its version 1 and {@code {cprov}} an article of it (own); the same of a Công an thành
     * phố Hà Nội draft nobody in Bắc Ninh is invited to (other).
     */
    public java.util.Map<String, long[]> draftMatrixTargets() {
        long central = draft("CTDCT", "Dự thảo ma trận trung ương", "NONE");
        long centralV1 = version(central, 1);
        long centralArticle = articles(central, centralV1, 2).get(0);
        long centralV2 = version(central, 2);
        text(centralV2, centralArticle, null, 1, "Điều 1", "Tiêu đề điều 1", "Nội dung sửa của điều 1.", "EDITED");
        jdbc.sql("INSERT INTO consultation_provision_origin (version_id, provision_id, source_provision_id)"
                + " VALUES (:v, :p, :p)").param("v", centralV2).param("p", centralArticle).update();
        jdbc.sql("UPDATE consultation_version SET frozen_at = now() WHERE id = :v").param("v", centralV1).update();
        long round = round(central, centralV1, Instant.parse("2026-12-31T10:00:00Z"), "FLAG");
        invite(round, "T20-CA", LocalDate.of(2025, 8, 1));
        invite(round, "T20-TU", LocalDate.of(2025, 8, 1));
        long hanoi = draft("T01-CA", "Dự thảo ma trận Hà Nội", "NONE");
        long hanoiV1 = version(hanoi, 1);
        long hanoiArticle = articles(hanoi, hanoiV1, 1).get(0);
        return java.util.Map.of("{cdraft}", new long[] {central, hanoi}, "{cversion}", new long[] {centralV1, hanoiV1},
                "{cprov}", new long[] {centralArticle, hanoiArticle});
    }
}
