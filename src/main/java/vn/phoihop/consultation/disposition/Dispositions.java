package vn.phoihop.consultation.disposition;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.account.AuditTrail;
import vn.phoihop.account.Members;
import vn.phoihop.consultation.access.ConsultationAccess;
import vn.phoihop.consultation.access.RoundHeader;
import vn.phoihop.organization.OrganizationOnDate;
import vn.phoihop.organization.OrganizationSummary;
import vn.phoihop.organization.Organizations;
import vn.phoihop.platform.Texts;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.VietnamTime;

/**
 * Dispositions of a round's submitted comments, drafters, internal notes and publication. Every write is the
 * drafting body's staff ({@link ConsultationAccess#requireRoundDrafter}: “not found” for whoever does not read the
 * round, 403 for other readers); the list and the notes are read by the drafting body only (others: “not found”).
 * Bad input gets a Vietnamese message and changes nothing; a stale version column gets a conflict message.
 */
@Service
@Transactional(readOnly = true)
public class Dispositions {

    /** The longest reason or note. */
    public static final int MAX_TEXT = 4000;

    private final JdbcClient jdbc;
    private final ConsultationAccess access;
    private final Organizations organizations;
    private final AuditTrail audit;
    private final Members members;

    Dispositions(JdbcClient jdbc, ConsultationAccess access, Organizations organizations, AuditTrail audit,
            Members members) {
        this.members = members;
        this.jdbc = jdbc;
        this.access = access;
        this.organizations = organizations;
        this.audit = audit;
    }

    /**
     * Records a write of the drafting body in the audit trail, about the drafting body only: the rows would otherwise
     * tell an invitee's administrator that its comments have internal notes or assignments.
     */
    void recordAudit(RoundHeader round, String action, String targetType, long targetId, String details) {
        audit.record(action, targetType, targetId, "round=" + round.id() + (details == null ? "" : " " + details),
                List.of(round.draftingOrganizationId()));
    }

    /** The round if the acting user is a member of its drafting body, else “not found”. */
    public RoundHeader requireDraftingReader(long roundId) {
        RoundHeader round = access.requireRoundReadable(roundId);
        if (!access.seesInternalNotes(round)) {
            throw UserFacingException.notFound("consultation.round.notFound");
        }
        return round;
    }

    /** Whether the acting user writes dispositions of the round (the drafting body's staff). */
    public boolean mayWrite(RoundHeader round) {
        return round.drafting() && access.staff();
    }

