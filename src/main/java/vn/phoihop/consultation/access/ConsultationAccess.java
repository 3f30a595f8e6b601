package vn.phoihop.consultation.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import vn.phoihop.account.AuditTrail;
import vn.phoihop.account.Clearance;
import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.VietnamTime;

/**
 * Who reads and writes what in consultation (ACCESS.md, “consultation”); every page, API call, list, count, report
 * and download of the module decides through this class: in Java for one item, and through the SQL conditions
 * {@link #draftReadable}, {@link #roundReadable}, {@link #versionReadable} and {@link #invitationReadable} inside the
 * statements of lists.
 * <ul>
 * <li><b>Clearance</b> first: a draft marked above the reader's clearance does not exist for them, nor its rounds and
 * comments.</li>
 * <li><b>The drafting body</b> (members of the draft's drafting organisation) reads everything of its drafts: all
 * versions, rounds, invitations, comments, dispositions, internal notes and the consolidated report. Its staff
 * ({@link #staff()}) create and edit drafts, open rounds and write dispositions, groups, notes and assignments.</li>
 * <li><b>An invitee</b> is the organisation that holds an invitation (the invited one, or its successor after a
 * merge: {@code consultation_invitation_holder}). Members of any holder read that invitation, its round, the
 * round's version and their own comments, never another invitation's; the dispositions of their comments once the
 * round publishes them; never internal notes. They read the draft itself (title, versions they were consulted
 * on).</li>
 * <li><b>Write comments</b>: the staff of the holder today, while the round is open and the invitation has not
 * answered. <b>Approve and submit</b>: a LEADER of the holder today.</li>
 * <li>The drafting body reads an invitee's comments only once submitted ({@link #commentReadable}); drafts and
 * approvals inside the invitee are the invitee's own.</li>
 * <li>Nobody else reads anything: a national scope alone gives nothing here (a central board that is not the drafting
 * body sees only its own invitations).</li>
 * </ul>
 * Refusals of something the reader may not even see are “not found” (its existence is not revealed); refusals of
 * something they see but may not do are 403.
 */
@Component
public class ConsultationAccess {

    /** The roles that write (not viewers, not administrators). */
    public static final Set<Role> STAFF = EnumSet.of(Role.CENTRAL_STAFF, Role.PROVINCE_PARTY_STAFF,
            Role.PROVINCE_POLICE_STAFF, Role.LEADER);

    /** The holder of an invitation today (in force today), one row or NULL; SQL over {@code i.id}. */
    static final String HOLDER_TODAY = "(SELECT h.organization_id FROM consultation_invitation_holder h"
            + " WHERE h.invitation_id = i.id AND in_force(h.valid_from, h.valid_to, :consultToday)"
            + " ORDER BY h.valid_from DESC, h.id DESC LIMIT 1)";

    private static final String ROUND_COLUMNS = "r.id, r.draft_id, r.version_id, d.drafting_organization_id,"
            + " r.deadline, r.late_policy, r.status, r.dispositions_published, r.version, d.secrecy";

