package vn.phoihop.document.search;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.document.SecrecyMark;
import vn.phoihop.document.register.DocumentAccess;
import vn.phoihop.document.register.DocumentType;
import vn.phoihop.document.register.DocumentTypes;
import vn.phoihop.document.register.DocumentAccess.Reader;
import vn.phoihop.document.register.DocumentSettings;
import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.organization.OrganizationOnDate;
import vn.phoihop.organization.OrganizationSummary;
import vn.phoihop.organization.Organizations;
import vn.phoihop.organization.Scope;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.VietnamTime;

/**
 * Vietnamese full-text search over the register: notation, type name, title, summary and attachment text, with or
 * without diacritics (V22 and V30 keep the index). One SQL statement finds, ranks, counts and pages; the reading rule
 * ({@link DocumentAccess#READABLE}) is part of its {@code WHERE}, so neither the page nor the total ever includes a
 * document the reader may not read.
 *
 * <p>Matching uses every folded word of the notation, type name, title, summary and attachment text (V30 keeps them
 * as lexemes only). Which documents match never depends on diacritics: with and without them the same documents
 * come back.
 *
 * <p>Ranking is bounded so that a query matching most of the register costs about as much as a narrow one
 * (V30, bench/README.md). Only <em>candidates</em> are scored: documents matching a notation typed loosely (all the
 * query's words are in the notation or the type name, and one is a number: {@code 90 qd tw}, {@code qd 90},
 * {@code Số 90-QĐ/TW}, {@code nghi quyet 12}), documents whose head (notation, type name, title) holds every word
 * and that other documents build on ({@code cited_by}: implement, guide, amend, review or cite them), and, among
 * the newest matches the statement reads anyway to count them (up to {@value #COUNT_LIMIT}), the {@value #HEAD_LIMIT}
 * newest whose head holds every word (one pass over the newest matches, no second search of the head index). Their
 * score, best first: a loose notation
 * match +10; for a query typed with diacritics, a head holding every word as written +2; then, up to 1 each, the
 * words as a phrase in the head, {@code cited_by} and {@code ts_rank} over the head; ties newest first. Every other
 * match follows, newest first. The trade-off: a document that holds the words only in its summary or attachments
 * always comes after the candidates, however often it is cited; and an uncited document whose head holds every
 * word is scored only if it is among those newest matches and the {@value #HEAD_LIMIT} newest such; the others
 * follow newest first with the rest. The total is exact up to {@value #COUNT_LIMIT} matches (or up to the end of the page asked for); beyond,
 * {@link SearchResult#totalExact()} is false and the total is a lower bound (“more than 1,000”). PostgreSQL finds
 * the newest matches through the GIN index when they are few, or by walking the documents newest first and testing
 * each row when they are many, whichever its estimate of the words prefers (hence {@link #SETTINGS}).
 *
 * <p>Statements per search: the search itself, one registry lookup of every issuer on its issue date for the whole
 * page ({@link Organizations#findEachAsOf}), and the reader's scope only when an issuer is a unit below
 * provincial level. Snippets of secret documents are shown only where secret content may be stored
 * ({@link DocumentSettings#secretContentAllowed()}). The statement returns the page's titles and the start of their
 * text; {@link Passages} marks the hits and cuts the snippets in the application.
 */
@Service
@Transactional(readOnly = true)
public class DocumentSearch {

    /**
     * Characters of summary and attachment text a snippet is cut from ({@link Passages} reads the text it is given;
     * a hit further into a long attachment finds the document but is not shown in its snippet).
     */
    static final int SNIPPET_SOURCE = 10_000;

    /**
     * Settings of the search transaction. PostgreSQL misprices a GIN search with a prefix word (the last word as
     * typed) and would read every row (3.6 s instead of 0.2 s over 100,000 documents in the benchmark), so no
     * sequential scan; and every execution is planned with its values (a generic plan cannot tell a word in most
     * documents from a rare one, and so cannot choose between walking the newest documents and the GIN index).
     */
    static final String SETTINGS = "SELECT set_config('enable_seqscan', 'off', true),"
            + " set_config('plan_cache_mode', 'force_custom_plan', true)";

    /** The folded words as a query, written where PostgreSQL's estimate can see the words. */
    private static final String FOLDED = "to_tsquery('phoihop_fold', :q)";

    /** Matches are counted exactly up to this many; beyond, the total is “more than” ({@code totalExact} false). */
    public static final int COUNT_LIMIT = 1_000;

    /** Of the documents whose head holds every word, the newest this many are ranked (with every cited one). */
    static final int HEAD_LIMIT = 200;


