package vn.phoihop.consultation.round;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.consultation.access.ConsultationAccess;
import vn.phoihop.consultation.access.RoundHeader;
import vn.phoihop.consultation.round.RoundViews.InvitationCard;
import vn.phoihop.consultation.round.RoundViews.InvitationRow;
import vn.phoihop.consultation.round.RoundViews.ProvisionRow;
import vn.phoihop.consultation.round.RoundViews.ReminderRow;
import vn.phoihop.consultation.round.RoundViews.RoundDetail;
import vn.phoihop.consultation.round.RoundViews.RoundSummary;
import vn.phoihop.platform.VietnamTime;

/**
 * Reading rounds and invitations (issue 11, points 2 and 7): the rounds the reader reads, one round with the
 * invitations the reader reads, the provisions of its version, and the invitee's dashboard. Everything goes through
 * {@link ConsultationAccess}' SQL conditions inside the statements; counts of comments count only the comments the
 * reader reads ({@link ConsultationAccess#commentReadable}), so the drafting body never counts an invitee's drafts.
 */
@Service
@Transactional(readOnly = true)
public class RoundQueries {

    /** The most rounds listed. */
    static final int LIMIT = 500;

    private final ConsultationAccess access;
    private final JdbcClient jdbc;
    private final OrganizationNames names;

    RoundQueries(ConsultationAccess access, JdbcClient jdbc, OrganizationNames names) {
        this.access = access;
        this.jdbc = jdbc;
        this.names = names;
    }

