package vn.phoihop.organization.reorganization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.organization.registry.OrganizationCommands.AddLeadershipLink;
import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.organization.ReorganizationKind;
import vn.phoihop.organization.registry.Journal;
import vn.phoihop.organization.registry.LeadershipKind;
import vn.phoihop.organization.registry.OrganizationAdministration;
import vn.phoihop.organization.registry.OrganizationDirectory;
import vn.phoihop.organization.registry.OrganizationView;
import vn.phoihop.organization.scope.Access;

/**
 * The territorial leadership links a merge of provinces calls for: the successor's Party committee leads every
 * police force and police party committee that the successor holds after the merge (V6 models the 34 provinces
 * so: Tỉnh ủy → Công an tỉnh, Tỉnh ủy → Đảng ủy Công an tỉnh). The successor's Party committee is the one under the
 * absorbing province, or, for a new province, that of the first predecessor (the one the wizard started from);
 * links already in force on the effective date are not proposed. The administrator confirms the proposals on the
 * preview; {@link #apply} creates the confirmed ones through {@link OrganizationAdministration#addLeadershipLink}
 * (its checks and audit) in the reorganisation's own transaction, and adds them to its undo journal, so that undoing
 * the reorganisation removes them again (and, like any undo, refuses once those organisations changed since).
 */
@Service
@Transactional
public class ReorganizationLeadership {

    private final Access access;
    private final OrganizationDirectory directory;
    private final Reorganizations reorganizations;
    private final OrganizationAdministration administration;
    private final Journal journal;
    private final JdbcClient jdbc;

    ReorganizationLeadership(Access access, OrganizationDirectory directory, Reorganizations reorganizations,
            OrganizationAdministration administration, Journal journal, JdbcClient jdbc) {
        this.access = access;
        this.directory = directory;
        this.reorganizations = reorganizations;
        this.administration = administration;
        this.journal = journal;
        this.jdbc = jdbc;
    }

    /**
     * The links to propose for {@code command}: none unless it merges provinces that are in force on the eve of
     * its effective date. Administrators only; changes nothing.
     */
    @Transactional(readOnly = true)
    public List<ProposedLink> proposals(ReorganizationCommand command) {
        access.requireAdministrator();
        if (command == null || command.kind() != ReorganizationKind.MERGE || command.effectiveDate() == null) {
            return List.of();
        }
        ReorganizationCommand c = command.normalized();
        LocalDate eve = c.effectiveDate().minusDays(1);
        List<Long> provinceIds = new ArrayList<>();
        if (c.targetId() != null) {
            provinceIds.add(c.targetId());
        }
        c.organizationIds().stream().filter(id -> !provinceIds.contains(id)).forEach(provinceIds::add);
        Set<Long> provinces = new HashSet<>(directory.list(eve, OrganizationKind.PROVINCE, null).stream()
                .map(OrganizationView::id).toList());
        if (provinceIds.isEmpty() || !provinces.containsAll(provinceIds)) {
            return List.of();
        }
        OrganizationView leader = provinceIds.stream()
                .flatMap(p -> directory.list(eve, OrganizationKind.PROVINCIAL_PARTY_COMMITTEE, p).stream())
                .findFirst().orElse(null);
        if (leader == null) {
            return List.of();
        }
        List<ProposedLink> proposals = new ArrayList<>();
        for (long province : provinceIds) {
            for (OrganizationView police : directory.list(eve, OrganizationKind.PROVINCIAL_POLICE, province)) {
                List<OrganizationView> led = new ArrayList<>(List.of(police));
                led.addAll(directory.list(eve, OrganizationKind.POLICE_PARTY_COMMITTEE, police.id()));
                for (OrganizationView organization : led) {
                    boolean linked = directory.leadership(organization.id(), c.effectiveDate()).stream()
                            .anyMatch(l -> l.organizationId() == organization.id() && l.leaderId() == leader.id()
                                    && l.kind() == LeadershipKind.TERRITORIAL);
                    if (!linked) {
                        proposals.add(new ProposedLink(leader.id(), leader.name(), organization.id(),
                                organization.name()));
                    }
                }
            }
        }
        return proposals;
    }

    /**
     * Applies the reorganisation and, in the same transaction, the proposed links whose {@link ProposedLink#key()}
     * is among {@code confirmed} (anything else posted is ignored), from the effective date on.
     */
    public ReorganizationView apply(ReorganizationCommand command, Collection<String> confirmed) {
        List<ProposedLink> links = confirmed == null || confirmed.isEmpty() ? List.of()
                : proposals(command).stream().filter(p -> confirmed.contains(p.key())).toList();
        ReorganizationView applied = reorganizations.apply(command);
        if (links.isEmpty()) {
            return applied;
        }
        Set<Long> ends = new HashSet<>();
        links.forEach(l -> {
            ends.add(l.leaderId());
            ends.add(l.organizationId());
        });
        Map<String, String> before = journal.snapshot(ends);
        for (ProposedLink link : links) {
            administration.addLeadershipLink(link.organizationId(), new AddLeadershipLink(link.leaderId(),
                    LeadershipKind.TERRITORIAL, applied.effectiveDate(), null));
        }
        Map<String, String> after = journal.snapshot(ends);
        Set<String> journaled = new HashSet<>(jdbc.sql("SELECT table_name || ':' || row_id FROM reorganization_journal"
                + " WHERE reorganization_id = :r").param("r", applied.id()).query(String.class).list());
        before.keySet().removeAll(journaled);
        after.keySet().removeAll(journaled);
        journal.record(applied.id(), before, after);
        return applied;
    }

    /** A territorial link to confirm: {@code leader} leads {@code organization}. */
    public record ProposedLink(long leaderId, String leaderName, long organizationId, String organizationName) {

        /** How the preview's checkbox names it. */
        public String key() {
            return leaderId + ":" + organizationId;
        }
    }
}
