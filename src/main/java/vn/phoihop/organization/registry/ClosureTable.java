package vn.phoihop.organization.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The closure table {@code organization_closure}: every (ancestor, descendant) path with the period in which it
 * exists, so that "the descendants of X as of D" is one index range scan. It is derived from the lifetimes and the
 * parent periods; whoever changes those rebuilds the rows of the organisations concerned, in the same
 * transaction, through {@link #rebuildSubtrees}. A path's period is the intersection of the descendant's lifetime
 * and the parent periods along the path; PostgreSQL's GREATEST and LEAST ignore NULL, which is exactly what an
 * open end needs.
 */
@Component
public class ClosureTable {

    /** Rebuilds the rows of the descendants in the array parameter 1. */
    static final String REBUILD = """
            INSERT INTO organization_closure (ancestor_id, descendant_id, depth, parent_id, valid_from, valid_to)
            WITH RECURSIVE up (ancestor_id, descendant_id, depth, parent_id, valid_from, valid_to) AS (
                SELECT o.id, o.id, 0, CAST(NULL AS BIGINT), o.valid_from, o.valid_to
                FROM organization o WHERE o.id = ANY (?)
                UNION ALL
                SELECT p.parent_id, up.descendant_id, up.depth + 1,
                       CASE WHEN up.depth = 0 THEN p.parent_id ELSE up.parent_id END,
                       GREATEST(up.valid_from, p.valid_from), LEAST(up.valid_to, p.valid_to)
                FROM up JOIN organization_parent p ON p.organization_id = up.ancestor_id
                WHERE p.valid_from <= COALESCE(up.valid_to, DATE 'infinity')
                  AND COALESCE(p.valid_to, DATE 'infinity') >= up.valid_from
                  AND up.depth < 64
            )
            SELECT ancestor_id, descendant_id, depth, parent_id, valid_from, valid_to FROM up
            """;

    static final String DELETE = "DELETE FROM organization_closure WHERE descendant_id = ANY (?)";

    private final JdbcClient jdbc;

    ClosureTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Rebuilds the rows of {@code roots} and of everything that was ever below them. */
    public void rebuildSubtrees(Collection<Long> roots) {
        if (roots.isEmpty()) {
            return;
        }
        Set<Long> ids = new HashSet<>(roots);
        ids.addAll(jdbc.sql("SELECT DISTINCT descendant_id FROM organization_closure WHERE ancestor_id = ANY (?)")
                .param(roots.toArray(Long[]::new)).query(Long.class).list());
        rebuild(ids);
    }

    /** Rebuilds the rows of exactly these descendants (their ancestors' rows must be right already or rebuilt too). */
    public void rebuild(Collection<Long> ids) {
        Long[] array = ids.toArray(Long[]::new);
        jdbc.sql(DELETE).param(array).update();
        jdbc.sql(REBUILD).param(array).update();
    }

    /** Removes the rows of organisations that no longer exist. */
    public void forget(Collection<Long> ids) {
        jdbc.sql("DELETE FROM organization_closure WHERE descendant_id = ANY (?) OR ancestor_id = ANY (?)")
                .param(ids.toArray(Long[]::new)).param(ids.toArray(Long[]::new)).update();
    }

    /** Rebuilds the whole table on a plain connection (for migrations). */
    public static void rebuildAll(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("DELETE FROM organization_closure");
        }
        List<Long> ids = new java.util.ArrayList<>();
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT id FROM organization")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(REBUILD)) {
            insert.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
            insert.executeUpdate();
        }
    }

    /** Whether {@code candidate} is {@code root} or below it at any time in [from, to]. */
    public boolean inSubtreeDuring(long root, long candidate, java.time.LocalDate from, java.time.LocalDate to) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM organization_closure WHERE ancestor_id = :root AND descendant_id = :c
                  AND valid_from <= COALESCE(CAST(:to AS date), DATE 'infinity')
                  AND COALESCE(valid_to, DATE 'infinity') >= :from)
                """).param("root", root).param("c", candidate).param("from", from).param("to", to)
                .query(Boolean.class).single();
    }
}
