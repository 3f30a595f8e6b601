package vn.phoihop.account.user;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.organization.OrganizationSuccession;
import vn.phoihop.organization.OrganizationSummary;
import vn.phoihop.organization.Organizations;
import vn.phoihop.organization.Scope;
import vn.phoihop.organization.OrganizationsReorganized;
import vn.phoihop.organization.ReorganizationUndone;
import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;

/**
 * Accounts whose organisation a reorganisation ended, for administrators to move to a successor. The registry's
 * events feed it: {@link OrganizationsReorganized} records every account of an organisation that went elsewhere or
 * closed (with the successor as the proposal when there is exactly one), {@link ReorganizationUndone} takes the
 * records back. Both are idempotent (keyed by reorganisation and account), so a redelivery after a restart changes
 * nothing. An account stops counting as soon as it belongs to another organisation.
 */
@Service
public class AccountReassignments {

    private final JdbcClient jdbc;
    private final Organizations organizations;

    AccountReassignments(JdbcClient jdbc, Organizations organizations) {
        this.jdbc = jdbc;
        this.organizations = organizations;
    }

    @ApplicationModuleListener
    void on(OrganizationsReorganized event) {
        Map<Long, Set<Long>> successors = event.successions().stream().filter(OrganizationSuccession::predecessorEnded)
                .collect(Collectors.groupingBy(OrganizationSuccession::predecessorId, Collectors.mapping(
                        s -> s.successorId() == null ? -1L : s.successorId(), Collectors.toSet())));
        successors.forEach((former, to) -> {
            Long proposed = to.size() == 1 && !to.contains(-1L) ? to.iterator().next() : null;
            jdbc.sql("""
                    INSERT INTO account_reassignment (reorganization_id, user_id, former_organization_id,
                                                      proposed_organization_id, effective_date)
                    SELECT :reorganization, u.id, :former, :proposed, :effective FROM user_account u
                    WHERE u.organization_id = :former
                    ON CONFLICT (reorganization_id, user_id) DO NOTHING
                    """).param("reorganization", event.reorganizationId()).param("former", former)
                    .param("proposed", proposed).param("effective", event.effectiveDate()).update();
        });
    }

    @ApplicationModuleListener
    void on(ReorganizationUndone event) {
        jdbc.sql("DELETE FROM account_reassignment WHERE reorganization_id = :id")
                .param("id", event.reorganizationId()).update();
    }

    /**
     * The accounts still in an organisation that a reorganisation ended, within the acting administrator's scope
     * (judged by the account's organisation), earliest effective date first.
     */
    @Transactional(readOnly = true)
    public List<Reassignment> pending() {
        CurrentUser admin = CurrentUser.require().requireRole(Role.SYSTEM_ADMIN);
        Scope scope = organizations.scopeOf(admin.organizationId());
        List<Row> rows = jdbc.sql("""
                SELECT DISTINCT ON (u.id) u.id, u.username, u.full_name, r.former_organization_id,
                       r.proposed_organization_id, r.effective_date, r.reorganization_id
                FROM account_reassignment r JOIN user_account u ON u.id = r.user_id
                WHERE u.organization_id = r.former_organization_id
                  AND (:national OR r.former_organization_id = ANY (:scope))
                ORDER BY u.id, r.effective_date DESC
                """).param("national", scope.national())
                .param("scope", organizations.idsWithin(scope).toArray(Long[]::new))
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        (Long) rs.getObject(5), rs.getObject(6, LocalDate.class), rs.getLong(7)))
                .list();
        Map<Long, String> names = new HashMap<>();
        Function<Long, String> name = id -> id == null ? null : names.computeIfAbsent(id,
                k -> organizations.find(k).map(OrganizationSummary::name).orElse(null));
        return rows.stream().map(r -> new Reassignment(r.userId(), r.username(), r.fullName(), r.former(),
                name.apply(r.former()), r.proposed(), name.apply(r.proposed()), r.effectiveDate(), r.reorganizationId()))
                .sorted(Comparator.comparing(Reassignment::effectiveDate).thenComparing(Reassignment::username))
                .toList();
    }

    private record Row(long userId, String username, String fullName, long former, Long proposed,
            LocalDate effectiveDate, long reorganizationId) {
    }

    /** An account to move: from the organisation that ended, to the proposed successor when there is one. */
    public record Reassignment(long userId, String username, String fullName, long formerOrganizationId,
            String formerOrganizationName, Long proposedOrganizationId, String proposedOrganizationName,
            LocalDate effectiveDate, long reorganizationId) {
    }
}