    /**
     * The round's submitted comments for its drafting body, in document order of the round's version, then by
     * organisation and id, filtered.
     */
    public List<SubmittedComment> list(long roundId, DispositionFilter filter) {
        RoundHeader round = requireDraftingReader(roundId);
        Map<String, Object> params = new HashMap<>();
        params.put("round", round.id());
        params.put("version", round.versionId());
        StringBuilder where = new StringBuilder();
        if (filter.provision() != null) {
            where.append(" AND c.provision_id = :provision");
            params.put("provision", filter.provision());
        }
        if (filter.organization() != null) {
            where.append(" AND coalesce(i.submitted_by_organization_id, i.organization_id) = :org");
            params.put("org", filter.organization());
        }
        if ("UNDECIDED".equals(filter.disposition())) {
            where.append(" AND c.disposition IS NULL");
        }
        else if (filter.disposition() != null && !filter.disposition().isBlank()) {
            where.append(" AND c.disposition = :disposition");
            params.put("disposition", parse(filter.disposition()).name());
        }
        if (filter.mine()) {
            where.append(" AND c.assigned_to = :me");
            params.put("me", access.user().getUsername());
        }
        record Row(SubmittedComment comment, OrganizationOnDate org) {
        }
        List<Row> rows = jdbc.sql("""
                SELECT c.id, c.provision_id, coalesce(t.label, ''), t.heading, coalesce(t.position, 2147483647),
                       coalesce(i.submitted_by_organization_id, i.organization_id) AS org,
                       coalesce(i.submitted_at, c.submitted_at, c.written_at) AS at, c.body, c.proposal, c.quote,
                       i.late, c.disposition, c.disposition_reason, c.assigned_to, c.group_id, g.label,
                       c.changed_provision_id, c.changed_version_id,
                       (SELECT count(*) FROM consultation_internal_note n WHERE n.comment_id = c.id), c.version
                FROM consultation_comment c
                JOIN consultation_invitation i ON i.id = c.invitation_id
                LEFT JOIN consultation_provision_text t ON t.provision_id = c.provision_id AND t.version_id = :version
                LEFT JOIN consultation_comment_group g ON g.id = c.group_id
                WHERE c.round_id = :round AND c.status = 'SUBMITTED'""" + where + " ORDER BY 5, c.id")
                .params(params)
                .query((rs, n) -> {
                    OffsetDateTime at = rs.getObject(7, OffsetDateTime.class);
                    String disposition = rs.getString(12);
                    SubmittedComment comment = new SubmittedComment(rs.getLong(1), rs.getLong(2), rs.getString(3),
                            rs.getString(4), rs.getInt(5), rs.getLong(6), null, rs.getString(8), rs.getString(9),
                            rs.getString(10), at, rs.getBoolean(11),
                            disposition == null ? null : Disposition.valueOf(disposition), rs.getString(13),
                            rs.getString(14), (Long) rs.getObject(15), rs.getString(16), (Long) rs.getObject(17),
                            (Long) rs.getObject(18), rs.getInt(19), rs.getLong(20));
                    return new Row(comment, new OrganizationOnDate(rs.getLong(6), day(at)));
                })
                .list();
        Map<OrganizationOnDate, OrganizationSummary> names = organizations.findEachAsOf(
                rows.stream().map(Row::org).distinct().toList());
        List<SubmittedComment> named = new ArrayList<>();
        for (Row row : rows) {
            SubmittedComment c = row.comment();
            OrganizationSummary org = names.get(row.org());
            named.add(new SubmittedComment(c.id(), c.provisionId(), c.provisionLabel(), c.provisionHeading(),
                    c.position(), c.organizationId(), org == null ? "" : org.name(), c.body(), c.proposal(),
                    c.quote(), c.submittedAt(), c.late(), c.disposition(), c.reason(), c.assignedTo(), c.groupId(),
                    c.groupLabel(), c.changedProvisionId(), c.changedVersionId(), c.notes(), c.version()));
        }
        named.sort(java.util.Comparator.comparingInt(SubmittedComment::position)
                .thenComparing(SubmittedComment::organization, vn.phoihop.platform.VietnameseOrder.NAMES)
                .thenComparingLong(SubmittedComment::id));
        return named;
    }

    /** One submitted comment of the round for its drafting body, else “not found”. */
    public SubmittedComment comment(long roundId, long commentId) {
        return list(roundId, DispositionFilter.none()).stream().filter(c -> c.id() == commentId).findFirst()
                .orElseThrow(() -> UserFacingException.notFound("consultation.disposition.commentNotFound"));
    }

    /**
     * Writes (or changes) the disposition of a submitted comment of the round: the kind is required, a reason for
     * PARTLY_ACCEPTED and EXPLAINED; the changed provision, if given, must have a text in the given version, a
     * version of the same draft other than the round's; a stale version column is a conflict. Returns the comment's
     * new version column.
     */
    @Transactional
    public long record(long roundId, long commentId, DispositionCommand command) {
        RoundHeader round = access.requireRoundDrafter(roundId);
        requireSubmitted(round, commentId);
        Checked checked = check(round, command);
        long updated = jdbc.sql("""
                UPDATE consultation_comment SET disposition = :d, disposition_reason = :reason, disposed_by = :by,
                       disposed_at = now(), changed_provision_id = :cp, changed_version_id = :cv, version = version + 1
                WHERE id = :id AND round_id = :round AND status = 'SUBMITTED'
                  AND (CAST(:expected AS BIGINT) IS NULL OR version = :expected)
                RETURNING version""")
                .param("d", checked.disposition().name()).param("reason", checked.reason())
                .param("by", access.user().getUsername()).param("cp", command.changedProvisionId())
                .param("cv", command.changedVersionId()).param("id", commentId).param("round", round.id())
                .param("expected", command.version())
                .query(Long.class).optional()
                .orElseThrow(() -> UserFacingException.conflict("consultation.disposition.stale"));
        recordAudit(round, "CONSULTATION_DISPOSITION_RECORDED", "consultation_comment", commentId,
                checked.disposition().name());
        return updated;
    }