    /** The request attribute that remembers which marked drafts were already audited in this request. */
    private static final String AUDITED = ConsultationAccess.class.getName() + ".audited";

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    ConsultationAccess(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The acting user. */
    public CurrentUser user() {
        return CurrentUser.require();
    }

    /** Whether the acting user holds a staff role (writes; not viewers, not administrators). */
    public boolean staff() {
        return user().roles().stream().anyMatch(STAFF::contains);
    }

    /** Whether the acting user is a LEADER (approves and submits the organisation's comments). */
    public boolean leader() {
        return user().has(Role.LEADER);
    }

    /** Whether the acting user's clearance allows a draft marked {@code secrecy}. */
    public boolean clears(String secrecy) {
        Clearance clearance = user().clearance();
        return clearance != null && clearance.allows(Clearance.valueOf(secrecy));
    }

    // ---- drafts

    /** Whether the acting user may create a draft (owned by their own organisation): any staff role. */
    public boolean mayCreateDraft() {
        return staff();
    }

    /** Refuses (403) unless the acting user may create drafts. */
    public void requireDraftCreator() {
        if (!mayCreateDraft()) {
            throw new AccessDeniedException("may not create drafts");
        }
    }

    /** The draft if the acting user reads it ({@link #draftReadable}); one query. */
    public Optional<DraftHeader> findDraft(long draftId) {
        Map<String, Object> params = parameters();
        params.put("id", draftId);
        return jdbc.sql("SELECT d.id, d.drafting_organization_id, d.secrecy, d.version FROM consultation_draft d"
                + " WHERE d.id = :id AND " + draftReadable("d"))
                .params(params)
                .query((rs, n) -> new DraftHeader(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getLong(2) == user().organizationId(), rs.getLong(4)))
                .optional();
    }

    /** The draft if the acting user reads it, else “not found”. */
    public DraftHeader requireDraftReadable(long draftId) {
        DraftHeader draft = findDraft(draftId)
                .orElseThrow(() -> UserFacingException.notFound("consultation.draft.notFound"));
        auditMarkedRead(draft.id(), draft.secrecy(), draft.draftingOrganizationId());
        return draft;
    }

    /** The draft if the acting user is on its drafting body's staff: “not found” if unreadable, else 403. */
    public DraftHeader requireDrafter(long draftId) {
        DraftHeader draft = requireDraftReadable(draftId);
        if (!draft.drafting() || !staff()) {
            throw new AccessDeniedException("not the drafting body's staff");
        }
        return draft;
    }

    /** Whether the acting user is on the staff of the drafting body {@code draftingOrganizationId}. */
    public boolean drafterOf(long draftingOrganizationId) {
        return user().organizationId() == draftingOrganizationId && staff();
    }

    /** Whether the acting user reads version {@code versionId} of a draft they read. */
    public boolean readsVersion(DraftHeader draft, long versionId) {
        if (draft.drafting()) {
            return true;
        }
        Map<String, Object> params = parameters();
        params.put("id", versionId);
        return jdbc.sql("SELECT count(*) FROM consultation_version v WHERE v.id = :id AND " + versionReadable("v"))
                .params(params).query(Long.class).single() > 0;
    }

    /** Refuses (“not found”) unless the acting user reads version {@code versionId} of {@code draft}. */
    public void requireVersionReadable(DraftHeader draft, long versionId) {
        if (!readsVersion(draft, versionId)) {
            throw UserFacingException.notFound("consultation.version.notFound");
        }
    }

    // ---- rounds

    /** The round if the acting user reads it ({@link #roundReadable}); one query. */
    public Optional<RoundHeader> findRound(long roundId) {
        Map<String, Object> params = parameters();
        params.put("id", roundId);
        return jdbc.sql("SELECT " + ROUND_COLUMNS + " FROM consultation_round r"
                + " JOIN consultation_draft d ON d.id = r.draft_id WHERE r.id = :id AND " + roundReadable("r", "d"))
                .params(params)
                .query((rs, n) -> round(rs, 1))
                .optional();
    }

    /** The round if the acting user reads it, else “not found”. */
    public RoundHeader requireRoundReadable(long roundId) {
        RoundHeader round = findRound(roundId)
                .orElseThrow(() -> UserFacingException.notFound("consultation.round.notFound"));
        auditMarkedRead(round.draftId(), round.secrecy(), round.draftingOrganizationId());
        return round;
    }

    /** The round if the acting user is on its drafting body's staff: “not found” if unreadable, else 403. */
    public RoundHeader requireRoundDrafter(long roundId) {
        RoundHeader round = requireRoundReadable(roundId);
        if (!round.drafting() || !staff()) {
            throw new AccessDeniedException("not the drafting body's staff");
        }
        return round;
    }

    /** Whether the acting user sees the dispositions of comments they read in {@code round}. */
    public boolean seesDispositions(RoundHeader round) {
        return round.drafting() || round.dispositionsPublished();
    }

    /** Whether the acting user sees internal notes of {@code round}: the drafting body only. */
    public boolean seesInternalNotes(RoundHeader round) {
        return round.drafting();
    }

    // ---- invitations

    /** The invitation if the acting user reads it ({@link #invitationReadable}), with its holder today. */
    public Optional<InvitationHeader> findInvitation(long invitationId) {
        Map<String, Object> params = parameters();
        params.put("id", invitationId);
        return jdbc.sql("SELECT i.id, i.organization_id, " + HOLDER_TODAY + " AS holder_id, i.status, i.late,"
                + " i.version, " + ROUND_COLUMNS + " FROM consultation_invitation i"
                + " JOIN consultation_round r ON r.id = i.round_id JOIN consultation_draft d ON d.id = r.draft_id"
                + " WHERE i.id = :id AND " + invitationReadable("i", "d"))
                .params(params)
                .query((rs, n) -> new InvitationHeader(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3),
                        rs.getString(4), rs.getBoolean(5), rs.getLong(6), round(rs, 7)))
                .optional();
    }

