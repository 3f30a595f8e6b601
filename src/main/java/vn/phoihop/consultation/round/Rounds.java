package vn.phoihop.consultation.round;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.account.AuditTrail;
import vn.phoihop.consultation.access.ConsultationAccess;
import vn.phoihop.consultation.access.DraftHeader;
import vn.phoihop.consultation.access.RoundHeader;
import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.organization.OrganizationSummary;
import vn.phoihop.organization.Organizations;
import vn.phoihop.platform.Texts;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.VietnamTime;

/**
 * Consultation rounds (issue 11, point 2): the drafting body's staff open a round on a version of its draft, close
 * it, and move its deadline. Opening checks the whole command first, then in one transaction writes the round, one
 * invitation per invited organisation (never twice, whether it came from “all provincial Party committees / police
 * forces as of” or by code), one holder row each from the opening date, and freezes the version.
 */
@Service
public class Rounds {

    /** The longest title. */
    public static final int MAX_TITLE = 500;
    /** The longest instructions. */
    public static final int MAX_INSTRUCTIONS = 4000;
    /** The most organisations chosen by code. */
    static final int MAX_CODES = 200;
    private static final LocalDate EARLIEST = LocalDate.of(1945, 9, 2);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private final ConsultationAccess access;
    private final JdbcClient jdbc;
    private final Organizations organizations;
    private final AuditTrail audit;

    Rounds(ConsultationAccess access, JdbcClient jdbc, Organizations organizations, AuditTrail audit) {
        this.access = access;
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.audit = audit;
    }

    /**
     * Opens a round; returns its id.
     *
     * @throws UserFacingException 404 (draft not readable), 403 (not the drafting body's staff), 400 (bad input: the
     *     first bad field is named)
     */
    @Transactional
    public long open(RoundCommand command) {
        access.requireDraftCreator();
        if (command == null || command.draftId() == null) {
            throw new RoundRefusal("draftId", "consultation.round.draftId.required");
        }
        DraftHeader draft = access.requireDrafter(command.draftId());
        if (command.versionId() == null || jdbc.sql("SELECT count(*) FROM consultation_version WHERE id = :v"
                + " AND draft_id = :d").param("v", command.versionId()).param("d", draft.id()).query(Long.class)
                .single() == 0) {
            throw new RoundRefusal("versionId", "consultation.round.version.required");
        }
        String title = text("title", command.title(), MAX_TITLE, true, false);
        String instructions = text("instructions", command.instructions(), MAX_INSTRUCTIONS, false, true);
        LocalDate opensOn = date("opensOn", command.opensOn());
        Instant deadline = deadline(command.deadlineDate(), command.deadlineTime());
        if (!deadline.isAfter(opensOn.atStartOfDay(VietnamTime.ZONE).toInstant())) {
            throw new RoundRefusal("deadlineDate", "consultation.round.deadline.beforeOpening");
        }
        String latePolicy = latePolicy(command.latePolicy());
        Map<Long, OrganizationSummary> invitees = invitees(command);
        long roundId = jdbc.sql("""
                INSERT INTO consultation_round (draft_id, version_id, title, instructions, opens_on, deadline,
                                                late_policy, invited_as_of, created_by)
                VALUES (:d, :v, :title, :instructions, :opens, :deadline, :late, :asOf, :user) RETURNING id
                """).param("d", draft.id()).param("v", command.versionId()).param("title", title)
                .param("instructions", instructions).param("opens", opensOn)
                .param("deadline", java.sql.Timestamp.from(deadline)).param("late", latePolicy)
                .param("asOf", command.invitesPartyCommittees() || command.invitesPoliceForces() ? command.asOf() : null)
                .param("user", access.user().getUsername()).query(Long.class).single();
        Long[] ids = invitees.keySet().toArray(Long[]::new);
        jdbc.sql("""
                WITH invited AS (
                    INSERT INTO consultation_invitation (round_id, organization_id)
                    SELECT :r, o FROM unnest(:orgs) AS o ON CONFLICT DO NOTHING RETURNING id, organization_id)
                INSERT INTO consultation_invitation_holder (invitation_id, organization_id, valid_from)
                SELECT id, organization_id, :opens FROM invited
                """).param("r", roundId).param("orgs", ids).param("opens", opensOn).update();
        jdbc.sql("UPDATE consultation_version SET frozen_at = coalesce(frozen_at, now()), version = version + 1"
                + " WHERE id = :v").param("v", command.versionId()).update();
        audit.record("CONSULTATION_ROUND_OPENED", "consultation_round", roundId, "draft=" + draft.id() + " version="
                + command.versionId() + " invitees=" + ids.length + " deadline=" + deadline + " late=" + latePolicy,
                List.of(draft.draftingOrganizationId()));
        return roundId;
    }

    /**
     * Closes an open round: no more comments or submissions.
     *
     * @throws UserFacingException 404, 403 (not the drafting body's staff), 409 (stale version or already closed)
     */
    @Transactional
    public void close(long roundId, Long version) {
        RoundHeader round = access.requireRoundDrafter(roundId);
        int changed = jdbc.sql("UPDATE consultation_round SET status = 'CLOSED', closed_at = now(),"
                + " version = version + 1 WHERE id = :r AND status = 'OPEN' AND version = :v")
                .param("r", roundId).param("v", requireVersion(version)).update();
        if (changed == 0) {
            throw UserFacingException.conflict("consultation.round.stale");
        }
        audit.record("CONSULTATION_ROUND_CLOSED", "consultation_round", roundId, null,
                List.of(round.draftingOrganizationId()));
    }

