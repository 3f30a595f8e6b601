package vn.phoihop.tracking.progress;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tracking data for the progress and escalation tests, written with SQL in the caller's transaction (or committed
 * when the caller has none): a plan owned by the central staff agency (CTDCT), a task with a unique code, an
 * assignment to an organisation carried by it from 2025-07-01, progress updates and evidence files.
 */
@Component
public class ProgressFixtures {

    /** A small valid PDF. */
    public static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);

    private final JdbcClient jdbc;

    ProgressFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The id of the organisation with this code. */
    public long org(String code) {
        return jdbc.sql("SELECT id FROM organization WHERE code = :c").param("c", code).query(Long.class).single();
    }

    /** A new assignment of a new CTDCT plan's task to {@code orgCode}, due on {@code dueOn}; its id. */
    public long assignment(String prefix, String orgCode, LocalDate dueOn) {
        String code = prefix + "-" + SEQUENCE.incrementAndGet();
        long owner = org("CTDCT");
        long plan = jdbc.sql("INSERT INTO tracking_plan (title, owner_organization_id, owner_central, source_type,"
                + " source_label, starts_on, created_by) VALUES (:t, :o, TRUE, 'OTHER', 'Kết luận hội nghị thử',"
                + " DATE '2025-01-01', 'fixture') RETURNING id").param("t", "Kế hoạch thử " + code).param("o", owner)
                .query(Long.class).single();
        long task = jdbc.sql("INSERT INTO tracking_task (plan_id, position, code, title, due_on, created_by)"
                + " VALUES (:p, 1, :c, :t, :d, 'fixture') RETURNING id").param("p", plan).param("c", code)
                .param("t", "Nhiệm vụ thử " + code).param("d", dueOn).query(Long.class).single();
        long assignee = org(orgCode);
        long assignment = jdbc.sql("INSERT INTO tracking_assignment (task_id, organization_id, due_on, assigned_by)"
                + " VALUES (:t, :o, :d, 'fixture') RETURNING id").param("t", task).param("o", assignee)
                .param("d", dueOn).query(Long.class).single();
        jdbc.sql("INSERT INTO tracking_carrier (assignment_id, organization_id, valid_from) VALUES (:a, :o,"
                + " DATE '2025-07-01')").param("a", assignment).param("o", assignee).update();
        return assignment;
    }

    /** A pending progress update of the assignment, reported by its carrier; its id. */
    public long progress(long assignmentId, String narrative) {
        return jdbc.sql("INSERT INTO tracking_progress (assignment_id, organization_id, status, percent, narrative,"
                + " reported_by) SELECT a.id, c.organization_id, 'IN_PROGRESS', 40, :n, 'fixture'"
                + " FROM tracking_assignment a JOIN tracking_carrier c ON c.assignment_id = a.id WHERE a.id = :a"
                + " LIMIT 1 RETURNING id").param("a", assignmentId).param("n", narrative).query(Long.class).single();
    }

    /** An evidence PDF of the update (a file of the document module's store); the evidence's id. */
    public long evidence(long progressId, String fileName) {
        String sha = sha256(PDF);
        long file = jdbc.sql("INSERT INTO document_file (purpose, file_name, media_type, size_bytes, sha256, content,"
                + " created_by) VALUES ('TRACKING_EVIDENCE', :n, 'application/pdf', :s, :h, :c, 'fixture') RETURNING id")
                .param("n", fileName).param("s", (long) PDF.length).param("h", sha).param("c", PDF)
                .query(Long.class).single();
        return jdbc.sql("INSERT INTO tracking_evidence (progress_id, file_id, file_name, media_type, size_bytes, sha256,"
                + " created_by) VALUES (:p, :f, :n, 'application/pdf', :s, :h, 'fixture') RETURNING id")
                .param("p", progressId).param("f", file).param("n", fileName).param("s", (long) PDF.length)
                .param("h", sha).query(Long.class).single();
    }

    /**
     * The access matrix's targets: {tpAssignment}, {tpProgress} (pending) and {tpEvidence}, own in Bắc Ninh
     * (carried by T20-CA), other in Hà Nội (T01-CA), both of a CTDCT plan.
     */
    public Map<String, long[]> matrixTargets() {
        long[] assignments = { assignment("MXP", "T20-CA", LocalDate.of(2031, 1, 1)),
                assignment("MXP", "T01-CA", LocalDate.of(2031, 1, 1)) };
        long[] progress = { progress(assignments[0], "Báo cáo thử ma trận"),
                progress(assignments[1], "Báo cáo thử ma trận") };
        long[] evidence = { evidence(progress[0], "minh-chung.pdf"), evidence(progress[1], "minh-chung.pdf") };
        Map<String, long[]> targets = new LinkedHashMap<>();
        targets.put("{tpAssignment}", assignments);
        targets.put("{tpProgress}", progress);
        targets.put("{tpEvidence}", evidence);
        return targets;
    }

    /** Rows of a table for the assignment (through its updates for evidence). */
    public long count(String table, long assignmentId) {
        String sql = switch (table) {
            case "tracking_progress" -> "SELECT count(*) FROM tracking_progress WHERE assignment_id = :a";
            case "tracking_evidence" -> "SELECT count(*) FROM tracking_evidence e JOIN tracking_progress p"
                    + " ON p.id = e.progress_id WHERE p.assignment_id = :a";
            default -> throw new IllegalArgumentException(table);
        };
        return jdbc.sql(sql).param("a", assignmentId).query(Long.class).single();
    }

    /** How many files the store holds. */
    public long files() {
        return jdbc.sql("SELECT count(*) FROM document_file").query(Long.class).single();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        }
        catch (java.security.NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