    /** A checked disposition: the kind and the NFC reason (NULL when blank). */
    record Checked(Disposition disposition, String reason) {
    }

    /** Checks a disposition for the round (see {@link #record}); package-private for {@link Groups}. */
    Checked check(RoundHeader round, DispositionCommand command) {
        if (command == null || command.disposition() == null) {
            throw UserFacingException.invalid("consultation.disposition.required");
        }
        String reason = text(command.reason(), "consultation.disposition.badReason");
        if (command.disposition().needsReason() && reason == null) {
            throw UserFacingException.invalid("consultation.disposition.reasonRequired");
        }
        if ((command.changedProvisionId() == null) != (command.changedVersionId() == null)) {
            throw UserFacingException.invalid("consultation.disposition.changedBoth");
        }
        if (command.changedProvisionId() != null) {
            long found = jdbc.sql("""
                    SELECT count(*) FROM consultation_provision_text t JOIN consultation_version v ON v.id = t.version_id
                    WHERE t.provision_id = :p AND t.version_id = :v AND v.draft_id = :draft AND v.id <> :roundVersion""")
                    .param("p", command.changedProvisionId()).param("v", command.changedVersionId())
                    .param("draft", round.draftId()).param("roundVersion", round.versionId())
                    .query(Long.class).single();
            if (found == 0) {
                throw UserFacingException.invalid("consultation.disposition.changedNotInDraft");
            }
        }
        return new Checked(command.disposition(), reason);
    }

    /**
     * Assigns a submitted comment of the round to a drafter (a username of an enabled account of the drafting body),
     * or removes the assignment ({@code username} blank).
     */
    @Transactional
    public void assign(long roundId, long commentId, String username) {
        RoundHeader round = access.requireRoundDrafter(roundId);
        requireSubmitted(round, commentId);
        String drafter = username == null || username.isBlank() ? null : Texts.nfc(username.strip());
        if (drafter != null && !drafters(round).contains(drafter)) {
            throw UserFacingException.invalid("consultation.disposition.badDrafter");
        }
        jdbc.sql("UPDATE consultation_comment SET assigned_to = :u, version = version + 1 WHERE id = :id")
                .param("u", drafter).param("id", commentId).update();
        recordAudit(round, "CONSULTATION_COMMENT_ASSIGNED", "consultation_comment", commentId,
                drafter == null ? "unassigned" : "to=" + drafter);
    }

    /**
     * The usernames a comment of the round may be assigned to: enabled accounts of its drafting body holding a staff
     * role (those who may write its dispositions), sorted.
     */
    public List<String> drafters(RoundHeader round) {
        return members.usernames(round.draftingOrganizationId(), ConsultationAccess.STAFF);
    }

    /** Adds an internal note to a submitted comment of the round (at most 4000 characters, not blank). */
    @Transactional
    public long note(long roundId, long commentId, String body) {
        RoundHeader round = access.requireRoundDrafter(roundId);
        requireSubmitted(round, commentId);
        String text = text(body, "consultation.note.bad");
        if (text == null) {
            throw UserFacingException.invalid("consultation.note.required");
        }
        long id = jdbc.sql("INSERT INTO consultation_internal_note (comment_id, body, written_by)"
                + " VALUES (:c, :b, :by) RETURNING id").param("c", commentId).param("b", text)
                .param("by", access.user().getUsername()).query(Long.class).single();
        recordAudit(round, "CONSULTATION_NOTE_ADDED", "consultation_comment", commentId, "note=" + id);
        return id;
    }

