package vn.phoihop.organization.reorganization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.phoihop.organization.reorganization.PlannedChange.Type;
import vn.phoihop.organization.reorganization.ReorganizationPlan.AddLink;
import vn.phoihop.organization.reorganization.ReorganizationPlan.Close;
import vn.phoihop.organization.reorganization.ReorganizationPlan.Create;
import vn.phoihop.organization.reorganization.ReorganizationPlan.EndLink;
import vn.phoihop.organization.reorganization.ReorganizationPlan.EndPosition;
import vn.phoihop.organization.reorganization.ReorganizationPlan.Move;
import vn.phoihop.organization.reorganization.ReorganizationPlan.Ref;
import vn.phoihop.organization.reorganization.ReorganizationPlan.Rename;
import vn.phoihop.organization.reorganization.ReorganizationPlan.Transit;
import vn.phoihop.organization.reorganization.ReorganizationCommand.NewOrganization;
import vn.phoihop.organization.Scope;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.organization.people.Position;
import vn.phoihop.organization.people.PositionRepository;
import vn.phoihop.organization.registry.ClosureTable;
import vn.phoihop.organization.registry.LeadershipKind;
import vn.phoihop.organization.registry.LeadershipLink;
import vn.phoihop.organization.registry.LeadershipLinkRepository;
import vn.phoihop.organization.registry.Organization;
import vn.phoihop.organization.registry.OrganizationRepository;
import vn.phoihop.organization.registry.OrganizationView;
import vn.phoihop.organization.registry.ParentFact;
import vn.phoihop.organization.registry.RegistryQueries;
import vn.phoihop.organization.scope.Access;
import vn.phoihop.organization.spi.Actor;
import vn.phoihop.organization.spi.AffectedItem;
import vn.phoihop.organization.spi.OrganizationReferences;

/**
 * Turns a reorganisation command into a plan after checking it: every organisation concerned must be writable by
 * the administrator and in force on the eve and on the effective date, and have no later changes.
 */
@Component
class ReorganizationPlanner {

    private final Access access;
    private final OrganizationRepository organizations;
    private final LeadershipLinkRepository links;
    private final PositionRepository positions;
    private final ClosureTable closure;
    private final RegistryQueries queries;
    private final JdbcClient jdbc;
    private final List<OrganizationReferences> references;

    ReorganizationPlanner(Access access, OrganizationRepository organizations, LeadershipLinkRepository links,
            PositionRepository positions, ClosureTable closure, RegistryQueries queries, JdbcClient jdbc,
            List<OrganizationReferences> references) {
        this.access = access;
        this.organizations = organizations;
        this.links = links;
        this.positions = positions;
        this.closure = closure;
        this.queries = queries;
        this.jdbc = jdbc;
        this.references = references;
    }

    ReorganizationPlan plan(Actor actor, Scope scope, ReorganizationCommand c) {
        ReorganizationPlan plan = new ReorganizationPlan(c);
        List<Organization> subjects = subjects(actor, scope, plan);
        switch (c.kind()) {
            case MERGE -> merge(actor, scope, plan, subjects);
            case SPLIT -> split(actor, scope, plan, single(subjects));
            case RENAME -> rename(plan, single(subjects));
            case MOVE -> move(actor, scope, plan, single(subjects));
            case CLOSE -> close(plan, single(subjects));
        }
        references.forEach(r -> plan.affected.addAll(r.referencing(plan.touched)));
        return plan;
    }

    private List<Organization> subjects(Actor actor, Scope scope, ReorganizationPlan plan) {
        List<Long> ids = plan.command.organizationIds();
        if (new HashSet<>(ids).size() != ids.size()) {
            throw UserFacingException.invalid("reorganization.subjects.duplicate");
        }
        List<Organization> subjects = new ArrayList<>();
        for (long id : ids) {
            Organization org = organizations.findById(id).orElseThrow(Access::notFound);
            access.requireWritable(actor, scope, id, org.kind());
            requireInForce(org, plan);
            subjects.add(org);
            plan.touched.add(id);
        }
        return subjects;
    }

    private void merge(Actor actor, Scope scope, ReorganizationPlan plan, List<Organization> predecessors) {
        ReorganizationCommand c = plan.command;
        Set<Long> closing = ids(predecessors);
        Ref successor;
        String successorName;
        if (c.targetId() != null) {
            Organization target = organizations.findById(c.targetId()).orElseThrow(Access::notFound);
            access.requireWritable(actor, scope, target.id(), target.kind());
            if (!c.newOrganizations().isEmpty() || closing.contains(target.id())) {
                throw UserFacingException.invalid("reorganization.merge.successor");
            }
            requireInForce(target, plan);
            plan.touched.add(target.id());
            successor = Ref.existing(target.id());
            successorName = name(target.id());
        }
        else {
            if (c.newOrganizations().size() != 1 || predecessors.size() < 2) {
                throw UserFacingException.invalid("reorganization.merge.successor");
            }
            Create create = newOrganization(actor, scope, plan, c.newOrganizations().get(0), predecessors.get(0),
                    closing);
            successor = plan.create(create);
            successorName = create.name();
        }
        for (Organization p : predecessors) {
            for (long child : childrenOn(p.id(), plan.date())) {
                if (!closing.contains(child)) {
                    move(plan, child, successor, successorName);
                }
            }
            transferLinks(plan, p, List.of(successor), successor, closing);
            endPositions(plan, p);
            plan.add(new Close(p.id()), change(Type.CLOSE, p.id(), successorName, plan.lastDay()));
            plan.transitions.add(new Transit(p.id(), name(p.id()), successor, successorName));
        }
    }