    /** The invitation if the acting user reads it, else “not found”. */
    public InvitationHeader requireInvitationReadable(long invitationId) {
        InvitationHeader invitation = findInvitation(invitationId)
                .orElseThrow(() -> UserFacingException.notFound("consultation.invitation.notFound"));
        RoundHeader round = invitation.round();
        auditMarkedRead(round.draftId(), round.secrecy(), round.draftingOrganizationId());
        return invitation;
    }

    /**
     * Writes a read of a marked draft (or of its rounds, invitations, comments and report) to the audit trail, once
     * per request and draft (DESIGN.md: every read of a marked document is audited), with the draft's id and mark but
     * not its title ({@link AuditTrail#recordRead}: joins a write transaction, else a transaction of its own).
     */
    private void auditMarkedRead(long draftId, String secrecy, long draftingOrganizationId) {
        if (secrecy == null || Clearance.NONE.name().equals(secrecy) || !firstInRequest(draftId)) {
            return;
        }
        audit.recordRead("CONSULTATION_DRAFT_READ", "consultation_draft", draftId, secrecy,
                List.of(draftingOrganizationId));
    }

    @SuppressWarnings("unchecked")
    private static boolean firstInRequest(long draftId) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return true;
        }
        Set<Long> audited = (Set<Long>) request.getAttribute(AUDITED, RequestAttributes.SCOPE_REQUEST);
        if (audited == null) {
            audited = new java.util.HashSet<>();
            request.setAttribute(AUDITED, audited, RequestAttributes.SCOPE_REQUEST);
        }
        return audited.add(draftId);
    }

    /**
     * The invitations of {@code roundId} the acting user's organisation holds today (usually one; a successor after a
     * merge holds its predecessors' too), ordered by id.
     */
    public List<Long> ownInvitations(long roundId) {
        Map<String, Object> params = parameters();
        params.put("round", roundId);
        return jdbc.sql("SELECT i.id FROM consultation_invitation i WHERE i.round_id = :round AND " + HOLDER_TODAY
                + " = :consultUserOrg ORDER BY i.id").params(params).query(Long.class).list();
    }

    /** Whether the acting user writes comments for the invitation: staff of its holder today. */
    public boolean mayWrite(InvitationHeader invitation) {
        return invitation.holderId() != null && invitation.holderId() == user().organizationId() && staff();
    }

    /** Whether the acting user approves and submits the invitation's comments: a LEADER of its holder today. */
    public boolean mayApprove(InvitationHeader invitation) {
        return invitation.holderId() != null && invitation.holderId() == user().organizationId() && leader();
    }

    /** The invitation if the acting user writes its comments: “not found” if unreadable, else 403. */
    public InvitationHeader requireWriter(long invitationId) {
        InvitationHeader invitation = requireInvitationReadable(invitationId);
        if (!mayWrite(invitation)) {
            throw new AccessDeniedException("not the invitee's staff");
        }
        return invitation;
    }

    /** The invitation if the acting user approves and submits its comments: “not found” if unreadable, else 403. */
    public InvitationHeader requireApprover(long invitationId) {
        InvitationHeader invitation = requireInvitationReadable(invitationId);
        if (!mayApprove(invitation)) {
            throw new AccessDeniedException("not the invitee's leader");
        }
        return invitation;
    }

    // ---- SQL for lists (bind parameters())

    /**
     * SQL condition: the acting user reads the draft aliased {@code d} (a {@code consultation_draft} row): cleared
     * for its secrecy, and a member of its drafting body or of a holder of one of its rounds' invitations.
     */
    public String draftReadable(String d) {
        return "(" + d + ".secrecy IN (:consultSecrecies) AND (" + d + ".drafting_organization_id = :consultUserOrg"
                + " OR EXISTS (SELECT 1 FROM consultation_round xr JOIN consultation_invitation xi"
                + " ON xi.round_id = xr.id JOIN consultation_invitation_holder xh ON xh.invitation_id = xi.id"
                + " WHERE xr.draft_id = " + d + ".id AND xh.organization_id = :consultUserOrg)))";
    }

    /**
     * SQL condition: the acting user reads the round aliased {@code r} of the draft aliased {@code d}: cleared for the
     * draft, and a member of its drafting body or of a holder of one of the round's invitations.
     */
    public String roundReadable(String r, String d) {
        return "(" + d + ".secrecy IN (:consultSecrecies) AND (" + d + ".drafting_organization_id = :consultUserOrg"
                + " OR EXISTS (SELECT 1 FROM consultation_invitation xi JOIN consultation_invitation_holder xh"
                + " ON xh.invitation_id = xi.id WHERE xi.round_id = " + r + ".id"
                + " AND xh.organization_id = :consultUserOrg)))";
    }

    /**
     * SQL condition: the acting user reads the version aliased {@code v}: cleared for its draft, and a member of the
     * drafting body or of a holder of an invitation of a round on that version.
     */
    public String versionReadable(String v) {
        return "EXISTS (SELECT 1 FROM consultation_draft xd WHERE xd.id = " + v + ".draft_id"
                + " AND xd.secrecy IN (:consultSecrecies) AND (xd.drafting_organization_id = :consultUserOrg"
                + " OR EXISTS (SELECT 1 FROM consultation_round xr JOIN consultation_invitation xi"
                + " ON xi.round_id = xr.id JOIN consultation_invitation_holder xh ON xh.invitation_id = xi.id"
                + " WHERE xr.version_id = " + v + ".id AND xh.organization_id = :consultUserOrg)))";
    }

    /**
     * SQL condition: the acting user reads the invitation aliased {@code i} (and so its comments) of the draft
     * aliased {@code d}: cleared for the draft, and a member of its drafting body or of one of the invitation's
     * holders (at any time).
     */
    public String invitationReadable(String i, String d) {
        return "(" + d + ".secrecy IN (:consultSecrecies) AND (" + d + ".drafting_organization_id = :consultUserOrg"
                + " OR EXISTS (SELECT 1 FROM consultation_invitation_holder xh WHERE xh.invitation_id = " + i + ".id"
                + " AND xh.organization_id = :consultUserOrg)))";
    }

    /**
     * SQL condition: the acting user reads the comment aliased {@code c} of the draft aliased {@code d}: cleared for
     * the draft, and either a member of one of the comment's invitation's holders (every status: their own work) or
     * a member of the drafting body and the comment SUBMITTED (the drafting body never sees an invitee's unsubmitted
     * drafts).
     */
    public String commentReadable(String c, String d) {
        return "(" + d + ".secrecy IN (:consultSecrecies) AND ((" + d + ".drafting_organization_id = :consultUserOrg"
                + " AND " + c + ".status = 'SUBMITTED') OR EXISTS (SELECT 1 FROM consultation_invitation_holder xh"
                + " WHERE xh.invitation_id = " + c + ".invitation_id AND xh.organization_id = :consultUserOrg)))";
    }

    /**
     * SQL: the holder today of the invitation aliased {@code i} (one row or NULL); binds {@code :consultToday}.
     */
    public String holderTodaySql() {
        return HOLDER_TODAY;
    }

    /**
     * The bound parameters of the SQL conditions: {@code :consultUserOrg}, {@code :consultSecrecies} (the marks the
     * acting user's clearance allows) and {@code :consultToday}. A new mutable map on each call.
     */
    public Map<String, Object> parameters() {
        CurrentUser user = user();
        Map<String, Object> params = new HashMap<>();
        params.put("consultUserOrg", user.organizationId());
        List<String> cleared = Arrays.stream(Clearance.values())
                .filter(mark -> user.clearance() != null && user.clearance().allows(mark)).map(Enum::name).toList();
        // an empty list would not bind (IN ()); a mark no draft carries keeps the condition false
        params.put("consultSecrecies", cleared.isEmpty() ? List.of("-") : cleared);
        params.put("consultToday", VietnamTime.today());
        return params;
    }

    private RoundHeader round(ResultSet rs, int first) throws SQLException {
        long draftingOrganizationId = rs.getLong(first + 3);
        Instant deadline = rs.getObject(first + 4, OffsetDateTime.class).toInstant();
        return new RoundHeader(rs.getLong(first), rs.getLong(first + 1), rs.getLong(first + 2),
                draftingOrganizationId, draftingOrganizationId == user().organizationId(), deadline,
                rs.getString(first + 5), rs.getString(first + 6), rs.getBoolean(first + 7), rs.getLong(first + 8),
                rs.getString(first + 9));
    }
}
