package vn.phoihop.organization.reorganization;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.organization.reorganization.ReorganizationPlan.AddLink;
import vn.phoihop.organization.reorganization.ReorganizationPlan.Close;
import vn.phoihop.organization.reorganization.ReorganizationPlan.Create;
import vn.phoihop.organization.reorganization.ReorganizationPlan.EndLink;
import vn.phoihop.organization.reorganization.ReorganizationPlan.EndPosition;
import vn.phoihop.organization.reorganization.ReorganizationPlan.Move;
import vn.phoihop.organization.reorganization.ReorganizationPlan.Ref;
import vn.phoihop.organization.reorganization.ReorganizationPlan.Rename;
import vn.phoihop.organization.registry.OrganizationHistory.Transition;
import vn.phoihop.organization.Scope;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.organization.people.PositionRepository;
import vn.phoihop.organization.registry.AdministrativeBoundaries;
import vn.phoihop.organization.registry.ClosureTable;
import vn.phoihop.organization.registry.Journal;
import vn.phoihop.organization.registry.LeadershipLink;
import vn.phoihop.organization.registry.LeadershipLinkRepository;
import vn.phoihop.organization.registry.Organization;
import vn.phoihop.organization.registry.OrganizationRepository;
import vn.phoihop.organization.registry.Validation;
import vn.phoihop.organization.scope.Access;
import vn.phoihop.organization.spi.Actor;
import vn.phoihop.organization.spi.OrganizationAuditLog;
import vn.phoihop.organization.spi.OrganizationReferences;

/**
 * Reorganisations as audited operations: merge, split, rename, move, close, each with an effective date and a legal
 * basis. {@link #preview} shows what would change and what it affects; {@link #apply} makes the change (status
 * APPLIED); until {@link #confirm} an administrator may {@link #undo} it, which restores the previous state
 * exactly. Only SYSTEM_ADMIN, and only on organisations their scope lets them change; a reorganisation whose
 * organisations the administrator may not change is "not found". A provincial administrator also may not preview,
 * apply, confirm or undo one that touches another province <em>on its effective date or the eve of it</em>
 * ({@link AdministrativeBoundaries}): undoing a move of a unit out of Hà Nội into Bắc Ninh would write into Hà
 * Nội, so a Bắc Ninh administrator gets 403 with the reason, although the unit is in Bắc Ninh today.
 */
@Service
@Transactional
public class Reorganizations {

    private final Access access;
    private final Validation validation;
    private final ReorganizationPlanner planner;
    private final ReorganizationRepository reorganizations;
    private final OrganizationRepository organizations;
    private final LeadershipLinkRepository links;
    private final PositionRepository positions;
    private final Journal journal;
    private final ClosureTable closure;
    private final OrganizationAuditLog audit;
    private final List<OrganizationReferences> references;
    private final EntityManager entityManager;
    private final AdministrativeBoundaries boundaries;

    Reorganizations(Access access, Validation validation, ReorganizationPlanner planner,
            ReorganizationRepository reorganizations, OrganizationRepository organizations,
            LeadershipLinkRepository links, PositionRepository positions, Journal journal, ClosureTable closure,
            OrganizationAuditLog audit, List<OrganizationReferences> references, EntityManager entityManager,
            AdministrativeBoundaries boundaries) {
        this.boundaries = boundaries;
        this.access = access;
        this.validation = validation;
        this.planner = planner;
        this.reorganizations = reorganizations;
        this.organizations = organizations;
        this.links = links;
        this.positions = positions;
        this.journal = journal;
        this.closure = closure;
        this.audit = audit;
        this.references = references;
        this.entityManager = entityManager;
    }