    private final JdbcClient jdbc;
    private final DocumentAccess access;
    private final DocumentTypes types;
    private final Organizations organizations;
    private final DocumentSettings settings;

    DocumentSearch(JdbcClient jdbc, DocumentAccess access, DocumentTypes types, Organizations organizations,
            DocumentSettings settings) {
        this.jdbc = jdbc;
        this.access = access;
        this.types = types;
        this.organizations = organizations;
        this.settings = settings;
    }

    /**
     * The page of documents the acting user may read that match {@code query}, best first, with the total.
     *
     * @throws UserFacingException (400) for an unknown type or issuer
     */
    public SearchResult search(SearchQuery query) {
        Reader reader = access.reader();
        Statement statement = statement(query, reader);
        jdbc.sql(SETTINGS).query().singleRow();
        List<Row> rows = jdbc.sql(statement.sql()).params(statement.params()).query(DocumentSearch::row).list();
        long found = rows.isEmpty() ? 0 : rows.get(0).found();
        List<Row> page = rows.stream().filter(r -> r.id() != null).toList();
        boolean exact = rows.isEmpty() || found < statement.countedUpTo();
        long total = exact ? found : Math.max(COUNT_LIMIT, (long) query.page() * query.size() + query.size());
        return new SearchResult(hits(page, reader, SearchTerms.of(query.text())), total, exact, query.page(),
                query.size());
    }

    /**
     * The one statement that finds, ranks, counts and pages {@code query} for {@code reader}, with its parameters
     * (the benchmark runs it bare, beside the service).
     */
    Statement statement(SearchQuery query, Reader reader) {
        Map<String, Object> params = new HashMap<>(reader.parameters());
        StringBuilder where = new StringBuilder(DocumentAccess.READABLE);
        filters(query, where, params);
        SearchTerms terms = SearchTerms.of(query.text());
        params.put("limit", query.size());
        params.put("offset", (long) query.page() * query.size());
        params.put("countLimit", COUNT_LIMIT);
        params.put("headLimit", HEAD_LIMIT);
        params.put("snippetSource", SNIPPET_SOURCE);
        params.put("secretContent", settings.secretContentAllowed());
        String from = " FROM document_search d WHERE " + where;
        String newestFirst = " ORDER BY d.issued_on DESC NULLS LAST, d.id DESC";
        String sql;
        if (terms.empty()) {
            sql = "WITH query AS MATERIALIZED (SELECT NULL::tsquery AS q),"
                    + newest(from, "TRUE", "FALSE", newestFirst)
                    + " ranked AS MATERIALIZED (SELECT 0::BIGINT AS id, NULL::DATE AS issued_on, 0::FLOAT8 AS score"
                    + " WHERE FALSE),";
        }
        else {
            Match match = match(terms, params);
            String tsqueries = "to_tsquery('phoihop_fold', :q) AS q, to_tsquery('phoihop_fold', :phrase) AS phrase"
                    + (terms.diacritics() ? ", to_tsquery('simple', :exactAll) AS exact_all,"
                            + " to_tsquery('simple', :exactAny) AS exact_any" : "");
            sql = "WITH query AS MATERIALIZED (SELECT " + tsqueries + "),"
                    + newest(from, match.condition(), "d.head @@ " + FOLDED, newestFirst)
                    // ranked by score: documents cited by others whose head holds every word, the newest
                    // :headLimit of the newest matches whose head holds every word, and loose notation matches
                    + " candidates AS MATERIALIZED (SELECT d.id" + from + " AND d.cited_by > 0 AND d.head @@ " + FOLDED
                    + " UNION (SELECT n.id FROM newest n WHERE n.in_head"
                    + " ORDER BY n.issued_on DESC NULLS LAST, n.id DESC LIMIT :headLimit)"
                    + (match.notation() == null ? "" : " UNION SELECT d.id" + from + " AND (" + match.notation() + ")")
                    + "),"
                    + " ranked AS MATERIALIZED (SELECT d.id, d.issued_on, " + match.score() + " AS score"
                    + " FROM candidates c JOIN document_search d ON d.id = c.id CROSS JOIN query x),";
        }
        sql += " hits AS ((SELECT r.id, 0 AS tier, r.score, r.issued_on FROM ranked r)"
                + " UNION ALL (SELECT n.id, 1, 0, n.issued_on FROM newest n WHERE n.id NOT IN (SELECT id FROM ranked))"
                + " ORDER BY 2, 3 DESC, 4 DESC NULLS LAST, 1 DESC LIMIT :limit OFFSET :offset)"
                + " SELECT (SELECT count(*) FROM newest) AS found, p.*"
                + " FROM (SELECT 1) one LEFT JOIN (SELECT h.tier, h.score, d.id, d.kind, d.type_code,"
                + " t.name AS type_name, d.notation, d.title, d.issuer_id, d.issued_on, d.secrecy, d.urgency, d.status,"
                + " CASE WHEN d.secrecy <> 'NONE' AND NOT :secretContent THEN NULL"
                + " WHEN x.q IS NULL THEN d.summary"
                + " ELSE left(concat_ws(' … ', d.summary, d.attachment_text), :snippetSource) END AS snippet_source"
                + " FROM hits h JOIN document d ON d.id = h.id JOIN document_type t ON t.code = d.type_code"
                + " CROSS JOIN query x) p ON TRUE"
                + " ORDER BY p.tier, p.score DESC, p.issued_on DESC NULLS LAST, p.id DESC";
        return new Statement(sql, params, query.page() * query.size() + query.size());
    }

