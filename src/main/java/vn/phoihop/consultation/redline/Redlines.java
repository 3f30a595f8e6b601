package vn.phoihop.consultation.redline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.consultation.access.ConsultationAccess;
import vn.phoihop.consultation.access.DraftHeader;
import vn.phoihop.consultation.draft.ProvisionView;
import vn.phoihop.consultation.draft.VersionText;
import vn.phoihop.consultation.redline.RedlineView.Reason;
import vn.phoihop.consultation.redline.RedlineView.Row;
import vn.phoihop.consultation.redline.RedlineView.VersionRef;
import vn.phoihop.organization.OrganizationOnDate;
import vn.phoihop.organization.OrganizationSummary;
import vn.phoihop.organization.Organizations;
import vn.phoihop.platform.UserFacingException;

/**
 * The redline between any two versions of a draft the reader reads: the articles of each (with their clauses and points as one text),
 * which earlier articles each later one came from (the origins composed across the versions in between), compared by
 * {@link RedlineComparison}. Readers: the drafting body, and an invitee for two versions it reads
 * ({@link ConsultationAccess#readsVersion}); otherwise “not found”. The reasons column (dispositions of submitted
 * comments that changed an article: those whose {@code changed_provision_id} is in the later article, or that were
 * accepted or partly accepted on the earlier article in a round on a version from the earlier up to before the later
 * one) is for the drafting body only.
 */
@Service
@Transactional(readOnly = true)
public class Redlines {

    private final JdbcClient jdbc;
    private final ConsultationAccess access;
    private final VersionText text;
    private final Organizations organizations;
    private final RedlineDocx docx;

    Redlines(JdbcClient jdbc, ConsultationAccess access, VersionText text, Organizations organizations,
            RedlineDocx docx) {
        this.jdbc = jdbc;
        this.access = access;
        this.text = text;
        this.organizations = organizations;
        this.docx = docx;
    }

    /** The redline's three-column table as DOCX (landscape), for the same readers as {@link #redline}. */
    public byte[] docx(long draftId, Long fromId, Long toId) {
        return docx.write(redline(draftId, fromId, toId));
    }

    /**
     * The redline of the draft from version {@code fromId} to {@code toId} (either order: the earlier is the “from”);
     * {@code null} for {@code fromId} means the readable version before {@code toId}, for {@code toId} the latest
     * readable one; a version the reader does not read is “not found”.
     */
    public RedlineView redline(long draftId, Long fromId, Long toId) {
        DraftHeader draft = access.requireDraftReadable(draftId);
        Map<String, Object> params = access.parameters();
        params.put("d", draftId);
        List<VersionRef> versions = jdbc.sql("SELECT v.id, v.number, v.label FROM consultation_version v"
                + " WHERE v.draft_id = :d AND " + access.versionReadable("v") + " ORDER BY v.number").params(params)
                .query((rs, n) -> new VersionRef(rs.getLong(1), rs.getInt(2), rs.getString(3))).list();
        if (versions.isEmpty()) {
            throw UserFacingException.notFound("consultation.version.notFound");
        }
        VersionRef to = toId == null ? versions.get(versions.size() - 1) : pick(versions, toId);
        VersionRef from = fromId == null ? versions.get(Math.max(0, versions.indexOf(to) - 1)) : pick(versions, fromId);
        if (from.number() > to.number()) {
            VersionRef swap = from;
            from = to;
            to = swap;
        }
        List<ProvisionView> before = text.provisionsUnchecked(from.id());
        List<ProvisionView> after = text.provisionsUnchecked(to.id());
        List<RedlineArticle> oldArticles = articles(before);
        List<RedlineArticle> newArticles = articles(after);
        Map<Long, Set<Long>> sources = sources(draftId, from.number(), to.number(), newArticles);
        List<RedlineEntry> entries = RedlineComparison.compare(oldArticles, newArticles, sources);
        boolean withReasons = draft.drafting();
        Map<Long, List<Reason>> byOld = new HashMap<>();
        Map<Long, List<Reason>> byNew = new HashMap<>();
        if (withReasons && from.number() < to.number()) {
            reasons(draftId, from, to, articleOf(before), articleOf(after), byOld, byNew);
        }
        List<Row> rows = new ArrayList<>();
        for (RedlineEntry e : entries) {
            Map<Long, Reason> reasons = new LinkedHashMap<>();
            e.after().forEach(a -> byNew.getOrDefault(a.provisionId(), List.of())
                    .forEach(r -> reasons.put(r.commentId(), r)));
            e.before().forEach(a -> byOld.getOrDefault(a.provisionId(), List.of())
                    .forEach(r -> reasons.put(r.commentId(), r)));
            rows.add(new Row(e, List.copyOf(reasons.values())));
        }
        String title = jdbc.sql("SELECT title FROM consultation_draft WHERE id = :d").param("d", draftId)
                .query(String.class).single();
        return new RedlineView(draftId, title, from, to, rows, withReasons);
    }

    private static VersionRef pick(List<VersionRef> versions, long id) {
        return versions.stream().filter(v -> v.id() == id).findFirst()
                .orElseThrow(() -> UserFacingException.notFound("consultation.version.notFound"));
    }