    /** The internal notes of a submitted comment of the round, oldest first: the drafting body only. */
    public List<InternalNote> notes(long roundId, long commentId) {
        RoundHeader round = requireDraftingReader(roundId);
        requireSubmitted(round, commentId);
        return jdbc.sql("SELECT id, comment_id, body, written_by, written_at FROM consultation_internal_note"
                + " WHERE comment_id = :c ORDER BY written_at, id").param("c", commentId)
                .query((rs, n) -> new InternalNote(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class)))
                .list();
    }

    /** Every internal note of the round's submitted comments by comment, oldest first: the drafting body only. */
    public Map<Long, List<InternalNote>> notes(long roundId) {
        RoundHeader round = requireDraftingReader(roundId);
        Map<Long, List<InternalNote>> notes = new HashMap<>();
        jdbc.sql("SELECT n.id, n.comment_id, n.body, n.written_by, n.written_at FROM consultation_internal_note n"
                + " JOIN consultation_comment c ON c.id = n.comment_id WHERE c.round_id = :r AND c.status = 'SUBMITTED'"
                + " ORDER BY n.written_at, n.id").param("r", round.id())
                .query((rs, n) -> new InternalNote(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class)))
                .list().forEach(note -> notes.computeIfAbsent(note.commentId(), k -> new ArrayList<>()).add(note));
        return notes;
    }

    /**
     * Publishes ({@code true}) or withdraws the round's dispositions to its invitees; {@code version} is the round's
     * version column as read (NULL skips the check). Returns the new version column.
     */
    @Transactional
    public long publish(long roundId, Boolean published, Long version) {
        RoundHeader round = access.requireRoundDrafter(roundId);
        if (published == null) {
            throw UserFacingException.invalid("consultation.disposition.publishRequired");
        }
        long updated = jdbc.sql("UPDATE consultation_round SET dispositions_published = :p, version = version + 1"
                + " WHERE id = :id AND (CAST(:v AS BIGINT) IS NULL OR version = :v) RETURNING version")
                .param("p", published).param("id", round.id()).param("v", version).query(Long.class).optional()
                .orElseThrow(() -> UserFacingException.conflict("consultation.disposition.staleRound"));
        recordAudit(round, published ? "CONSULTATION_DISPOSITIONS_PUBLISHED" : "CONSULTATION_DISPOSITIONS_WITHDRAWN",
                "consultation_round", round.id(), null);
        return updated;
    }

    /** A disposition kind from text, or “invalid”. */
    public static Disposition parse(String value) {
        try {
            return Disposition.valueOf(value.strip());
        }
        catch (IllegalArgumentException ex) {
            throw UserFacingException.invalid("consultation.disposition.required");
        }
    }

    void requireSubmitted(RoundHeader round, long commentId) {
        long found = jdbc.sql("SELECT count(*) FROM consultation_comment WHERE id = :id AND round_id = :round"
                + " AND status = 'SUBMITTED'").param("id", commentId).param("round", round.id())
                .query(Long.class).single();
        if (found == 0) {
            throw UserFacingException.notFound("consultation.disposition.commentNotFound");
        }
    }

    /** Free text: NFC, stripped, NULL when blank; line breaks allowed, other control characters and length refused. */
    static String text(String value, String badKey) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = Texts.nfc(value.strip());
        if (text.length() > MAX_TEXT || Texts.hasControlCharacters(text, true)) {
            throw UserFacingException.invalid(badKey, MAX_TEXT);
        }
        return text;
    }

    private static LocalDate day(OffsetDateTime at) {
        return at == null ? VietnamTime.today() : at.atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
    }
}
