package vn.phoihop.organization.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.organization.registry.OrganizationCommands.AddLeadershipLink;
import vn.phoihop.organization.registry.OrganizationCommands.CreateOrganization;
import vn.phoihop.organization.registry.OrganizationCommands.EndLeadershipLink;
import vn.phoihop.organization.registry.OrganizationCommands.UpdateOrganization;
import vn.phoihop.organization.Scope;
import vn.phoihop.platform.VietnamTime;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.organization.scope.Access;
import vn.phoihop.organization.spi.Actor;
import vn.phoihop.organization.spi.OrganizationAuditLog;

/**
 * Creating and correcting organisations and their leadership links (SYSTEM_ADMIN; a provincial administrator only
 * below their own province's provincial-level organisations). Changes with an effective date and a legal basis
 * (renaming, moving, merging, ...) are {@link Reorganizations}. Every change checks access before validation,
 * keeps the closure table current and is audited in the same transaction as the change.
 */
@Service
@Transactional
public class OrganizationAdministration {

    private final Access access;
    private final Validation validation;
    private final OrganizationRepository organizations;
    private final LeadershipLinkRepository links;
    private final ClosureTable closure;
    private final RegistryQueries queries;
    private final OrganizationAuditLog audit;
    private final EntityManager entityManager;
    private final AdministrativeBoundaries boundaries;

    OrganizationAdministration(Access access, Validation validation, OrganizationRepository organizations,
            LeadershipLinkRepository links, ClosureTable closure, RegistryQueries queries, OrganizationAuditLog audit,
            EntityManager entityManager, AdministrativeBoundaries boundaries) {
        this.boundaries = boundaries;
        this.access = access;
        this.validation = validation;
        this.organizations = organizations;
        this.links = links;
        this.closure = closure;
        this.queries = queries;
        this.audit = audit;
        this.entityManager = entityManager;
    }

    /**
     * The access decision {@link #create} takes before it validates: an administrator (else 403) who may read the
     * parent (else 404). For a form that is shown again with its errors without being submitted here.
     */
    @Transactional(readOnly = true)
    public void requireCreator(long parentId) {
        access.requireReadable(access.scope(access.requireAdministrator()), parentId);
    }

    /**
     * The access decision {@link #update} and the leadership changes take before they validate: the organisation
     * may be changed by the acting user (else 403, or 404 when they may not read it).
     */
    @Transactional(readOnly = true)
    public void requireEditor(long id) {
        Actor actor = access.actor();
        Organization org = organizations.findById(id).orElseThrow(Access::notFound);
        access.requireWritable(actor, access.scope(actor), id, org.kind());
    }

    /**
     * Creates an organisation under an existing parent in force on its first day. Under a parent that has ended (a
     * pre-2025 police force, say) the new organisation ends with it, so history can be filled in afterwards.
     */
    public OrganizationView create(CreateOrganization command) {
        Actor actor = access.requireAdministrator();
        if (command != null && command.parentId() != null) {
            access.requireReadable(access.scope(actor), command.parentId());
        }
        CreateOrganization c = validation.check(command).normalized();
        Scope scope = access.scope(actor);
        access.requireWritable(actor, scope, c.parentId(), c.kind());
        requireCodeFree(scope, c.code());
        Organization created = createChecked(c);
        audit.record("ORGANIZATION_CREATED", "organization", created.code(),
                "kind=" + c.kind() + " parent=" + c.parentId() + " validFrom=" + c.validFrom() + " name=" + c.name(),
                List.of(created.id(), c.parentId()));
        return queries.current(created.id()).orElseThrow();
    }

    /**
     * Creates after the access check: the one creation path, shared by the form ({@link #create}), the unit import
     * (which checks a whole file first) and the demo units.
     */
    public Organization createChecked(CreateOrganization c) {
        Organization parent = organizations.findById(c.parentId()).orElseThrow(Access::notFound);
        if (!parent.validOn(c.validFrom())) {
            throw UserFacingException.invalid("organization.parent.notValid", parent.code(), c.validFrom());
        }
        if (organizations.existsByCode(c.code())) {
            throw UserFacingException.invalid("organization.code.taken", c.code());
        }
        Organization created = new Organization(c.code(), c.kind(), c.name(), c.shortName(), c.abbreviation(),
                c.parentId(), c.validFrom());
        if (parent.validTo() != null) {
            created.close(parent.validTo());
        }
        created = organizations.save(created);
        entityManager.flush();
        closure.rebuild(List.of(created.id()));
        return created;
    }

    /**
     * Refuses a code that is in use. Only a code of an organisation the administrator may see is called "taken"; a
     * code of one they may not see gets the neutral "cannot be used", so the form reveals nothing of another province.
     */
    private void requireCodeFree(Scope scope, String code) {
        Optional<Organization> holder = organizations.findByCode(code);
        if (holder.isPresent()) {
            throw UserFacingException.invalid(access.readable(scope, holder.get().id()) ? "organization.code.taken"
                    : "organization.code.unusable", code);
        }
    }

