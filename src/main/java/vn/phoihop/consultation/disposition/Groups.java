package vn.phoihop.consultation.disposition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.consultation.access.ConsultationAccess;
import vn.phoihop.consultation.access.RoundHeader;
import vn.phoihop.platform.Texts;
import vn.phoihop.platform.UserFacingException;

/**
 * Groups of near-duplicate comments of one round, answered once. Suggestions pair the round's submitted comments
 * that are in no group yet by pg_trgm {@code similarity} of their folded bodies (lower case, no diacritics:
 * {@code body_folded}), join pairs into connected groups, and list the groups whose members are all on one provision
 * first. The drafting body's staff accepts a suggestion or builds a group by hand (two or more comments in no other
 * group), removes a member (a group left empty is deleted), and answers the group once: the disposition is written to
 * every member in one transaction.
 *
 * <p>The threshold ({@code phoihop.consultation.group-threshold}) defaults to 0.5. pg_trgm's own default of 0.3 is
 * tuned for short strings such as names; folded comment bodies of one or more sentences of administrative Vietnamese
 * share many trigrams with any other comment on the same article (“de nghi bo sung”, “quy dinh ro trach nhiem”), so
 * 0.3 pairs unrelated comments. A comment copied from a common template and lightly edited by another province stays
 * well above 0.6; 0.5 keeps those and leaves the merely related ones apart.
 */
@Service
@Transactional(readOnly = true)
public class Groups {

    /** The longest group label. */
    public static final int MAX_LABEL = 300;

    private final JdbcClient jdbc;
    private final ConsultationAccess access;
    private final Dispositions dispositions;
    private final double threshold;

    Groups(JdbcClient jdbc, ConsultationAccess access, Dispositions dispositions,
            @Value("${phoihop.consultation.group-threshold:0.5}") double threshold) {
        this.jdbc = jdbc;
        this.access = access;
        this.dispositions = dispositions;
        this.threshold = threshold;
    }

    /** The similarity threshold in use. */
    public double threshold() {
        return threshold;
    }

    /** Suggested groups of the round (drafting body only, else “not found”), same-provision groups first. */
    public List<GroupSuggestion> suggestions(long roundId) {
        RoundHeader round = dispositions.requireDraftingReader(roundId);
        record Pair(long a, long b, double similarity, long provisionA, long provisionB) {
        }
        List<Pair> pairs = jdbc.sql("""
                SELECT a.id, b.id, similarity(a.body_folded, b.body_folded), a.provision_id, b.provision_id
                FROM consultation_comment a JOIN consultation_comment b
                  ON b.round_id = a.round_id AND b.id > a.id AND b.status = 'SUBMITTED' AND b.group_id IS NULL
                WHERE a.round_id = :round AND a.status = 'SUBMITTED' AND a.group_id IS NULL
                  AND similarity(a.body_folded, b.body_folded) >= :t
                ORDER BY a.id, b.id""")
                .param("round", round.id()).param("t", threshold)
                .query((rs, n) -> new Pair(rs.getLong(1), rs.getLong(2), rs.getDouble(3), rs.getLong(4),
                        rs.getLong(5)))
                .list();
        Map<Long, Long> parent = new HashMap<>();
        Map<Long, Long> provisionOf = new HashMap<>();
        for (Pair p : pairs) {
            provisionOf.put(p.a(), p.provisionA());
            provisionOf.put(p.b(), p.provisionB());
            parent.put(root(parent, p.a()), root(parent, p.b()));
        }
        Map<Long, TreeSet<Long>> members = new LinkedHashMap<>();
        Map<Long, Double> best = new HashMap<>();
        for (Pair p : pairs) {
            long r = root(parent, p.a());
            members.computeIfAbsent(r, k -> new TreeSet<>()).addAll(List.of(p.a(), p.b()));
            best.merge(r, p.similarity(), Math::max);
        }
        List<GroupSuggestion> suggestions = new ArrayList<>();
        Map<Long, String> labels = labels(members.values().stream().map(TreeSet::first).toList());
        members.forEach((r, ids) -> {
            boolean same = ids.stream().map(provisionOf::get).distinct().count() == 1;
            suggestions.add(new GroupSuggestion(List.copyOf(ids), same, Math.round(best.get(r) * 100) / 100.0,
                    labels.get(ids.first())));
        });
        suggestions.sort(java.util.Comparator.comparing((GroupSuggestion s) -> !s.sameProvision())
                .thenComparing(s -> -s.similarity()).thenComparing(s -> s.commentIds().get(0)));
        return suggestions;
    }

