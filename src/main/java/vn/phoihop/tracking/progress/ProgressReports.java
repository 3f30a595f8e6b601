package vn.phoihop.tracking.progress;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.document.FileStore;
import vn.phoihop.platform.Texts;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.tracking.assignment.AssignmentHeader;
import vn.phoihop.tracking.assignment.TaskStatus;
import vn.phoihop.tracking.assignment.TrackingAccess;

/**
 * Progress updates of assignments (issue 10, point 3): the carrier's staff report a status, a percentage, a narrative
 * and evidence files; the assigning side accepts an update (the assignment takes its status and percentage) or
 * returns it with a reason. Every call decides access through {@link TrackingAccess} first.
 *
 * <p>A report is checked whole before anything is stored (status, percentage 0–100, narrative required, at most
 * {@link #MAX_NARRATIVE} characters, NFC, no control characters but line breaks, at most {@link #MAX_FILES} files);
 * the update, its files (through the document module's {@link FileStore}) and their evidence rows are written in one
 * transaction, so a refused file leaves nothing behind. A report is idempotent by its key ({@code Idempotency-Key},
 * or the form's hidden key): a replay answers the update stored the first time, even when both arrive together (the
 * unique index on the assignment and the key decides). Accepting or returning names the update's version: a stale
 * version, or an update already answered, is refused (409).
 */
@Service
public class ProgressReports {

    /** The longest narrative, in characters. */
    public static final int MAX_NARRATIVE = 4000;
    /** The longest return reason, in characters. */
    public static final int MAX_REASON = 2000;
    /** The most evidence files of one update. */
    public static final int MAX_FILES = 10;
    /** The file store's purpose of evidence files. */
    static final String PURPOSE = "TRACKING_EVIDENCE";

    /** A report's result: the update, and whether it was stored by an earlier call with the same key. */
    public record Outcome(long progressId, boolean replayed) {
    }

    private final TrackingAccess access;
    private final JdbcClient jdbc;
    private final FileStore files;

    ProgressReports(TrackingAccess access, JdbcClient jdbc, FileStore files) {
        this.access = access;
        this.jdbc = jdbc;
        this.files = files;
    }

    /**
     * Stores a progress update of the assignment with its evidence, or answers the one stored earlier with the same
     * key.
     *
     * @param key the idempotency key (at most 100 visible characters), or {@code null}
     * @throws UserFacingException 404 (not readable), 403 (not the carrier's staff), 400 (bad input, bad file), 413
     */
    @Transactional
    public Outcome report(long assignmentId, ProgressCommand command, List<EvidenceUpload> evidence, String key) {
        AssignmentHeader header = access.requireReporter(assignmentId);
        ProgressCommand checked = check(command);
        String idempotencyKey = checkKey(key);
        List<EvidenceUpload> uploads = evidence == null ? List.of() : evidence;
        if (uploads.size() > MAX_FILES) {
            throw new ProgressRefusal("files", "tracking.progress.files.tooMany", MAX_FILES);
        }
        if (idempotencyKey != null) {
            Long earlier = stored(assignmentId, idempotencyKey);
            if (earlier != null) {
                return new Outcome(earlier, true);
            }
        }
        String user = access.user().getUsername();
        Long id = jdbc.sql("INSERT INTO tracking_progress (assignment_id, organization_id, status, percent, narrative,"
                + " reported_by, idempotency_key) VALUES (:a, :org, :status, :percent, :narrative, :user, :key)"
                + " ON CONFLICT (assignment_id, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING"
                + " RETURNING id").param("a", assignmentId).param("org", header.carrierId())
                .param("status", checked.status()).param("percent", checked.percent())
                .param("narrative", checked.narrative()).param("user", user).param("key", idempotencyKey)
                .query(Long.class).optional().orElse(null);
        if (id == null) {
            return new Outcome(stored(assignmentId, idempotencyKey), true);
        }
        for (EvidenceUpload upload : uploads) {
            FileStore.StoredFile file = files.store(PURPOSE, upload.fileName(), upload.content());
            jdbc.sql("INSERT INTO tracking_evidence (progress_id, file_id, file_name, media_type, size_bytes, sha256,"
                    + " created_by) VALUES (:p, :f, :name, :type, :size, :sha, :user)").param("p", id)
                    .param("f", file.id()).param("name", file.fileName()).param("type", file.mediaType())
                    .param("size", file.sizeBytes()).param("sha", file.sha256()).param("user", user).update();
        }
        return new Outcome(id, false);
    }

    /**
     * Accepts a pending update: the assignment takes the status and percentage of its newest accepted update.
     *
     * @param version the update's version as the reviewer saw it
     * @throws UserFacingException 404, 403 (not the assigning side), 400 (no version), 409 (stale or answered)
     */
    @Transactional
    public void accept(long progressId, Long version) {
        long assignmentId = assignmentOf(progressId);
        access.requireReviewer(assignmentId);
        answer(progressId, requireVersion(version), "ACCEPTED", null);
        jdbc.sql("UPDATE tracking_assignment a SET (status, percent) = (SELECT p.status, p.percent FROM"
                + " tracking_progress p WHERE p.assignment_id = a.id AND p.review_status = 'ACCEPTED'"
                + " ORDER BY p.reported_at DESC, p.id DESC LIMIT 1), version = a.version + 1 WHERE a.id = :a")
                .param("a", assignmentId).update();
    }

