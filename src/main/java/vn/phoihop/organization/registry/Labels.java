package vn.phoihop.organization.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.phoihop.organization.OrganizationKind;

/**
 * An in-memory copy of every organisation's code, kind and name periods, for the hot path (the descendants of a
 * node, possibly thousands). It is checked against {@code registry_revision}, which a trigger bumps on every change
 * of organisations or names in any transaction, so every instance reloads after any change and a reader inside a
 * writing transaction sees that transaction's changes.
 */
@Component
class Labels {

    private final JdbcClient jdbc;
    private volatile Snapshot snapshot = new Snapshot(-1, Map.of());

    Labels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The labels as of the current revision. */
    Snapshot current() {
        long revision = jdbc.sql("SELECT revision FROM registry_revision WHERE id = 1").query(Long.class).single();
        Snapshot known = snapshot;
        if (known.revision() == revision) {
            return known;
        }
        Map<Long, Label> labels = new HashMap<>();
        jdbc.sql("SELECT id, code, kind FROM organization").query(rs -> {
            labels.put(rs.getLong(1), new Label(rs.getString(2), OrganizationKind.valueOf(rs.getString(3)),
                    new ArrayList<>()));
        });
        jdbc.sql("SELECT organization_id, name, short_name, valid_from, valid_to FROM organization_name"
                + " ORDER BY organization_id, valid_from").query(rs -> {
                    Label label = labels.get(rs.getLong(1));
                    if (label != null) {
                        label.names().add(new Name(rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                                rs.getObject(5, LocalDate.class)));
                    }
                });
        Snapshot loaded = new Snapshot(revision, labels);
        snapshot = loaded;
        return loaded;
    }

    record Snapshot(long revision, Map<Long, Label> labels) {

        TreeNode node(long id, Long parentId, int depth, LocalDate asOf) {
            Label label = labels.get(id);
            Name name = label.on(asOf);
            return new TreeNode(id, parentId, depth, label.code(), label.kind(), name == null ? null : name.name(),
                    name == null ? null : name.shortName());
        }
    }

    record Label(String code, OrganizationKind kind, List<Name> names) {

        Name on(LocalDate date) {
            for (Name name : names) {
                if (Periods.covers(name.validFrom(), name.validTo(), date)) {
                    return name;
                }
            }
            return null;
        }
    }

    record Name(String name, String shortName, LocalDate validFrom, LocalDate validTo) {
    }
}
