package vn.phoihop.consultation.comment;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.consultation.access.ConsultationAccess;
import vn.phoihop.consultation.access.RoundHeader;
import vn.phoihop.consultation.round.OrganizationNames;
import vn.phoihop.platform.Texts;
import vn.phoihop.platform.UserFacingException;

/**
 * Reading the comments of a round (issue 11, point 7): only those the reader reads
 * ({@link ConsultationAccess#commentReadable}: an invitee its own in every status, the drafting body the submitted
 * ones of all), in document order of the provisions; the disposition and its reason only when the reader sees
 * dispositions ({@link ConsultationAccess#seesDispositions}); never internal notes. An optional text filter matches
 * body, proposal and quote without regard to case or diacritics, always within the readable comments.
 */
@Service
@Transactional(readOnly = true)
public class CommentQueries {

    /** The most comments listed. */
    static final int LIMIT = 5000;
    /** The longest text filter. */
    static final int MAX_QUERY = 200;

    private final ConsultationAccess access;
    private final JdbcClient jdbc;
    private final OrganizationNames names;

    CommentQueries(ConsultationAccess access, JdbcClient jdbc, OrganizationNames names) {
        this.access = access;
        this.jdbc = jdbc;
        this.names = names;
    }

    /**
     * The comments of the round the reader reads, filtered by {@code q} (optional).
     *
     * @throws UserFacingException 404 (round not readable), 400 (a filter too long or with control characters)
     */
    public List<CommentView> list(long roundId, String q) {
        RoundHeader round = access.requireRoundReadable(roundId);
        String filter = Texts.nfc(q);
        if (filter != null && (filter.length() > MAX_QUERY || Texts.hasControlCharacters(filter, false))) {
            throw UserFacingException.invalid("consultation.comment.query.invalid", MAX_QUERY);
        }
        String folded = filter == null || filter.isBlank() ? null : Texts.fold(filter.strip());
        boolean dispositions = access.seesDispositions(round);
        Map<String, Object> params = access.parameters();
        params.put("r", roundId);
        params.put("v", round.versionId());
        params.put("limit", LIMIT);
        record Row(long id, long invitation, long provision, String label, long org, String body, String proposal,
                String quote, Integer start, Integer end, String status, Instant submittedAt, boolean late,
                String disposition, String reason, long version) {
        }
        List<Row> rows = jdbc.sql("SELECT c.id, c.invitation_id, c.provision_id, t.label, i.organization_id, c.body,"
                + " c.proposal, c.quote, c.quote_start, c.quote_end, c.status, c.submitted_at, i.late,"
                + " c.disposition, c.disposition_reason, c.version"
                + " FROM consultation_comment c JOIN consultation_invitation i ON i.id = c.invitation_id"
                + " JOIN consultation_round r ON r.id = c.round_id JOIN consultation_draft d ON d.id = r.draft_id"
                + " LEFT JOIN consultation_provision_text t ON t.provision_id = c.provision_id AND t.version_id = :v"
                + " WHERE c.round_id = :r AND " + access.commentReadable("c", "d")
                + " ORDER BY t.position NULLS LAST, c.id LIMIT :limit").params(params)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("invitation_id"), rs.getLong("provision_id"),
                        rs.getString("label"), rs.getLong("organization_id"), rs.getString("body"),
                        rs.getString("proposal"), rs.getString("quote"), (Integer) rs.getObject("quote_start"),
                        (Integer) rs.getObject("quote_end"), rs.getString("status"),
                        instant(rs.getObject("submitted_at", OffsetDateTime.class)), rs.getBoolean("late"),
                        rs.getString("disposition"), rs.getString("disposition_reason"), rs.getLong("version")))
                .list().stream().filter(r -> folded == null
                        || Texts.fold(r.body() + "\n" + (r.proposal() == null ? "" : r.proposal()) + "\n"
                                + (r.quote() == null ? "" : r.quote())).contains(folded))
                .toList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, String> named = names.of(rows.stream().map(Row::org).toList());
        record File(long comment, CommentView.Attachment attachment) {
        }
        Map<Long, List<CommentView.Attachment>> files = jdbc.sql("SELECT comment_id, id, file_name, size_bytes"
                + " FROM consultation_attachment WHERE comment_id IN (:ids) ORDER BY id")
                .param("ids", rows.stream().map(Row::id).toList())
                .query((rs, n) -> new File(rs.getLong(1), new CommentView.Attachment(rs.getLong(2), rs.getString(3),
                        rs.getLong(4))))
                .list().stream().collect(Collectors.groupingBy(File::comment,
                        Collectors.mapping(File::attachment, Collectors.toList())));
        return rows.stream().map(r -> new CommentView(r.id(), r.invitation(), r.provision(), r.label(), r.org(),
                named.get(r.org()), r.body(), r.proposal(), r.quote(), r.start(), r.end(), r.status(),
                r.submittedAt(), "SUBMITTED".equals(r.status()) && r.late(),
                dispositions ? r.disposition() : null, dispositions ? r.reason() : null,
                files.getOrDefault(r.id(), List.of()), r.version())).toList();
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
