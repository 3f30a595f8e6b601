package vn.phoihop.organization.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.phoihop.platform.VietnamTime;
import vn.phoihop.platform.VietnameseOrder;
import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.organization.OrganizationOnDate;
import vn.phoihop.organization.Scope;

/**
 * Reads of the registry as of a date, in SQL. The date is either given ({@code :asOf}) or "current": today
 * within the organisation's lifetime, else the nearest end of it (so a closed organisation shows its last name).
 */
@Component
public class RegistryQueries {

    /** The current date of organisation {@code o}, given {@code :today}. */
    public static final String CURRENT = "GREATEST(o.valid_from, LEAST(CAST(:today AS date), COALESCE(o.valid_to, CAST(:today AS date))))";

    private static final String VIEW = """
            SELECT o.id, o.code, o.official_code, o.kind, o.valid_from, o.valid_to, o.version, n.name, n.short_name, n.abbreviation,
                   p.parent_id, %1$s AS as_of,
                   (SELECT c.ancestor_id FROM organization_closure c JOIN organization a ON a.id = c.ancestor_id
                    WHERE c.descendant_id = o.id AND a.kind = 'PROVINCE' AND in_force(c.valid_from, c.valid_to, %1$s) LIMIT 1) AS province_id
            FROM organization o
            LEFT JOIN organization_name n ON n.organization_id = o.id AND in_force(n.valid_from, n.valid_to, %1$s)
            LEFT JOIN organization_parent p ON p.organization_id = o.id AND in_force(p.valid_from, p.valid_to, %1$s)
            """;

    static final String VIEW_CURRENT = VIEW.formatted(CURRENT);

    static final String VIEW_AS_OF = VIEW.formatted("CAST(:asOf AS date)");

    /** Each wanted (id, day) pair: as of that day if the organisation existed then, else on its current date. */
    private static final String VIEW_EACH = "SELECT w.day AS wanted_day, v.*"
            + " FROM unnest(CAST(:ids AS BIGINT[]), CAST(:days AS DATE[])) AS w (id, day) CROSS JOIN LATERAL ("
            + VIEW.formatted("(CASE WHEN in_force(o.valid_from, o.valid_to, w.day) THEN w.day ELSE " + CURRENT + " END)")
            + " WHERE o.id = w.id) v";

    /** The default order of a list: provinces by official code, then names in Vietnamese order. */
    static final String OFFICIAL_ORDER = "o.official_code NULLS LAST, " + VietnameseOrder.collate("n.name") + ", o.code";

    private final JdbcClient jdbc;
    private final Labels labels;

    RegistryQueries(JdbcClient jdbc, Labels labels) {
        this.jdbc = jdbc;
        this.labels = labels;
    }

    public Optional<OrganizationView> current(long id) {
        return jdbc.sql(VIEW_CURRENT + " WHERE o.id = :id").param("today", VietnamTime.today()).param("id", id)
                .query(RegistryQueries::view).optional();
    }

    public Optional<OrganizationView> currentByCode(String code) {
        return jdbc.sql(VIEW_CURRENT + " WHERE o.code = :code").param("today", VietnamTime.today()).param("code", code)
                .query(RegistryQueries::view).optional();
    }

    public List<OrganizationView> current(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(VIEW_CURRENT + " WHERE o.id = ANY (:ids)").param("today", VietnamTime.today())
                .param("ids", ids.toArray(Long[]::new)).query(RegistryQueries::view).list();
    }

    /** The organisation as of {@code asOf}, if it existed that day. */
    public Optional<OrganizationView> asOf(long id, LocalDate asOf) {
        return jdbc.sql(VIEW_AS_OF + " WHERE o.id = :id AND in_force(o.valid_from, o.valid_to, :asOf)")
                .param("asOf", asOf).param("id", id).query(RegistryQueries::view).optional();
    }

    /**
     * For each (id, day) pair, the organisation as of that day, or, if it did not exist then, as of its current date
     * (today, or its last day); unknown ids are absent. One query however many pairs.
     */
    public Map<OrganizationOnDate, OrganizationView> asOfEach(Collection<OrganizationOnDate> wanted) {
        List<OrganizationOnDate> pairs = wanted.stream().distinct().toList();
        Map<OrganizationOnDate, OrganizationView> found = new java.util.HashMap<>();
        if (pairs.isEmpty()) {
            return found;
        }
        jdbc.sql(VIEW_EACH)
                .param("ids", pairs.stream().map(OrganizationOnDate::organizationId).toArray(Long[]::new))
                .param("days", pairs.stream().map(p -> p.date().toString()).toArray(String[]::new))
                .param("today", VietnamTime.today())
                .query((rs, n) -> found.put(new OrganizationOnDate(rs.getLong("id"),
                        rs.getObject("wanted_day", LocalDate.class)), view(rs, n)))
                .list();
        return found;
    }

