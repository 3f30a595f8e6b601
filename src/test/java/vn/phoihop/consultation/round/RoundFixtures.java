package vn.phoihop.consultation.round;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.phoihop.consultation.ConsultationFixtures;
import vn.phoihop.document.attachment.AttachmentFixtures;

/**
 * Targets of the access matrix for rounds and comments: a round of the central staff agency in Bắc Ninh (“own”:
 * Công an tỉnh Bắc Ninh and Tỉnh ủy Bắc Ninh invited) and one in Hà Nội (“other”: Công an thành phố Hà Nội invited),
 * each with the police force's invitation, a DRAFT comment of it and a PDF attached to that comment.
 */
@Component
public class RoundFixtures {

    private final ConsultationFixtures consult;
    private final JdbcClient jdbc;

    RoundFixtures(ConsultationFixtures consult, JdbcClient jdbc) {
        this.consult = consult;
        this.jdbc = jdbc;
    }

    /** {@code {cround}}, {@code {cinvitation}}, {@code {ccomment}} and {@code {cattachment}}: own, other. */
    public Map<String, long[]> matrixTargets() {
        long[] rounds = new long[2];
        long[] invitations = new long[2];
        long[] comments = new long[2];
        long[] attachments = new long[2];
        List<List<String>> invitees = List.of(List.of("T20-CA", "T20-TU"), List.of("T01-CA"));
        for (int i = 0; i < 2; i++) {
            long draft = consult.draft("CTDCT", "Dự thảo ma trận " + i, "NONE");
            long version = consult.version(draft, 1);
            long article = consult.articles(draft, version, 1).get(0);
            rounds[i] = consult.round(draft, version, Instant.now().plus(30, ChronoUnit.DAYS), "FLAG");
            for (String code : invitees.get(i)) {
                long invitation = consult.invite(rounds[i], code, LocalDate.of(2025, 8, 1));
                if (invitations[i] == 0) {
                    invitations[i] = invitation;
                }
            }
            comments[i] = consult.comment(rounds[i], invitations[i], article, "Góp ý thử ma trận", "DRAFT");
            attachments[i] = attach(comments[i], "gop-y.pdf");
        }
        Map<String, long[]> targets = new LinkedHashMap<>();
        targets.put("{cround}", rounds);
        targets.put("{cinvitation}", invitations);
        targets.put("{ccomment}", comments);
        targets.put("{cattachment}", attachments);
        return targets;
    }

    /** A PDF attached to the comment, written straight into the file store's table. */
    public long attach(long commentId, String name) {
        byte[] pdf = AttachmentFixtures.pdf(name);
        String sha = java.util.HexFormat.of().formatHex(sha256(pdf));
        long file = jdbc.sql("INSERT INTO document_file (purpose, file_name, media_type, size_bytes, sha256, content,"
                + " created_by) VALUES ('CONSULTATION_COMMENT', :n, 'application/pdf', :s, :h, :c, 'fixture')"
                + " RETURNING id").param("n", name).param("s", (long) pdf.length).param("h", sha).param("c", pdf)
                .query(Long.class).single();
        return jdbc.sql("INSERT INTO consultation_attachment (comment_id, file_id, file_name, content_type,"
                + " size_bytes, created_by) VALUES (:c, :f, :n, 'application/pdf', :s, 'fixture') RETURNING id")
                .param("c", commentId).param("f", file).param("n", name).param("s", (long) pdf.length)
                .query(Long.class).single();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        }
        catch (java.security.NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