    /** The articles of a version, each with its clauses and points as one text, and its chapter or section. */
    static List<RedlineArticle> articles(List<ProvisionView> provisions) {
        Map<Long, ProvisionView> byId = new HashMap<>();
        provisions.forEach(p -> byId.put(p.provisionId(), p));
        Map<Long, StringBuilder> texts = new LinkedHashMap<>();
        Map<Long, Long> article = articleOf(provisions);
        for (ProvisionView p : provisions) {
            Long a = article.get(p.provisionId());
            if (a == null) {
                continue;
            }
            if (p.article()) {
                texts.put(a, new StringBuilder(p.title()).append(p.body().isEmpty() ? "" : "\n" + p.body()));
            }
            else {
                texts.get(a).append('\n').append(p.label()).append(' ')
                        .append(p.heading() == null ? "" : p.heading() + " ").append(p.body());
            }
        }
        List<RedlineArticle> out = new ArrayList<>();
        for (ProvisionView p : provisions) {
            if (p.article()) {
                ProvisionView parent = p.parentId() == null ? null : byId.get(p.parentId());
                out.add(new RedlineArticle(p.provisionId(), p.parentId(), parent == null ? "" : parent.title(),
                        p.label(), texts.get(p.provisionId()).toString().strip(), p.position()));
            }
        }
        return out;
    }

    /** The article each provision of a version belongs to (itself for an article; absent above articles). */
    static Map<Long, Long> articleOf(List<ProvisionView> provisions) {
        Map<Long, Long> article = new HashMap<>();
        for (ProvisionView p : provisions) {
            if (p.article()) {
                article.put(p.provisionId(), p.provisionId());
            }
            else if (p.parentId() != null && article.containsKey(p.parentId())) {
                article.put(p.provisionId(), article.get(p.parentId()));
            }
        }
        return article;
    }

    /** For each later article, the earlier articles it came from, composing the origins of the versions between. */
    private Map<Long, Set<Long>> sources(long draftId, int from, int to, List<RedlineArticle> newer) {
        Map<Integer, Map<Long, Set<Long>>> origins = new HashMap<>();
        jdbc.sql("""
                SELECT v.number, o.provision_id, o.source_provision_id FROM consultation_provision_origin o
                JOIN consultation_version v ON v.id = o.version_id
                WHERE v.draft_id = :d AND v.number > :from AND v.number <= :to
                """).param("d", draftId).param("from", from).param("to", to).query((rs, n) -> {
                    origins.computeIfAbsent(rs.getInt(1), k -> new HashMap<>())
                            .computeIfAbsent(rs.getLong(2), k -> new HashSet<>()).add(rs.getLong(3));
                    return null;
                }).list();
        Map<Long, Set<Long>> sources = new HashMap<>();
        for (RedlineArticle a : newer) {
            Set<Long> current = Set.of(a.provisionId());
            for (int k = to; k > from; k--) {
                Map<Long, Set<Long>> step = origins.getOrDefault(k, Map.of());
                Set<Long> previous = new HashSet<>();
                current.forEach(id -> previous.addAll(step.getOrDefault(id, Set.of())));
                current = previous;
            }
            sources.put(a.provisionId(), current);
        }
        return sources;
    }

    private void reasons(long draftId, VersionRef from, VersionRef to, Map<Long, Long> oldArticle,
            Map<Long, Long> newArticle, Map<Long, List<Reason>> byOld, Map<Long, List<Reason>> byNew) {
        record Found(long id, long provision, Long changed, String disposition, String reason, long org,
                LocalDate on) {
        }
        List<Long> oldIds = new ArrayList<>(oldArticle.keySet());
        List<Long> newIds = new ArrayList<>(newArticle.keySet());
        oldIds.add(-1L);
        newIds.add(-1L);
        List<Found> found = jdbc.sql("""
                SELECT c.id, c.provision_id, c.changed_provision_id, c.disposition, c.disposition_reason,
                       i.organization_id, r.opens_on
                FROM consultation_comment c JOIN consultation_round r ON r.id = c.round_id
                JOIN consultation_version rv ON rv.id = r.version_id
                JOIN consultation_invitation i ON i.id = c.invitation_id
                LEFT JOIN consultation_version cv ON cv.id = c.changed_version_id
                WHERE r.draft_id = :d AND c.status = 'SUBMITTED' AND c.disposition IS NOT NULL
                  AND ((c.changed_provision_id IN (:newIds) AND (cv.id IS NULL OR (cv.number > :from
                        AND cv.number <= :to)))
                    OR (c.provision_id IN (:oldIds) AND c.disposition IN ('ACCEPTED', 'PARTLY_ACCEPTED')
                        AND rv.number >= :from AND rv.number < :to))
                ORDER BY c.id
                """).param("d", draftId).param("newIds", newIds).param("oldIds", oldIds)
                .param("from", from.number()).param("to", to.number())
                .query((rs, n) -> new Found(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3), rs.getString(4),
                        rs.getString(5), rs.getLong(6), rs.getObject(7, LocalDate.class)))
                .list();
        Map<OrganizationOnDate, OrganizationSummary> names = organizations.findEachAsOf(
                found.stream().map(f -> new OrganizationOnDate(f.org(), f.on())).distinct().toList());
        for (Found f : found) {
            OrganizationSummary org = names.get(new OrganizationOnDate(f.org(), f.on()));
            Reason reason = new Reason(f.id(), org == null ? "" : org.name(), f.disposition(), f.reason());
            if (f.changed() != null && newArticle.containsKey(f.changed())) {
                byNew.computeIfAbsent(newArticle.get(f.changed()), k -> new ArrayList<>()).add(reason);
            }
            else if (oldArticle.containsKey(f.provision())) {
                byOld.computeIfAbsent(oldArticle.get(f.provision()), k -> new ArrayList<>()).add(reason);
            }
        }
    }
}