    /**
     * The newest matches, enough to count up to {@link #COUNT_LIMIT} and to fill the page: one more than
     * {@link Statement#countedUpTo}, so a full list means “more than that”. The page always fills, because ranked
     * documents and the newest ones not ranked together are at least as many as the newest ones. {@code in_head}
     * says whether the head (notation, type name, title) holds every word: the newest of those are ranked.
     */
    private static String newest(String from, String condition, String inHead, String newestFirst) {
        return " newest AS MATERIALIZED (SELECT d.id, d.issued_on, " + inHead + " AS in_head" + from + " AND ("
                + condition + ")" + newestFirst + " LIMIT greatest(:countLimit, :offset + :limit) + 1),";
    }

    /** The document types, for the list's filter. */
    public List<DocumentType> types() {
        return types.all();
    }

    /**
     * The organisations that issue documents, for the list's issuer filter: central bodies and provincial-level
     * Party committees, police forces and police party committees (all readable by every signed-in user).
     */
    public List<OrganizationSummary> issuers() {
        return organizations.all().stream()
                .filter(o -> o.kind() != OrganizationKind.NATION && o.kind() != OrganizationKind.PROVINCE
                        && o.kind().publiclyVisible())
                .toList();
    }

    private void filters(SearchQuery query, StringBuilder where, Map<String, Object> params) {
        if (query.typeCode() != null) {
            if (!types.known(query.typeCode())) {
                throw UserFacingException.invalid("document.search.badType", query.typeCode());
            }
            where.append(" AND d.type_code = :type");
            params.put("type", query.typeCode());
        }
        if (query.issuerId() != null) {
            Set<Long> issuers = query.withPredecessors() ? organizations.withPredecessors(query.issuerId())
                    : Set.of(query.issuerId());
            if (issuers.isEmpty()) {
                throw UserFacingException.invalid("document.search.badIssuer", query.issuerId());
            }
            where.append(" AND d.issuer_id = ANY (:issuers)");
            params.put("issuers", issuers.toArray(Long[]::new));
        }
        if (query.year() != null) {
            where.append(" AND d.issued_on >= :yearStart AND d.issued_on < :yearEnd");
            params.put("yearStart", Date.valueOf(LocalDate.of(query.year(), 1, 1)));
            params.put("yearEnd", Date.valueOf(LocalDate.of(query.year() + 1, 1, 1)));
        }
        if (query.status() != null) {
            where.append(" AND d.status = :status");
            params.put("status", query.status());
        }
        if (query.secrecy() != null) {
            where.append(" AND d.secrecy = :secrecy");
            params.put("secrecy", query.secrecy().name());
        }
        if (query.urgency() != null) {
            where.append(" AND d.urgency = :urgency");
            params.put("urgency", query.urgency());
        }
        if (!query.tags().isEmpty()) {
            where.append(" AND (SELECT count(DISTINCT g.tag) FROM document_tag g WHERE g.document_id = d.id"
                    + " AND g.tag = ANY (:tags)) = :tagCount");
            params.put("tags", query.tags().toArray(String[]::new));
            params.put("tagCount", query.tags().size());
        }
    }