    private void split(Actor actor, Scope scope, ReorganizationPlan plan, Organization p) {
        ReorganizationCommand c = plan.command;
        if (c.newOrganizations().size() < 2) {
            throw UserFacingException.invalid("reorganization.split.successors");
        }
        Set<Long> closing = Set.of(p.id());
        List<Ref> successors = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (NewOrganization spec : c.newOrganizations()) {
            Create create = newOrganization(actor, scope, plan, spec, p, closing);
            successors.add(plan.create(create));
            names.add(create.name());
        }
        List<Long> children = childrenOn(p.id(), plan.date());
        Map<Long, Integer> assignments = c.childAssignments();
        if (!children.containsAll(assignments.keySet())) {
            throw UserFacingException.invalid("reorganization.split.notAChild");
        }
        for (long child : children) {
            Integer index = assignments.get(child);
            if (index == null || index < 0 || index >= successors.size()) {
                throw UserFacingException.invalid("reorganization.split.unassigned", code(child));
            }
            move(plan, child, successors.get(index), names.get(index));
        }
        transferLinks(plan, p, successors, successors.get(0), closing);
        endPositions(plan, p);
        plan.add(new Close(p.id()), change(Type.CLOSE, p.id(), String.join(", ", names), plan.lastDay()));
        for (int i = 0; i < successors.size(); i++) {
            plan.transitions.add(new Transit(p.id(), name(p.id()), successors.get(i), names.get(i)));
        }
    }

    private void rename(ReorganizationPlan plan, Organization o) {
        ReorganizationCommand c = plan.command;
        if (c.newName() == null) {
            throw UserFacingException.invalid("reorganization.rename.name");
        }
        OrganizationView now = queries.asOf(o.id(), plan.date()).orElseThrow();
        String shortName = c.newShortName() != null ? c.newShortName() : c.newName();
        String abbreviation = c.newAbbreviation() != null ? c.newAbbreviation() : now.abbreviation();
        plan.add(new Rename(o.id(), c.newName(), shortName, abbreviation),
                change(Type.RENAME, o.id(), c.newName(), plan.date()));
        plan.transitions.add(new Transit(o.id(), now.name(), Ref.existing(o.id()), c.newName()));
    }

    private void move(Actor actor, Scope scope, ReorganizationPlan plan, Organization o) {
        Long targetId = plan.command.targetId();
        if (targetId == null) {
            throw UserFacingException.invalid("reorganization.move.target");
        }
        Organization target = organizations.findById(targetId).orElseThrow(Access::notFound);
        access.requireWritable(actor, scope, targetId, o.kind());
        requireInForce(target, plan);
        if (o.parentOn(plan.date()).map(p -> p.parentId() == targetId).orElse(false)) {
            throw UserFacingException.invalid("reorganization.move.same");
        }
        if (closure.inSubtreeDuring(o.id(), targetId, plan.date(), null)) {
            throw UserFacingException.invalid("reorganization.move.cycle");
        }
        move(plan, o.id(), Ref.existing(targetId), name(targetId));
        plan.transitions.add(new Transit(o.id(), name(o.id()), Ref.existing(o.id()), name(o.id())));
    }

    private void close(ReorganizationPlan plan, Organization o) {
        List<Long> children = childrenOn(o.id(), plan.date());
        if (!children.isEmpty()) {
            throw UserFacingException.invalid("reorganization.close.children",
                    String.join(", ", children.stream().map(this::code).toList()));
        }
        transferLinks(plan, o, List.of(), null, Set.of(o.id()));
        endPositions(plan, o);
        plan.add(new Close(o.id()), change(Type.CLOSE, o.id(), null, plan.lastDay()));
        plan.transitions.add(new Transit(o.id(), name(o.id()), null, null));
    }