    /** Corrects the code and the current name of an organisation, if nobody changed it since {@code version}. */
    public OrganizationView update(long id, UpdateOrganization command) {
        Actor actor = access.actor();
        Organization org = organizations.findById(id).orElseThrow(Access::notFound);
        access.requireWritable(actor, access.scope(actor), id, org.kind());
        UpdateOrganization c = validation.check(command).normalized();
        if (org.version() != c.version()) {
            throw UserFacingException.conflict("error.concurrentEdit");
        }
        if (!org.code().equals(c.code())) {
            requireCodeFree(access.scope(actor), c.code());
        }
        org.correct(c.code(), c.name(), c.shortName(), c.abbreviation(), VietnamTime.today());
        entityManager.lock(org, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        organizations.saveAndFlush(org);
        audit.record("ORGANIZATION_CORRECTED", "organization", org.code(), "name=" + c.name() + " shortName="
                + c.shortName() + " abbreviation=" + c.abbreviation(), List.of(id));
        return queries.current(id).orElseThrow();
    }

    /**
     * Records that {@code leaderId} leads the organisation along one line, within both organisations' lifetimes
     * and along that line's rule ({@link AdministrativeBoundaries#requireLeadershipLine}): a territorial link only
     * from the Party committee of the same province, so no administrator makes another province's Party committee
     * lead a unit of theirs.
     */
    public LeadershipLinkView addLeadershipLink(long id, AddLeadershipLink command) {
        Actor actor = access.actor();
        Organization org = organizations.findById(id).orElseThrow(Access::notFound);
        Scope scope = access.scope(actor);
        access.requireWritable(actor, scope, id, org.kind());
        AddLeadershipLink c = validation.check(command);
        access.requireReadable(scope, c.leaderId());
        Organization leader = organizations.findById(c.leaderId()).orElseThrow(Access::notFound);
        if (c.leaderId() == id || (c.validTo() != null && c.validTo().isBefore(c.validFrom()))
                || !covers(org, c.validFrom(), c.validTo()) || !covers(leader, c.validFrom(), c.validTo())) {
            throw UserFacingException.invalid("leadership.period.invalid");
        }
        boundaries.requireLeadershipLine(org, leader, c.kind(), c.validFrom());
        boolean overlaps = links.findByOrganizationId(id).stream().anyMatch(l -> l.leaderId() == c.leaderId()
                && l.kind() == c.kind() && overlap(l.validFrom(), l.validTo(), c.validFrom(), c.validTo()));
        if (overlaps) {
            throw UserFacingException.invalid("leadership.overlap");
        }
        LeadershipLink link = links.saveAndFlush(new LeadershipLink(id, c.leaderId(), c.kind(), c.validFrom(),
                c.validTo()));
        audit.record("LEADERSHIP_LINK_ADDED", "organization", org.code(), "leader=" + leader.code() + " kind="
                + c.kind() + " from=" + c.validFrom() + " to=" + c.validTo(), List.of(id, c.leaderId()));
        return view(link);
    }

    /** Ends a leadership link of the organisation on {@code validTo}, its last day. */
    public LeadershipLinkView endLeadershipLink(long id, EndLeadershipLink command) {
        Actor actor = access.actor();
        Organization org = organizations.findById(id).orElseThrow(Access::notFound);
        access.requireWritable(actor, access.scope(actor), id, org.kind());
        EndLeadershipLink c = validation.check(command);
        LeadershipLink link = links.findById(c.linkId()).filter(l -> l.organizationId() == id)
                .orElseThrow(() -> UserFacingException.notFound("leadership.notFound"));
        if (c.validTo().isBefore(link.validFrom()) || (link.validTo() != null && c.validTo().isAfter(link.validTo()))) {
            throw UserFacingException.invalid("leadership.period.invalid");
        }
        link.end(c.validTo());
        links.saveAndFlush(link);
        audit.record("LEADERSHIP_LINK_ENDED", "organization", org.code(), "link=" + link.id() + " to=" + c.validTo(),
                List.of(id, link.leaderId()));
        return view(link);
    }

    private LeadershipLinkView view(LeadershipLink link) {
        String led = queries.current(link.organizationId()).map(OrganizationView::name).orElse(null);
        String leader = queries.current(link.leaderId()).map(OrganizationView::name).orElse(null);
        return new LeadershipLinkView(link.id(), link.organizationId(), led, link.leaderId(), leader, link.kind(),
                link.validFrom(), link.validTo());
    }

    private static boolean covers(Organization org, LocalDate from, LocalDate to) {
        return Periods.within(org.validFrom(), org.validTo(), from, to);
    }

    static boolean overlap(LocalDate aFrom, LocalDate aTo, LocalDate bFrom, LocalDate bTo) {
        return Periods.overlap(aFrom, aTo, bFrom, bTo);
    }
}