    /**
     * Moves the deadline of an open round (earlier or later, never before its opening day).
     *
     * @throws UserFacingException 404, 403, 400 (bad date or time), 409 (stale version or closed)
     */
    @Transactional
    public void changeDeadline(long roundId, LocalDate date, LocalTime time, Long version) {
        RoundHeader round = access.requireRoundDrafter(roundId);
        Instant deadline = deadline(date, time);
        LocalDate opensOn = jdbc.sql("SELECT opens_on FROM consultation_round WHERE id = :r").param("r", round.id())
                .query(LocalDate.class).single();
        if (!deadline.isAfter(opensOn.atStartOfDay(VietnamTime.ZONE).toInstant())) {
            throw new RoundRefusal("deadlineDate", "consultation.round.deadline.beforeOpening");
        }
        int changed = jdbc.sql("UPDATE consultation_round SET deadline = :deadline, version = version + 1"
                + " WHERE id = :r AND status = 'OPEN' AND version = :v").param("deadline",
                        java.sql.Timestamp.from(deadline)).param("r", roundId).param("v", requireVersion(version))
                .update();
        if (changed == 0) {
            throw UserFacingException.conflict("consultation.round.stale");
        }
        audit.record("CONSULTATION_ROUND_DEADLINE_CHANGED", "consultation_round", roundId,
                round.deadline() + " -> " + deadline, List.of(round.draftingOrganizationId()));
    }

    /** The organisations invited by the command, by id, in order; at least one. */
    private Map<Long, OrganizationSummary> invitees(RoundCommand command) {
        Map<Long, OrganizationSummary> invitees = new LinkedHashMap<>();
        if (command.invitesPartyCommittees() || command.invitesPoliceForces()) {
            LocalDate asOf = date("asOf", command.asOf());
            if (command.invitesPartyCommittees()) {
                organizations.allOfKindOn(OrganizationKind.PROVINCIAL_PARTY_COMMITTEE, asOf)
                        .forEach(o -> invitees.putIfAbsent(o.id(), o));
            }
            if (command.invitesPoliceForces()) {
                organizations.allOfKindOn(OrganizationKind.PROVINCIAL_POLICE, asOf)
                        .forEach(o -> invitees.putIfAbsent(o.id(), o));
            }
        }
        List<String> codes = new ArrayList<>();
        for (String code : command.organizationCodes() == null ? List.<String>of() : command.organizationCodes()) {
            for (String part : (code == null ? "" : code).split("[,;\\s]+")) {
                if (!part.isBlank()) {
                    codes.add(Texts.nfc(part.strip()));
                }
            }
        }
        if (codes.size() > MAX_CODES) {
            throw new RoundRefusal("organizationCodes", "consultation.round.codes.tooMany", MAX_CODES);
        }
        for (String code : codes) {
            if (code.length() > 50 || Texts.hasControlCharacters(code, false)) {
                throw new RoundRefusal("organizationCodes", "consultation.round.codes.unknown", "?");
            }
            OrganizationSummary org = organizations.findByCode(code)
                    .orElseThrow(() -> new RoundRefusal("organizationCodes", "consultation.round.codes.unknown", code));
            invitees.putIfAbsent(org.id(), org);
        }
        if (invitees.isEmpty()) {
            throw new RoundRefusal("organizationCodes", "consultation.round.invitees.required");
        }
        return invitees;
    }

    private static String text(String field, String value, int max, boolean required, boolean lineBreaks) {
        String text = Texts.nfc(value);
        if (text == null || text.isBlank()) {
            if (required) {
                throw new RoundRefusal(field, "consultation.round." + field + ".required");
            }
            return null;
        }
        text = text.strip();
        if (text.length() > max) {
            throw new RoundRefusal(field, "consultation.round.text.tooLong", max);
        }
        if (Texts.hasControlCharacters(text, lineBreaks)) {
            throw new RoundRefusal(field, "consultation.round.text.control");
        }
        return text;
    }

    private static LocalDate date(String field, LocalDate date) {
        if (date == null || date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw new RoundRefusal(field, "consultation.round.date.invalid");
        }
        return date;
    }

    private static Instant deadline(LocalDate date, LocalTime time) {
        LocalDate day = date("deadlineDate", date);
        if (time == null) {
            throw new RoundRefusal("deadlineTime", "consultation.round.deadlineTime.required");
        }
        return day.atTime(time).atZone(VietnamTime.ZONE).toInstant();
    }

    private static String latePolicy(String policy) {
        if (!"FLAG".equals(policy) && !"REFUSE".equals(policy)) {
            throw new RoundRefusal("latePolicy", "consultation.round.latePolicy.invalid");
        }
        return policy;
    }

    private static long requireVersion(Long version) {
        if (version == null || version < 0) {
            throw UserFacingException.conflict("consultation.round.stale");
        }
        return version;
    }
}