    /** The round's groups with their members (drafting body only, else “not found”), by id. */
    public List<CommentGroup> groups(long roundId) {
        RoundHeader round = dispositions.requireDraftingReader(roundId);
        Map<Long, List<Long>> members = new HashMap<>();
        jdbc.sql("SELECT group_id, id FROM consultation_comment WHERE round_id = :r AND group_id IS NOT NULL"
                + " ORDER BY id").param("r", round.id())
                .query((rs, n) -> members.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2)))
                .list();
        return jdbc.sql("SELECT id, label, version FROM consultation_comment_group WHERE round_id = :r ORDER BY id")
                .param("r", round.id())
                .query((rs, n) -> new CommentGroup(rs.getLong(1), rs.getString(2),
                        members.getOrDefault(rs.getLong(1), List.of()), rs.getLong(3)))
                .list();
    }

    /**
     * Makes a group of two or more submitted comments of the round that are in no group yet, labelled {@code label}
     * (blank: from the first comment's provision). Returns the group's id.
     */
    @Transactional
    public long create(long roundId, String label, List<Long> commentIds) {
        RoundHeader round = access.requireRoundDrafter(roundId);
        List<Long> ids = commentIds == null ? List.of() : commentIds.stream().filter(java.util.Objects::nonNull)
                .distinct().sorted().toList();
        if (ids.size() < 2) {
            throw UserFacingException.invalid("consultation.group.tooFew");
        }
        String text = label == null || label.isBlank() ? null : Texts.nfc(label.strip());
        if (text != null && (text.length() > MAX_LABEL || Texts.hasControlCharacters(text, false))) {
            throw UserFacingException.invalid("consultation.group.badLabel", MAX_LABEL);
        }
        Map<String, Object> params = Map.of("r", round.id(), "ids", ids.toArray(Long[]::new));
        long submitted = jdbc.sql("SELECT count(*) FROM consultation_comment WHERE round_id = :r AND status ="
                + " 'SUBMITTED' AND id = ANY (:ids)").params(params).query(Long.class).single();
        if (submitted != ids.size()) {
            throw UserFacingException.notFound("consultation.disposition.commentNotFound");
        }
        long taken = jdbc.sql("SELECT count(*) FROM consultation_comment WHERE round_id = :r AND id = ANY (:ids)"
                + " AND group_id IS NOT NULL").params(params).query(Long.class).single();
        if (taken > 0) {
            throw UserFacingException.conflict("consultation.group.memberTaken");
        }
        if (text == null) {
            text = labels(List.of(ids.get(0))).get(ids.get(0));
        }
        long group = jdbc.sql("INSERT INTO consultation_comment_group (round_id, label, created_by) VALUES (:r, :l, :by)"
                + " RETURNING id").param("r", round.id()).param("l", text).param("by", access.user().getUsername())
                .query(Long.class).single();
        jdbc.sql("UPDATE consultation_comment SET group_id = :g, version = version + 1 WHERE round_id = :r"
                + " AND id = ANY (:ids)").param("g", group).params(params).update();
        dispositions.recordAudit(round, "CONSULTATION_GROUP_CREATED", "consultation_comment_group", group,
                "comments=" + ids);
        return group;
    }

    /** Removes a comment (required) from a group of the round; a group left empty is deleted. */
    @Transactional
    public void removeMember(long roundId, long groupId, Long commentId) {
        RoundHeader round = access.requireRoundDrafter(roundId);
        requireGroup(round, groupId);
        if (commentId == null) {
            throw UserFacingException.invalid("consultation.group.memberRequired");
        }
        int removed = jdbc.sql("UPDATE consultation_comment SET group_id = NULL, version = version + 1 WHERE id = :c"
                + " AND group_id = :g").param("c", commentId).param("g", groupId).update();
        if (removed == 0) {
            throw UserFacingException.notFound("consultation.disposition.commentNotFound");
        }
        jdbc.sql("DELETE FROM consultation_comment_group g WHERE g.id = :g AND NOT EXISTS (SELECT 1 FROM"
                + " consultation_comment c WHERE c.group_id = g.id)").param("g", groupId).update();
        dispositions.recordAudit(round, "CONSULTATION_GROUP_MEMBER_REMOVED", "consultation_comment_group", groupId,
                "comment=" + commentId);
    }

    /**
     * Answers a group once: the disposition (checked as {@link Dispositions#record}) is written to every member in one
     * transaction; the command's version is the group's version column (NULL skips the check). Returns the number of
     * comments answered.
     */
    @Transactional
    public int answer(long roundId, long groupId, DispositionCommand command) {
        RoundHeader round = access.requireRoundDrafter(roundId);
        requireGroup(round, groupId);
        Dispositions.Checked checked = dispositions.check(round, command);
        jdbc.sql("UPDATE consultation_comment_group SET version = version + 1 WHERE id = :g"
                + " AND (CAST(:v AS BIGINT) IS NULL OR version = :v) RETURNING id").param("g", groupId)
                .param("v", command.version()).query(Long.class).optional()
                .orElseThrow(() -> UserFacingException.conflict("consultation.group.stale"));
        int answered = jdbc.sql("""
                UPDATE consultation_comment SET disposition = :d, disposition_reason = :reason, disposed_by = :by,
                       disposed_at = now(), changed_provision_id = :cp, changed_version_id = :cv, version = version + 1
                WHERE group_id = :g AND status = 'SUBMITTED'""")
                .param("d", checked.disposition().name()).param("reason", checked.reason())
                .param("by", access.user().getUsername()).param("cp", command.changedProvisionId())
                .param("cv", command.changedVersionId()).param("g", groupId).update();
        dispositions.recordAudit(round, "CONSULTATION_GROUP_ANSWERED", "consultation_comment_group", groupId,
                checked.disposition().name() + " comments=" + answered);
        return answered;
    }

    private void requireGroup(RoundHeader round, long groupId) {
        long found = jdbc.sql("SELECT count(*) FROM consultation_comment_group WHERE id = :g AND round_id = :r")
                .param("g", groupId).param("r", round.id()).query(Long.class).single();
        if (found == 0) {
            throw UserFacingException.notFound("consultation.group.notFound");
        }
    }

    /** “Nhóm ý kiến về Điều 5” for each comment id, from its provision's label (any version, the latest). */
    private Map<Long, String> labels(List<Long> commentIds) {
        Map<Long, String> labels = new HashMap<>();
        if (commentIds.isEmpty()) {
            return labels;
        }
        jdbc.sql("""
                SELECT c.id, (SELECT t.label FROM consultation_provision_text t JOIN consultation_version v
                              ON v.id = t.version_id WHERE t.provision_id = c.provision_id ORDER BY v.number LIMIT 1)
                FROM consultation_comment c WHERE c.id = ANY (:ids)""")
                .param("ids", commentIds.toArray(Long[]::new))
                .query((rs, n) -> labels.put(rs.getLong(1), "Nhóm ý kiến về " + (rs.getString(2) == null ? "#"
                        + rs.getLong(1) : rs.getString(2))))
                .list();
        return labels;
    }

    private static long root(Map<Long, Long> parent, long id) {
        long r = id;
        while (parent.containsKey(r) && parent.get(r) != r) {
            r = parent.get(r);
        }
        return r;
    }
}
