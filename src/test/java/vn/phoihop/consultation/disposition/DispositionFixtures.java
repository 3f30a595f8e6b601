package vn.phoihop.consultation.disposition;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.phoihop.consultation.ConsultationFixtures;

/**
 * A consultation round with submitted comments written straight into the tables, for the disposition, report and
 * access-matrix tests.
 */
@Component
public class DispositionFixtures {

    /** A round of a draft, its version's articles (document order) and its invitations by organisation code. */
    public record Round(long draftId, long versionId, long roundId, List<Long> articles, Map<String, Long> invitations) {
    }

    private final ConsultationFixtures consultation;
    private final JdbcClient jdbc;

    DispositionFixtures(ConsultationFixtures consultation, JdbcClient jdbc) {
        this.consultation = consultation;
        this.jdbc = jdbc;
    }

    /** A round of a draft of {@code drafting} on {@code articles} articles, inviting {@code invitees}. */
    public Round round(String drafting, String title, int articles, String... invitees) {
        long draft = consultation.draft(drafting, title, "NONE");
        long version = consultation.version(draft, 1);
        List<Long> ids = consultation.articles(draft, version, articles);
        long round = consultation.round(draft, version, Instant.now().plus(30, ChronoUnit.DAYS), "FLAG");
        Map<String, Long> invitations = new java.util.LinkedHashMap<>();
        for (String code : invitees) {
            invitations.put(code, consultation.invite(round, code, LocalDate.of(2025, 8, 1)));
        }
        return new Round(draft, version, round, ids, invitations);
    }

    /** A submitted comment (its invitation marked submitted too). */
    public long submitted(Round round, String code, int article, String body) {
        long invitation = round.invitations().get(code);
        jdbc.sql("UPDATE consultation_invitation SET status = 'SUBMITTED', submitted_at = now(), submitted_by ="
                + " 'fixture' WHERE id = :i").param("i", invitation).update();
        return consultation.comment(round.roundId(), invitation, round.articles().get(article), body, "SUBMITTED");
    }

    /**
     * The access matrix's targets: {@code {dround}} a round of a CTDCT draft inviting Bắc Ninh's police and Party
     * committee (own) and a round of a Hà Nội police draft inviting Thành ủy Hà Nội (other); {@code {dcomment}} a
     * submitted comment of each (Bắc Ninh's police, Thành ủy Hà Nội); {@code {dgroup}} a group of each round.
     */
    public Map<String, long[]> matrixTargets() {
        Round own = round("CTDCT", "Dự thảo ma trận trung ương", 2, "T20-CA", "T20-TU");
        Round other = round("T01-CA", "Dự thảo ma trận Hà Nội", 2, "T01-TU");
        long ownComment = submitted(own, "T20-CA", 0, "Góp ý ma trận Bắc Ninh");
        long otherComment = submitted(other, "T01-TU", 0, "Góp ý ma trận Hà Nội");
        return Map.of("{dround}", new long[] { own.roundId(), other.roundId() },
                "{dcomment}", new long[] { ownComment, otherComment },
                "{dgroup}", new long[] { group(own.roundId(), ownComment), group(other.roundId(), otherComment) });
    }

    /** A group of the round holding the comment. */
    public long group(long roundId, long commentId) {
        long group = jdbc.sql("INSERT INTO consultation_comment_group (round_id, label, created_by) VALUES (:r,"
                + " 'Nhóm thử', 'fixture') RETURNING id").param("r", roundId).query(Long.class).single();
        jdbc.sql("UPDATE consultation_comment SET group_id = :g WHERE id = :c").param("g", group).param("c", commentId)
                .update();
        return group;
    }
}