    private Create newOrganization(Actor actor, Scope scope, ReorganizationPlan plan, NewOrganization spec,
            Organization template, Set<Long> closing) {
        if (organizations.existsByCode(spec.code())
                || plan.created.stream().anyMatch(c -> c.code().equalsIgnoreCase(spec.code()))) {
            throw UserFacingException.invalid("organization.code.taken", spec.code());
        }
        OrganizationKind kind = spec.kind() != null ? spec.kind() : template.kind();
        Long parentId = spec.parentId() != null ? spec.parentId()
                : template.parentOn(plan.lastDay()).map(ParentFact::parentId).orElse(null);
        if (parentId == null) {
            throw UserFacingException.invalid("organization.parent.required");
        }
        Organization parent = organizations.findById(parentId).orElseThrow(Access::notFound);
        access.requireWritable(actor, scope, parentId, kind);
        if (closing.contains(parentId) || !parent.validOn(plan.date()) || parent.validTo() != null) {
            throw UserFacingException.invalid("organization.parent.notValid", parent.code(), plan.date());
        }
        return new Create(spec.code(), kind, spec.name(), spec.shortName(), spec.abbreviation(),
                Ref.existing(parentId), name(parentId));
    }

    private void move(ReorganizationPlan plan, long child, Ref parent, String parentName) {
        plan.touched.add(child);
        plan.add(new Move(child, parent), change(Type.MOVE, child, parentName, plan.date()));
    }

    /** Ends the links of {@code o}; those whose other end continues go on with {@code successors}. */
    private void transferLinks(ReorganizationPlan plan, Organization o, List<Ref> successors, Ref asLeader,
            Set<Long> closing) {
        Set<String> added = new LinkedHashSet<>();
        List<LeadershipLink> all = new ArrayList<>(links.findByOrganizationId(o.id()));
        all.addAll(links.findByLeaderId(o.id()));
        for (LeadershipLink link : all) {
            if (link.validFrom().isAfter(plan.lastDay())) {
                throw UserFacingException.invalid("reorganization.subject.laterChanges", o.code());
            }
            if (!link.validOn(plan.date())) {
                continue;
            }
            boolean led = link.organizationId() == o.id();
            long other = led ? link.leaderId() : link.organizationId();
            plan.touched.add(other);
            plan.add(new EndLink(link.id()), change(Type.END_LINK, o.id(), name(other), plan.lastDay()));
            boolean continues = !closing.contains(other) && organizations.findById(other).orElseThrow()
                    .validOn(plan.date());
            for (Ref successor : led ? successors : (asLeader == null ? List.<Ref>of() : List.of(asLeader))) {
                Ref ledRef = led ? successor : Ref.existing(other);
                Ref leaderRef = led ? Ref.existing(other) : successor;
                if (continues && !alreadyLinked(ledRef, leaderRef, link.kind(), plan.date())
                        && added.add(ledRef + "/" + leaderRef + "/" + link.kind())) {
                    plan.add(new AddLink(ledRef, leaderRef, link.kind(), link.validTo()),
                            new PlannedChange(Type.ADD_LINK, ledRef.id(), null, null, name(other), plan.date()));
                }
            }
        }
    }

    private boolean alreadyLinked(Ref led, Ref leader, LeadershipKind kind, LocalDate date) {
        return led.id() != null && leader.id() != null && links.findByOrganizationId(led.id()).stream()
                .anyMatch(l -> l.leaderId() == leader.id() && l.kind() == kind && l.validOn(date));
    }

    private void endPositions(ReorganizationPlan plan, Organization o) {
        for (Position position : positions.findByOrganizationId(o.id())) {
            if (position.validFrom().isAfter(plan.lastDay())) {
                throw UserFacingException.invalid("reorganization.subject.laterChanges", o.code());
            }
            if (position.validOn(plan.date())) {
                String person = jdbc.sql("SELECT full_name FROM person WHERE id = :id")
                        .param("id", position.personId()).query(String.class).single();
                plan.add(new EndPosition(position.id()), change(Type.END_POSITION, o.id(), person, plan.lastDay()));
                plan.affected.add(new AffectedItem("position", String.valueOf(position.id()),
                        person + " (" + position.title() + ")", o.id()));
            }
        }
    }

    private void requireInForce(Organization org, ReorganizationPlan plan) {
        if (!org.validOn(plan.lastDay()) || !org.validOn(plan.date())) {
            throw UserFacingException.invalid("reorganization.subject.notValid", org.code(), plan.date());
        }
    }

    private List<Long> childrenOn(long parentId, LocalDate date) {
        return jdbc.sql("SELECT organization_id FROM organization_parent WHERE parent_id = :p"
                + " AND in_force(valid_from, valid_to, :d) ORDER BY organization_id")
                .param("p", parentId).param("d", date).query(Long.class).list();
    }

    private PlannedChange change(Type type, long id, String other, LocalDate date) {
        return new PlannedChange(type, id, code(id), name(id), other, date);
    }

    private String name(long id) {
        return queries.current(id).map(OrganizationView::name).orElse(null);
    }

    private String code(long id) {
        return queries.current(id).map(OrganizationView::code).orElse(null);
    }

    private static Organization single(List<Organization> subjects) {
        if (subjects.size() != 1) {
            throw UserFacingException.invalid("reorganization.subjects.count");
        }
        return subjects.get(0);
    }

    private static Set<Long> ids(List<Organization> orgs) {
        Set<Long> ids = new HashSet<>();
        orgs.forEach(o -> ids.add(o.id()));
        return ids;
    }
}
