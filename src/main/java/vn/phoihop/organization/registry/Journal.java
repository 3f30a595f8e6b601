package vn.phoihop.organization.registry;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.phoihop.platform.UserFacingException;

/**
 * The undo journal of reorganisations. Before a reorganisation runs, the journal takes the image (as JSONB) of every
 * registry row of the organisations it touches; afterwards the same for those organisations and the new ones.
 * Undo puts the before images back exactly (versions included), deletes the rows that did not exist, and refuses
 * when anything in that neighbourhood changed since, so a later change is never silently lost.
 */
@Component
public class Journal {

    /** The journaled tables, parents first; each has a BIGINT id. */
    private static final List<String> TABLES = List.of("organization", "organization_name", "organization_parent",
            "leadership_link", "position");

    private static final List<String> REVERSED = List.of("position", "leadership_link", "organization_parent",
            "organization_name", "organization");

    private final JdbcClient jdbc;
    private final Map<String, List<String>> columns = new ConcurrentHashMap<>();

    Journal(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Images of every journaled row of these organisations, by "table:id". */
    public Map<String, String> snapshot(Collection<Long> organizationIds) {
        Map<String, String> images = new LinkedHashMap<>();
        Long[] ids = organizationIds.toArray(Long[]::new);
        for (String table : TABLES) {
            String where = switch (table) {
                case "organization" -> "t.id = ANY (:ids)";
                case "leadership_link" -> "t.organization_id = ANY (:ids) OR t.leader_id = ANY (:ids)";
                default -> "t.organization_id = ANY (:ids)";
            };
            jdbc.sql("SELECT t.id, CAST(to_jsonb(t) AS text) FROM \"" + table + "\" t WHERE " + where).param("ids", ids)
                    .query(rs -> {
                        images.put(table + ":" + rs.getLong(1), rs.getString(2));
                    });
        }
        return images;
    }

    /** Stores both images of every row of the neighbourhood. */
    public void record(long reorganizationId, Map<String, String> before, Map<String, String> after) {
        Set<String> keys = new HashSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            String[] parts = key.split(":");
            jdbc.sql("INSERT INTO reorganization_journal (reorganization_id, table_name, row_id, before_image,"
                    + " after_image) VALUES (:r, :t, :id, CAST(:before AS jsonb), CAST(:after AS jsonb))")
                    .param("r", reorganizationId).param("t", parts[0]).param("id", Long.parseLong(parts[1]))
                    .param("before", before.get(key)).param("after", after.get(key)).update();
        }
    }

    /**
     * Restores the state before the reorganisation; returns the organisations that remain (for the closure table)
     * and, separately, those it deletes. Refuses (409) when the neighbourhood changed since.
     */
    public Restored undo(long reorganizationId, Set<Long> referenced) {
        Map<String, String[]> entries = new LinkedHashMap<>();
        jdbc.sql("SELECT table_name, row_id, CAST(before_image AS text), CAST(after_image AS text)"
                + " FROM reorganization_journal WHERE reorganization_id = :r").param("r", reorganizationId)
                .query(rs -> {
                    entries.put(rs.getString(1) + ":" + rs.getLong(2), new String[] { rs.getString(3), rs.getString(4) });
                });
        Set<Long> organizations = new HashSet<>();
        Set<Long> created = new HashSet<>();
        Map<String, String> after = new HashMap<>();
        entries.forEach((key, images) -> {
            if (images[1] != null) {
                after.put(key, images[1]);
            }
            if (key.startsWith("organization:")) {
                long id = Long.parseLong(key.substring("organization:".length()));
                (images[0] == null ? created : organizations).add(id);
            }
        });
        Set<Long> all = new HashSet<>(organizations);
        all.addAll(created);
        Map<String, String> now = snapshot(all);
        if (!now.equals(after) || created.stream().anyMatch(referenced::contains)) {
            throw UserFacingException.conflict("reorganization.undo.changed");
        }
        for (String table : REVERSED) {
            entries.forEach((key, images) -> {
                if (key.startsWith(table + ":") && images[0] == null) {
                    jdbc.sql("DELETE FROM \"" + table + "\" WHERE id = :id").param("id", id(key)).update();
                }
            });
        }
        entries.forEach((key, images) -> {
            if (images[0] != null && !Objects.equals(images[0], images[1])) {
                restore(key.substring(0, key.indexOf(':')), images[0]);
            }
        });
        return new Restored(organizations, created);
    }

    /** The organisations the journal of a reorganisation creates. */
    public Set<Long> created(long reorganizationId) {
        return new HashSet<>(jdbc.sql("SELECT row_id FROM reorganization_journal WHERE reorganization_id = :r"
                + " AND table_name = 'organization' AND before_image IS NULL").param("r", reorganizationId)
                .query(Long.class).list());
    }

    private void restore(String table, String image) {
        StringBuilder set = new StringBuilder();
        for (String column : columns(table)) {
            if (!column.equals("id")) {
                set.append(set.isEmpty() ? "" : ", ").append('"').append(column).append("\" = r.\"").append(column)
                        .append('"');
            }
        }
        jdbc.sql("UPDATE \"" + table + "\" t SET " + set + " FROM jsonb_populate_record(NULL::\"" + table
                + "\", CAST(:image AS jsonb)) r WHERE t.id = r.id").param("image", image).update();
    }

    private List<String> columns(String table) {
        return columns.computeIfAbsent(table, t -> jdbc.sql("SELECT column_name FROM information_schema.columns"
                + " WHERE table_schema = current_schema() AND table_name = :t ORDER BY ordinal_position")
                .param("t", t).query(String.class).list());
    }

    private static long id(String key) {
        return Long.parseLong(key.substring(key.indexOf(':') + 1));
    }

    /** What undo left: the organisations that existed before, and those it deleted. */
    public record Restored(Set<Long> organizations, Set<Long> deleted) {
    }
}