    /**
     * Returns a pending update to the carrier with a reason (required, at most {@link #MAX_REASON} characters).
     *
     * @throws UserFacingException 404, 403 (not the assigning side), 400 (no reason, no version), 409 (stale or
     *     answered)
     */
    @Transactional
    public void giveBack(long progressId, Long version, String reason) {
        long assignmentId = assignmentOf(progressId);
        access.requireReviewer(assignmentId);
        String text = Texts.nfc(reason);
        if (text == null || text.isEmpty()) {
            throw new ProgressRefusal("reason", "tracking.progress.reason.required");
        }
        if (text.length() > MAX_REASON) {
            throw new ProgressRefusal("reason", "tracking.progress.reason.tooLong", MAX_REASON);
        }
        if (Texts.hasControlCharacters(text, true)) {
            throw new ProgressRefusal("reason", "tracking.progress.text.control");
        }
        answer(progressId, requireVersion(version), "RETURNED", text);
    }

    /**
     * An evidence file of an update, for a reader of its assignment.
     *
     * @throws UserFacingException 404 (update, evidence or assignment not readable)
     */
    @Transactional(readOnly = true)
    public FileStore.FileContent evidence(long progressId, long evidenceId) {
        access.requireReadable(assignmentOf(progressId));
        Long fileId = jdbc.sql("SELECT file_id FROM tracking_evidence WHERE id = :e AND progress_id = :p")
                .param("e", evidenceId).param("p", progressId).query(Long.class).optional().orElse(null);
        return (fileId == null ? java.util.Optional.<FileStore.FileContent>empty() : files.read(fileId))
                .orElseThrow(() -> UserFacingException.notFound("tracking.evidence.notFound"));
    }

    /** The assignment of an update if the acting user reads it, else “not found”. */
    @Transactional(readOnly = true)
    public long readableAssignmentOf(long progressId) {
        return access.requireReadable(assignmentOf(progressId)).id();
    }

    /** The assignment of an update (any reader's check follows), or “not found”. */
    long assignmentOf(long progressId) {
        return jdbc.sql("SELECT assignment_id FROM tracking_progress WHERE id = :p").param("p", progressId)
                .query(Long.class).optional()
                .orElseThrow(() -> UserFacingException.notFound("tracking.progress.notFound"));
    }

    private void answer(long progressId, long version, String outcome, String reason) {
        int changed = jdbc.sql("UPDATE tracking_progress SET review_status = :outcome, reviewed_by = :user,"
                + " reviewed_at = now(), return_reason = :reason, version = version + 1 WHERE id = :p"
                + " AND version = :v AND review_status = 'PENDING'").param("outcome", outcome)
                .param("user", access.user().getUsername()).param("reason", reason).param("p", progressId)
                .param("v", version).update();
        if (changed == 0) {
            throw UserFacingException.conflict("tracking.progress.stale");
        }
    }

    private Long stored(long assignmentId, String key) {
        return jdbc.sql("SELECT id FROM tracking_progress WHERE assignment_id = :a AND idempotency_key = :k")
                .param("a", assignmentId).param("k", key).query(Long.class).optional().orElse(null);
    }

    private static long requireVersion(Long version) {
        if (version == null || version < 0) {
            throw new ProgressRefusal(null, "tracking.progress.version.required");
        }
        return version;
    }

    /** The command checked and normalised, or a refusal naming the first bad field. */
    static ProgressCommand check(ProgressCommand command) {
        if (command == null) {
            throw new ProgressRefusal("narrative", "tracking.progress.narrative.required");
        }
        TaskStatus status = java.util.Arrays.stream(TaskStatus.values())
                .filter(s -> s.reportable() && s.name().equals(command.status())).findFirst()
                .orElseThrow(() -> new ProgressRefusal("status", "tracking.progress.status.invalid"));
        Integer percent = command.percent();
        if (percent == null || percent < 0 || percent > 100) {
            throw new ProgressRefusal("percent", "tracking.progress.percent.invalid");
        }
        String narrative = Texts.nfc(command.narrative());
        if (narrative == null || narrative.isEmpty()) {
            throw new ProgressRefusal("narrative", "tracking.progress.narrative.required");
        }
        if (narrative.length() > MAX_NARRATIVE) {
            throw new ProgressRefusal("narrative", "tracking.progress.narrative.tooLong", MAX_NARRATIVE);
        }
        if (Texts.hasControlCharacters(narrative, true)) {
            throw new ProgressRefusal("narrative", "tracking.progress.text.control");
        }
        return new ProgressCommand(status.name(), percent, narrative);
    }

    private static String checkKey(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        if (key.length() > 100 || Texts.hasControlCharacters(key, false)) {
            throw new ProgressRefusal(null, "tracking.progress.key.invalid");
        }
        return key;
    }
}