    /** What the reorganisation would change and affect; changes nothing. */
    @Transactional(readOnly = true)
    public ReorganizationPreview preview(ReorganizationCommand command) {
        Actor actor = access.requireAdministrator();
        ReorganizationCommand c = validation.check(command).normalized();
        ReorganizationPlan plan = planner.plan(actor, access.scope(actor), c);
        requireWithinProvince(actor, c, plan);
        List<Transition> transitions = plan.transitions.stream().map(t -> new Transition(t.predecessorId(),
                t.predecessorName(), t.successor() == null ? null : t.successor().id(), t.successorName(), false,
                false)).toList();
        return new ReorganizationPreview(c.kind(), c.effectiveDate(), c.legalBasis(), List.copyOf(plan.changes),
                transitions, List.copyOf(plan.affected));
    }

    /** Applies the reorganisation; it stays undoable until confirmed. */
    public ReorganizationView apply(ReorganizationCommand command) {
        Actor actor = access.requireAdministrator();
        ReorganizationCommand c = validation.check(command).normalized();
        ReorganizationPlan plan = planner.plan(actor, access.scope(actor), c);
        requireWithinProvince(actor, c, plan);
        Map<String, String> before = journal.snapshot(plan.touched);
        List<Long> created = execute(plan);
        entityManager.flush();
        Set<Long> neighbourhood = new HashSet<>(plan.touched);
        neighbourhood.addAll(created);
        closure.rebuildSubtrees(neighbourhood);
        Reorganization saved = reorganizations.saveAndFlush(new Reorganization(c.kind(), c.effectiveDate(),
                c.legalBasis(), c.note(), actor.username(), plan.transitions.stream()
                        .map(t -> new Reorganization.Transition(t.predecessorId(),
                                t.successor() == null ? null : resolve(t.successor(), created)))
                        .toList()));
        journal.record(saved.id(), before, journal.snapshot(neighbourhood));
        Set<Long> about = new HashSet<>(neighbourhood);
        about.addAll(boundaries.journaled(saved.id()).keySet());
        audit.record("ORGANIZATION_REORGANIZED", "reorganization", saved.id(), c.kind() + " effective="
                + c.effectiveDate() + " basis=" + c.legalBasis() + " " + describe(plan, created), about);
        return saved.view();
    }

    /** Makes an applied reorganisation final; it can no longer be undone. */
    public ReorganizationView confirm(long id) {
        Actor actor = access.requireAdministrator();
        Reorganization r = visible(actor, id);
        Set<Long> about = requireWithinProvince(actor, r, "reorganization.confirm.outOfScope");
        r.confirm(actor.username());
        reorganizations.saveAndFlush(r);
        audit.record("REORGANIZATION_CONFIRMED", "reorganization", id, null, about);
        return r.view();
    }

    /** Restores the state before an applied, unconfirmed reorganisation; 409 if anything changed since. */
    public ReorganizationView undo(long id) {
        Actor actor = access.requireAdministrator();
        Reorganization r = visible(actor, id);
        Set<Long> about = requireWithinProvince(actor, r, "reorganization.undo.outOfScope");
        Set<Long> created = journal.created(id);
        r.undo(actor.username(), created);
        reorganizations.save(r);
        entityManager.flush();
        entityManager.clear();
        Set<Long> referenced = new HashSet<>();
        references.forEach(ref -> ref.referencing(created).forEach(a -> referenced.add(a.organizationId())));
        closure.forget(created);
        Journal.Restored restored = journal.undo(id, referenced);
        closure.rebuildSubtrees(restored.organizations());
        audit.record("REORGANIZATION_UNDONE", "reorganization", id, "deleted=" + restored.deleted(), about);
        return reorganizations.findById(id).orElseThrow().view();
    }

    /** One reorganisation, if the administrator may change every organisation in it. */
    @Transactional(readOnly = true)
    public ReorganizationView get(long id) {
        return visible(access.requireAdministrator(), id).view();
    }

    /** Applied reorganisations still awaiting confirmation that the administrator may decide on, newest first. */
    @Transactional(readOnly = true)
    public List<ReorganizationView> pending() {
        Actor actor = access.requireAdministrator();
        Scope scope = access.scope(actor);
        return reorganizations.findByStatusOrderByIdDesc(ReorganizationStatus.APPLIED).stream()
                .filter(r -> decidable(actor, scope, r)).map(Reorganization::view).toList();
    }