    /** The rounds the reader reads, newest deadline first; for the drafting body with counts per shown status. */
    public List<RoundSummary> list() {
        Map<String, Object> params = access.parameters();
        params.put("limit", LIMIT);
        record Row(long id, String title, long draftId, String draftTitle, String label, Instant deadline,
                String status, boolean drafting) {
        }
        List<Row> rows = jdbc.sql("SELECT r.id, r.title, d.id AS draft_id, d.title AS draft_title, v.label,"
                + " r.deadline, r.status, d.drafting_organization_id = :consultUserOrg AS drafting"
                + " FROM consultation_round r JOIN consultation_draft d ON d.id = r.draft_id"
                + " JOIN consultation_version v ON v.id = r.version_id WHERE " + access.roundReadable("r", "d")
                + " ORDER BY r.deadline DESC, r.id DESC LIMIT :limit").params(params)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("title"), rs.getLong("draft_id"),
                        rs.getString("draft_title"), rs.getString("label"), instant(rs.getObject("deadline",
                                OffsetDateTime.class)), rs.getString("status"), rs.getBoolean("drafting")))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        record Inv(long id, long roundId, String status, boolean late, boolean own) {
        }
        params.put("rounds", rows.stream().map(Row::id).toList());
        List<Inv> invitations = jdbc.sql("SELECT i.id, i.round_id, i.status, i.late, " + access.holderTodaySql()
                + " = :consultUserOrg AS own FROM consultation_invitation i JOIN consultation_round r"
                + " ON r.id = i.round_id JOIN consultation_draft d ON d.id = r.draft_id WHERE i.round_id IN (:rounds)"
                + " AND " + access.invitationReadable("i", "d") + " ORDER BY i.id").params(params)
                .query((rs, n) -> new Inv(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBoolean(4),
                        rs.getBoolean(5))).list();
        Map<Long, List<Inv>> byRound = invitations.stream().collect(Collectors.groupingBy(Inv::roundId));
        Instant now = Instant.now();
        List<RoundSummary> summaries = new ArrayList<>(rows.size());
        for (Row r : rows) {
            List<Inv> of = byRound.getOrDefault(r.id(), List.of());
            if (r.drafting()) {
                Map<String, Long> counts = new LinkedHashMap<>();
                for (String s : List.of("NOT_OPENED", "DRAFTING", "SUBMITTED", "NO_COMMENTS", "LATE")) {
                    counts.put(s, 0L);
                }
                long answered = 0;
                long late = 0;
                for (Inv i : of) {
                    String shown = RoundViews.shown(i.status(), r.deadline(), now);
                    counts.merge(shown, 1L, Long::sum);
                    boolean done = "SUBMITTED".equals(i.status()) || "NO_COMMENTS".equals(i.status());
                    answered += done ? 1 : 0;
                    late += "LATE".equals(shown) || i.late() ? 1 : 0;
                }
                summaries.add(new RoundSummary(r.id(), r.title(), r.draftId(), r.draftTitle(), r.label(),
                        r.deadline(), r.status(), true, counts, (long) of.size(), answered, late, null, null));
            }
            else {
                Inv own = of.stream().filter(Inv::own).findFirst().orElse(of.isEmpty() ? null : of.get(0));
                summaries.add(new RoundSummary(r.id(), r.title(), r.draftId(), r.draftTitle(), r.label(),
                        r.deadline(), r.status(), false, null, null, null, null, own == null ? null : own.id(),
                        own == null ? null : RoundViews.shown(own.status(), r.deadline(), now)));
            }
        }
        return summaries;
    }

    /**
     * One round with the invitations the reader reads, invited organisations by name.
     *
     * @throws vn.phoihop.platform.UserFacingException 404 when the reader does not read the round
     */
    public RoundDetail detail(long roundId) {
        RoundHeader header = access.requireRoundReadable(roundId);
        record Head(String title, String instructions, String draftTitle, String label, LocalDate opensOn,
                LocalDate asOf) {
        }
        Head head = jdbc.sql("SELECT r.title, r.instructions, d.title AS draft_title, v.label, r.opens_on,"
                + " r.invited_as_of FROM consultation_round r JOIN consultation_draft d ON d.id = r.draft_id"
                + " JOIN consultation_version v ON v.id = r.version_id WHERE r.id = :r").param("r", roundId)
                .query((rs, n) -> new Head(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class))).single();
        return new RoundDetail(roundId, head.title(), head.instructions(), header.draftId(), head.draftTitle(),
                header.versionId(), head.label(), head.opensOn(), header.deadline(), header.latePolicy(),
                head.asOf(), header.status(), header.dispositionsPublished(), header.drafting(),
                header.drafting() && access.staff(), header.version(), invitations(header));
    }

    /** The invitations of the round the reader reads, by invited organisation's name. */
    public List<InvitationRow> invitations(RoundHeader round) {
        Map<String, Object> params = access.parameters();
        params.put("r", round.id());
        record Row(long id, long org, Long holder, String status, boolean late, Instant submittedAt, long drafts,
                long approved, long submitted, long version) {
        }
        List<Row> rows = jdbc.sql("SELECT i.id, i.organization_id, " + access.holderTodaySql() + " AS holder_id,"
                + " i.status, i.late, i.submitted_at, i.version,"
                + " count(c.id) FILTER (WHERE c.status = 'DRAFT') AS drafts,"
                + " count(c.id) FILTER (WHERE c.status = 'APPROVED') AS approved,"
                + " count(c.id) FILTER (WHERE c.status = 'SUBMITTED') AS submitted"
                + " FROM consultation_invitation i JOIN consultation_round r ON r.id = i.round_id"
                + " JOIN consultation_draft d ON d.id = r.draft_id"
                + " LEFT JOIN consultation_comment c ON c.invitation_id = i.id AND " + access.commentReadable("c", "d")
                + " WHERE i.round_id = :r AND " + access.invitationReadable("i", "d")
                + " GROUP BY i.id, d.id ORDER BY i.id").params(params)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("organization_id"),
                        (Long) rs.getObject("holder_id"), rs.getString("status"), rs.getBoolean("late"),
                        instant(rs.getObject("submitted_at", OffsetDateTime.class)), rs.getLong("drafts"),
                        rs.getLong("approved"), rs.getLong("submitted"), rs.getLong("version")))
                .list();
        List<Long> ids = new ArrayList<>();
        rows.forEach(r -> {
            ids.add(r.org());
            ids.add(r.holder());
        });
        Map<Long, String> named = names.of(ids);
        Instant now = Instant.now();
        return rows.stream().map(r -> new InvitationRow(r.id(), r.org(), named.get(r.org()), r.holder(),
                r.holder() == null ? null : named.get(r.holder()), r.status(),
                RoundViews.shown(r.status(), round.deadline(), now), r.late(), r.submittedAt(), r.drafts(),
                r.approved(), r.submitted(), r.version()))
                .sorted(vn.phoihop.platform.VietnameseOrder.byName(InvitationRow::organization))
                .toList();
    }

    /** The provisions of a version the reader reads (the caller checked the round), in document order. */
    public List<ProvisionRow> provisions(long versionId) {
        return jdbc.sql("SELECT t.provision_id, p.kind, t.parent_id, t.position, t.label, t.heading, t.body"
                + " FROM consultation_provision_text t JOIN consultation_provision p ON p.id = t.provision_id"
                + " WHERE t.version_id = :v ORDER BY t.position").param("v", versionId)
                .query((rs, n) -> new ProvisionRow(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3),
                        rs.getInt(4), rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
    }

    /**
     * The invitations the reader's organisation holds today (its dashboard), nearest deadline first, with counts of
     * its comments by status and the reminders received.
     */
    public List<InvitationCard> dashboard() {
        Map<String, Object> params = access.parameters();
        params.put("limit", LIMIT);
        record Row(long id, long round, String roundTitle, String draftTitle, Instant deadline, String status,
                boolean late, long drafts, long approved, long submitted) {
        }
        List<Row> rows = jdbc.sql("SELECT i.id, r.id AS round_id, r.title, d.title AS draft_title, r.deadline,"
                + " i.status, i.late,"
                + " (SELECT count(*) FROM consultation_comment c WHERE c.invitation_id = i.id AND c.status = 'DRAFT')"
                + " AS drafts, (SELECT count(*) FROM consultation_comment c WHERE c.invitation_id = i.id"
                + " AND c.status = 'APPROVED') AS approved, (SELECT count(*) FROM consultation_comment c"
                + " WHERE c.invitation_id = i.id AND c.status = 'SUBMITTED') AS submitted"
                + " FROM consultation_invitation i JOIN consultation_round r ON r.id = i.round_id"
                + " JOIN consultation_draft d ON d.id = r.draft_id WHERE " + access.holderTodaySql()
                + " = :consultUserOrg AND " + access.invitationReadable("i", "d")
                + " ORDER BY r.deadline, i.id LIMIT :limit").params(params)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("round_id"), rs.getString("title"),
                        rs.getString("draft_title"), instant(rs.getObject("deadline", OffsetDateTime.class)),
                        rs.getString("status"), rs.getBoolean("late"), rs.getLong("drafts"), rs.getLong("approved"),
                        rs.getLong("submitted")))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        record Reminder(long invitation, String kind, LocalDate sentOn) {
        }
        Map<Long, List<ReminderRow>> reminders = jdbc.sql("SELECT invitation_id, kind, sent_on FROM"
                + " consultation_reminder WHERE invitation_id IN (:ids) ORDER BY sent_on, kind")
                .param("ids", rows.stream().map(Row::id).toList())
                .query((rs, n) -> new Reminder(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
                .list().stream().collect(Collectors.groupingBy(Reminder::invitation, Collectors.mapping(
                        r -> new ReminderRow(r.kind(), r.sentOn()), Collectors.toList())));
        Instant now = Instant.now();
        LocalDate today = VietnamTime.today();
        return rows.stream().map(r -> new InvitationCard(r.id(), r.round(), r.roundTitle(), r.draftTitle(),
                r.deadline(), ChronoUnit.DAYS.between(today, r.deadline().atZone(VietnamTime.ZONE).toLocalDate()),
                r.status(), RoundViews.shown(r.status(), r.deadline(), now), r.late(), r.drafts(), r.approved(),
                r.submitted(), reminders.getOrDefault(r.id(), List.of()))).toList();
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    /** A draft or a version to choose from when opening a round. */
    public record Choice(long id, String label) {
    }

    /** The drafts of the reader's organisation (the drafting body) the reader reads, newest first. */
    public List<Choice> draftChoices() {
        Map<String, Object> params = access.parameters();
        params.put("limit", LIMIT);
        return jdbc.sql("SELECT d.id, d.title FROM consultation_draft d WHERE d.drafting_organization_id ="
                + " :consultUserOrg AND " + access.draftReadable("d") + " ORDER BY d.id DESC LIMIT :limit")
                .params(params).query((rs, n) -> new Choice(rs.getLong(1), rs.getString(2))).list();
    }

    /** The versions of a draft the reader drafts, newest first; empty for any other draft. */
    public List<Choice> versionChoices(long draftId) {
        if (access.findDraft(draftId).filter(d -> d.drafting()).isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id, label FROM consultation_version WHERE draft_id = :d ORDER BY number DESC")
                .param("d", draftId).query((rs, n) -> new Choice(rs.getLong(1), rs.getString(2))).list();
    }
}