    /** The organisations of {@code ids} that existed on {@code asOf}, as of that day, in the order of {@code ids}. */
    public List<OrganizationView> asOf(List<Long> ids, LocalDate asOf) {
        if (ids.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, OrganizationView> found = new java.util.HashMap<>();
        jdbc.sql(VIEW_AS_OF + " WHERE o.id = ANY (:ids) AND in_force(o.valid_from, o.valid_to, :asOf)")
                .param("asOf", asOf).param("ids", ids.toArray(Long[]::new)).query(RegistryQueries::view).list()
                .forEach(v -> found.put(v.id(), v));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Every organisation in force today, central bodies first. */
    public List<OrganizationView> allInForce() {
        return jdbc.sql(VIEW_AS_OF + " WHERE in_force(o.valid_from, o.valid_to, :asOf)"
                + " ORDER BY o.kind, " + OFFICIAL_ORDER).param("asOf", VietnamTime.today()).query(RegistryQueries::view).list();
    }

    /**
     * The organisations in force on {@code asOf}, optionally of one kind and under one parent, that a reader with
     * {@code scope} may read.
     */
    public List<OrganizationView> list(LocalDate asOf, OrganizationKind kind, Long parentId, Scope scope) {
        StringBuilder sql = new StringBuilder(VIEW_AS_OF)
                .append(" WHERE in_force(o.valid_from, o.valid_to, :asOf)");
        if (kind != null) {
            sql.append(" AND o.kind = :kind");
        }
        if (parentId != null) {
            sql.append(" AND p.parent_id = :parent");
        }
        sql.append(" AND ").append(scope.readable("o.id")).append(" ORDER BY ").append(OFFICIAL_ORDER);
        var statement = jdbc.sql(sql.toString()).param("asOf", asOf).params(scope.parameters());
        if (kind != null) {
            statement = statement.param("kind", kind.name());
        }
        if (parentId != null) {
            statement = statement.param("parent", parentId);
        }
        return statement.query(RegistryQueries::view).list();
    }

    /**
     * The subtree below {@code rootId} as of {@code asOf} (without the root), shallowest first. The root and the date
     * are written into the SQL as typed literals (a long and an ISO date) so that PostgreSQL plans for the actual
     * values: a generic plan for parameters is several times slower here. A national reader needs only the closure
     * table (labels come from memory); others also need the scope condition.
     */
    List<TreeNode> descendants(long rootId, LocalDate asOf, Scope scope) {
        String where = " WHERE c.ancestor_id = " + rootId + " AND c.depth > 0"
                + " AND in_force(c.valid_from, c.valid_to, DATE '" + asOf + "')";
        Labels.Snapshot snapshot = labels.current();
        List<TreeNode> nodes;
        if (scope.national()) {
            nodes = jdbc.sql("SELECT c.descendant_id, c.parent_id, c.depth FROM organization_closure c" + where)
                    .query((rs, n) -> snapshot.node(rs.getLong(1), (Long) rs.getObject(2), rs.getInt(3), asOf))
                    .list();
        }
        else {
            nodes = jdbc.sql("SELECT c.descendant_id, c.parent_id, c.depth FROM organization_closure c"
                    + where + " AND " + scope.readable("c.descendant_id"))
                    .params(scope.parameters())
                    .query((rs, n) -> snapshot.node(rs.getLong(1), (Long) rs.getObject(2), rs.getInt(3), asOf))
                    .list();
        }
        List<TreeNode> sorted = new java.util.ArrayList<>(nodes);
        sorted.sort(java.util.Comparator.comparingInt(TreeNode::depth).thenComparingLong(TreeNode::id));
        return sorted;
    }

    /** Organisations in force on {@code asOf} whose code is the query or whose name then or before contains it. */
    List<Long> searchIds(String folded, LocalDate asOf, int limit) {
        return jdbc.sql("""
                SELECT o.id FROM organization o
                WHERE in_force(o.valid_from, o.valid_to, :asOf)
                  AND (lower(o.code) = :code OR EXISTS (SELECT 1 FROM organization_name n
                       WHERE n.organization_id = o.id AND n.valid_from <= :asOf AND n.name_folded LIKE :pattern))
                ORDER BY o.kind, o.code LIMIT :limit
                """).param("asOf", asOf).param("pattern", "%" + like(folded) + "%").param("code", folded)
                .param("limit", limit).query(Long.class).list();
    }

    /** Organisations that ended before {@code asOf} whose code is the query or that had a name containing it. */
    List<Long> searchFormerIds(String folded, LocalDate asOf, int limit) {
        return jdbc.sql("""
                SELECT DISTINCT o.id FROM organization o JOIN organization_name n ON n.organization_id = o.id
                WHERE o.valid_to < :asOf AND (lower(o.code) = :code OR n.name_folded LIKE :pattern)
                ORDER BY o.id LIMIT :limit
                """).param("asOf", asOf).param("pattern", "%" + like(folded) + "%").param("code", folded)
                .param("limit", limit).query(Long.class).list();
    }

    private static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static OrganizationView view(ResultSet rs, int row) throws SQLException {
        return new OrganizationView(rs.getLong("id"), rs.getString("code"), rs.getString("official_code"),
                OrganizationKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("short_name"),
                rs.getString("abbreviation"), (Long) rs.getObject("parent_id"), (Long) rs.getObject("province_id"),
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
                rs.getObject("as_of", LocalDate.class), rs.getLong("version"));
    }
}