    /** 403 when a planned reorganisation reaches into another province on its eve or effective date. */
    private void requireWithinProvince(Actor actor, ReorganizationCommand c, ReorganizationPlan plan) {
        Set<Long> subjects = new HashSet<>(c.organizationIds());
        if (c.targetId() != null) {
            subjects.add(c.targetId());
        }
        boundaries.requireWithinProvince(access.scope(actor), subjects, plan.touched,
                List.of(plan.lastDay(), plan.date()), "reorganization.outOfScope");
    }

    /**
     * 403 when an applied reorganisation changed an organisation (or a parent period) that lay outside the
     * administrator's province on its eve or effective date, or related one to another province's organisation;
     * returns the organisations its journal names.
     */
    private Set<Long> requireWithinProvince(Actor actor, Reorganization r, String messageKey) {
        Map<Long, Boolean> journaled = boundaries.journaled(r.id());
        Set<Long> changed = journaled.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        LocalDate date = r.view().effectiveDate();
        boundaries.requireWithinProvince(access.scope(actor), changed, journaled.keySet(),
                List.of(date.minusDays(1), date), messageKey);
        return journaled.keySet();
    }

    private Reorganization visible(Actor actor, long id) {
        Scope scope = access.scope(actor);
        return reorganizations.findById(id).filter(r -> decidable(actor, scope, r))
                .orElseThrow(() -> UserFacingException.notFound("reorganization.notFound"));
    }

    /** Whether the administrator may change every organisation in it (one undone with its new ones: national only). */
    private boolean decidable(Actor actor, Scope scope, Reorganization r) {
        if (r.transitions().isEmpty()) {
            return scope.national();
        }
        Set<Long> ids = r.transitions().stream()
                .flatMap(t -> Stream.of(t.predecessorId(), t.successorId()))
                .filter(Objects::nonNull).collect(Collectors.toSet());
        List<Organization> found = organizations.findAllById(ids);
        return found.size() == ids.size()
                && found.stream().allMatch(o -> access.writable(actor, scope, o.id(), o.kind()));
    }

    private List<Long> execute(ReorganizationPlan plan) {
        List<Long> created = new java.util.ArrayList<>();
        LocalDate date = plan.date();
        for (ReorganizationPlan.Step step : plan.steps) {
            if (step instanceof Create c) {
                created.add(organizations.saveAndFlush(new Organization(c.code(), c.kind(), c.name(), c.shortName(),
                        c.abbreviation(), resolve(c.parent(), created), date)).id());
            }
            else if (step instanceof Close c) {
                load(c.organizationId()).close(plan.lastDay());
            }
            else if (step instanceof Rename r) {
                load(r.organizationId()).rename(r.name(), r.shortName(), r.abbreviation(), date);
            }
            else if (step instanceof Move m) {
                load(m.organizationId()).moveTo(resolve(m.parent(), created), date);
            }
            else if (step instanceof EndLink e) {
                links.findById(e.linkId()).orElseThrow().end(plan.lastDay());
            }
            else if (step instanceof AddLink a) {
                links.save(new LeadershipLink(resolve(a.organization(), created), resolve(a.leader(), created),
                        a.kind(), date, a.validTo()));
            }
            else if (step instanceof EndPosition e) {
                positions.findById(e.positionId()).orElseThrow().end(plan.lastDay());
            }
        }
        return created;
    }

    private Organization load(long id) {
        return organizations.findById(id).orElseThrow();
    }

    private static long resolve(Ref ref, List<Long> created) {
        return ref.id() != null ? ref.id() : created.get(ref.index());
    }

    private String describe(ReorganizationPlan plan, List<Long> created) {
        return plan.transitions.stream().map(t -> t.predecessorId() + "→"
                + (t.successor() == null ? "∅" : String.valueOf(resolve(t.successor(), created))))
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