    /** The match condition, the loose-notation condition (or {@code null}) and the score expression. */
    private static Match match(SearchTerms terms, Map<String, Object> params) {
        params.put("q", terms.foldedQuery());
        params.put("phrase", terms.foldedPhrase());
        List<String> notation = new ArrayList<>();
        StringBuilder score = new StringBuilder("ts_rank(d.head, x.q, 32)"
                + " + CASE WHEN d.head @@ x.phrase THEN 1 ELSE 0 END"
                + " + least(1, 0.5 * ln(1 + d.cited_by))");
        List<String> words = terms.notationWords();
        if (!words.isEmpty()) {
            params.put("notationWords", words.toArray(String[]::new));
            notation.add("d.notation_key @> CAST(:notationWords AS TEXT[])");
            score.append(" + CASE WHEN d.notation_key @> CAST(:notationWords AS TEXT[]) THEN 10 ELSE 0 END");
        }
        String compact = terms.compactNotation();
        if (compact != null) {
            params.put("compact", compact);
            notation.add("d.notation_compact % :compact");
            score.append(" + 10 * similarity(d.notation_compact, :compact)");
        }
        if (terms.diacritics()) {
            params.put("exactAll", terms.exactQuery());
            params.put("exactAny", terms.exactAny());
            score.append(" + CASE WHEN d.exact @@ x.exact_all THEN 2 ELSE 0 END")
                    .append(" + ts_rank(d.exact, x.exact_any)");
        }
        String loose = notation.isEmpty() ? null : String.join(" OR ", notation);
        String condition = "d.words @@ " + FOLDED + (loose == null ? "" : " OR " + loose);
        return new Match(condition, loose, "(" + score + ")");
    }

    private List<DocumentHit> hits(List<Row> rows, Reader reader, SearchTerms terms) {
        Passages passages = terms.empty() ? null : Passages.of(terms);
        Map<OrganizationOnDate, OrganizationSummary> issuers = issuers(rows);
        boolean belowProvinces = issuers.values().stream().anyMatch(o -> !o.kind().publiclyVisible());
        Scope scope = belowProvinces ? organizations.scopeOf(reader.organizationId()) : Scope.NATIONAL;
        Set<Long> within = organizations.idsWithin(scope);
        List<DocumentHit> hits = new ArrayList<>(rows.size());
        for (Row row : rows) {
            OrganizationSummary issuer = issuers.get(issuerOnDate(row));
            boolean visible = issuer != null && (issuer.kind().publiclyVisible() || scope.national()
                    || within.contains(issuer.id()));
            String issuerName = visible ? issuer.name() : null;
            hits.add(new DocumentHit(row.id(), row.kind(), row.typeCode(), row.typeName(), row.notation(), row.title(),
                    Highlights.html(passages == null ? Passages.clean(row.title()) : passages.title(row.title())),
                    Highlights.html(row.snippetSource() == null ? null
                            : passages == null ? Passages.plain(row.snippetSource())
                            : passages.snippet(row.snippetSource())),
                    visible ? Long.valueOf(row.issuerId()) : null, issuerName,
                    row.issuedOn(), row.secrecy(), row.urgency(), row.status(), row.score()));
        }
        return hits;
    }

    /**
     * Issuers as of each document's issue date (today for an undated draft; their current name if they did not
     * exist on that date): one registry query for the whole page.
     */
    private Map<OrganizationOnDate, OrganizationSummary> issuers(List<Row> rows) {
        return organizations.findEachAsOf(rows.stream().map(DocumentSearch::issuerOnDate).toList());
    }

    private static OrganizationOnDate issuerOnDate(Row row) {
        return new OrganizationOnDate(row.issuerId(), LocalDate.ofEpochDay(day(row)));
    }

    private static long day(Row row) {
        return (row.issuedOn() == null ? VietnamTime.today() : row.issuedOn()).toEpochDay();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Date issued = rs.getDate("issued_on");
        long id = rs.getLong("id");
        if (rs.wasNull()) {
            // the one row of an empty page: only the counts
            return new Row(null, null, null, null, null, null, null, 0, null, null, null, null, 0,
                    rs.getLong("found"));
        }
        return new Row(id, rs.getString("kind"), rs.getString("type_code"), rs.getString("type_name"),
                rs.getString("notation"), rs.getString("title"), rs.getString("snippet_source"),
                rs.getLong("issuer_id"), issued == null ? null : issued.toLocalDate(),
                SecrecyMark.valueOf(rs.getString("secrecy")), rs.getString("urgency"), rs.getString("status"),
                rs.getDouble("score"), rs.getLong("found"));
    }

    /**
     * SQL with its named parameters; {@code pageEnd} is where the requested page ends ({@code offset + limit}).
     */
    record Statement(String sql, Map<String, Object> params, long pageEnd) {

        /**
         * How many matches the statement counts at most: when it finds more (its {@code found} column is then one
         * more), the total is a lower bound.
         */
        long countedUpTo() {
            return Math.max(COUNT_LIMIT, pageEnd) + 1;
        }
    }

    /** The conditions and the score of a query with words. */
    private record Match(String condition, String notation, String score) {
    }

    /** A row of the search statement. */
    private record Row(Long id, String kind, String typeCode, String typeName, String notation, String title,
            String snippetSource, long issuerId, LocalDate issuedOn, SecrecyMark secrecy,
            String urgency, String status, double score, long found) {
    }
}
