package vn.phoihop.organization.registry;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.phoihop.organization.Scope;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.organization.OrganizationKind;

/**
 * Keeps a provincial administrator's registry writes inside their province <em>at the time of the change</em>,
 * not only where the organisations are today: a reorganisation that moved a unit out of Hà Nội into Bắc Ninh
 * touched Hà Nội, so a Bắc Ninh administrator may not undo it, although the unit is in Bắc Ninh now. Also the rule
 * for leadership links: which organisation may lead which along each line. Refusals are 403 with a message.
 */
@Component
public class AdministrativeBoundaries {

    private static final String PROVINCE_ON = """
            SELECT c.ancestor_id FROM organization_closure c
            JOIN organization a ON a.id = c.ancestor_id AND a.kind = 'PROVINCE'
            WHERE c.descendant_id = :id AND in_force(c.valid_from, c.valid_to, :day)
            LIMIT 1
            """;

    private final JdbcClient jdbc;

    AdministrativeBoundaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The province that contained the organisation on {@code day}, if it existed then and lay in one. */
    Optional<Long> provinceOn(long organizationId, LocalDate day) {
        return jdbc.sql(PROVINCE_ON).param("id", organizationId).param("day", day).query(Long.class).optional();
    }

    /**
     * Refuses (403 {@code messageKey}) unless, on each of {@code days}, every organisation of {@code changed}
     * that existed then lay in the administrator's province (lineage), and every one of {@code related} (the other
     * ends of leadership links, say) lay there or in no province (a central body). National administrators pass.
     */
    public void requireWithinProvince(Scope scope, Collection<Long> changed, Collection<Long> related,
            List<LocalDate> days, String messageKey) {
        if (scope.national()) {
            return;
        }
        Set<Long> all = new HashSet<>(changed);
        all.addAll(related);
        boolean[] outside = { false };
        jdbc.sql("""
                SELECT o.id, in_force(o.valid_from, o.valid_to, d.day),
                       (SELECT c.ancestor_id FROM organization_closure c
                        JOIN organization a ON a.id = c.ancestor_id AND a.kind = 'PROVINCE'
                        WHERE c.descendant_id = o.id AND in_force(c.valid_from, c.valid_to, d.day) LIMIT 1)
                FROM organization o CROSS JOIN unnest(CAST(:days AS DATE[])) AS d (day)
                WHERE o.id = ANY (CAST(:ids AS BIGINT[]))
                """).param("days", days.stream().map(LocalDate::toString).toArray(String[]::new))
                .param("ids", all.toArray(Long[]::new)).query(rs -> {
                    long id = rs.getLong(1);
                    boolean existed = rs.getBoolean(2);
                    Long province = rs.getObject(3, Long.class);
                    boolean inLineage = province != null && scope.lineage().contains(province);
                    if (changed.contains(id) && existed && !inLineage) {
                        outside[0] = true;
                    }
                    if (related.contains(id) && province != null && !inLineage) {
                        outside[0] = true;
                    }
                });
        if (outside[0]) {
            throw new UserFacingException(403, messageKey);
        }
    }

    /**
     * The organisations a reorganisation's journal names, with {@code true} for those whose own rows (the
     * organisation, its names, its parent periods) it changed, including former and new parents, and
     * {@code false} for those it only relates to (leaders of links, organisations of positions).
     */
    public Map<Long, Boolean> journaled(long reorganizationId) {
        Map<Long, Boolean> ids = new HashMap<>();
        jdbc.sql("""
                SELECT x.id, bool_or(x.changed) FROM reorganization_journal j
                CROSS JOIN LATERAL (VALUES
                    (CASE WHEN j.table_name = 'organization' THEN j.row_id END,
                     j.before_image IS DISTINCT FROM j.after_image),
                    (CAST(j.before_image ->> 'organization_id' AS BIGINT),
                     j.table_name IN ('organization_name', 'organization_parent')
                     AND j.before_image IS DISTINCT FROM j.after_image),
                    (CAST(j.after_image ->> 'organization_id' AS BIGINT),
                     j.table_name IN ('organization_name', 'organization_parent')
                     AND j.before_image IS DISTINCT FROM j.after_image),
                    (CAST(j.before_image ->> 'parent_id' AS BIGINT), j.before_image IS DISTINCT FROM j.after_image),
                    (CAST(j.after_image ->> 'parent_id' AS BIGINT), j.before_image IS DISTINCT FROM j.after_image),
                    (CAST(j.before_image ->> 'leader_id' AS BIGINT), FALSE),
                    (CAST(j.after_image ->> 'leader_id' AS BIGINT), FALSE)
                ) AS x (id, changed)
                WHERE j.reorganization_id = :r AND x.id IS NOT NULL
                GROUP BY x.id
                """).param("r", reorganizationId).query(rs -> {
                    ids.put(rs.getLong(1), rs.getBoolean(2));
                });
        return ids;
    }

    /**
     * Whether {@code leader} may lead {@code led} along {@code kind} from {@code day}: TERRITORIAL only from the
     * Party committee of the province that contains the led organisation; SECTORAL only from the police line above
     * (the Ministry, the Central Public Security Party Committee, or a police organisation of the same province).
     * Refuses with 403 and a message otherwise.
     */
    void requireLeadershipLine(Organization led, Organization leader, LeadershipKind kind, LocalDate day) {
        Optional<Long> ledProvince = provinceOn(led.id(), day);
        Optional<Long> leaderProvince = provinceOn(leader.id(), day);
        boolean sameProvince = ledProvince.isPresent() && ledProvince.equals(leaderProvince);
        boolean fits = switch (kind) {
            case TERRITORIAL -> leader.kind() == OrganizationKind.PROVINCIAL_PARTY_COMMITTEE && sameProvince;
            case SECTORAL -> switch (leader.kind()) {
                case MINISTRY, CENTRAL_POLICE_PARTY_COMMITTEE -> true;
                case PROVINCIAL_POLICE, POLICE_PARTY_COMMITTEE, POLICE_UNIT -> sameProvince;
                default -> false;
            };
        };
        if (!fits) {
            throw new UserFacingException(403, "leadership." + kind.name().toLowerCase() + ".line");
        }
    }
}
