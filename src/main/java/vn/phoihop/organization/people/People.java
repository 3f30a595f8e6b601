package vn.phoihop.organization.people;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.organization.people.PeopleCommands.Appoint;
import vn.phoihop.organization.people.PeopleCommands.CreatePerson;
import vn.phoihop.organization.people.PeopleCommands.EndPosition;
import vn.phoihop.organization.people.PeopleCommands.Promote;
import vn.phoihop.organization.Scope;
import vn.phoihop.platform.VietnamTime;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.organization.registry.Organization;
import vn.phoihop.organization.registry.OrganizationRepository;
import vn.phoihop.organization.registry.RegistryQueries;
import vn.phoihop.organization.registry.Validation;
import vn.phoihop.organization.scope.Access;
import vn.phoihop.organization.scope.Scopes;
import vn.phoihop.organization.spi.Actor;
import vn.phoihop.organization.spi.OrganizationAuditLog;

/**
 * People and the positions they hold (fictitious in demo data; only name, rank and positions are kept). Visible only
 * within scope: a national user sees everyone, a provincial user the people who hold or held a position in their
 * province. Changes need SYSTEM_ADMIN with the organisation in scope, and are audited.
 */
@Service
@Transactional
public class People {

    private final Access access;
    private final Scopes scopes;
    private final Validation validation;
    private final PersonRepository persons;
    private final PositionRepository positions;
    private final OrganizationRepository organizations;
    private final RegistryQueries queries;
    private final OrganizationAuditLog audit;

    People(Access access, Scopes scopes, Validation validation, PersonRepository persons,
            PositionRepository positions, OrganizationRepository organizations, RegistryQueries queries,
            OrganizationAuditLog audit) {
        this.access = access;
        this.scopes = scopes;
        this.validation = validation;
        this.persons = persons;
        this.positions = positions;
        this.organizations = organizations;
        this.queries = queries;
        this.audit = audit;
    }

    /** The positions held in the organisation on {@code asOf} (today when null), main positions first. */
    @Transactional(readOnly = true)
    public List<PositionView> positions(long organizationId, LocalDate asOf) {
        access.requireWithin(access.scope(), organizationId);
        LocalDate day = asOf == null ? VietnamTime.today() : asOf;
        return views(positions.findByOrganizationId(organizationId).stream().filter(p -> p.validOn(day))
                .sorted((a, b) -> Boolean.compare(a.concurrent(), b.concurrent())).toList());
    }

    /**
     * The positions held in the organisation on {@code asOf}, or nothing when its people lie outside the acting
     * user's scope (another province, or a central body for a provincial user); for pages of organisations that
     * everyone may read but whose people only some may see.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<List<PositionView>> positionsInScope(long organizationId, LocalDate asOf) {
        Scope scope = access.scope();
        access.requireReadable(scope, organizationId);
        return scopes.within(scope, organizationId) ? java.util.Optional.of(positions(organizationId, asOf))
                : java.util.Optional.empty();
    }

    /**
     * A person, with rank history and the positions the acting user may see (those in organisations within their
     * scope; a national user sees all); 404 unless one of their positions is in scope.
     */
    @Transactional(readOnly = true)
    public PersonView person(long personId) {
        return visible(access.scope(), personId);
    }

    /**
     * The access decision {@link #create} takes before it validates: an administrator (else 403) who may read the
     * organisation (else 404). For a form that is shown again with its errors without being submitted here.
     */
    @Transactional(readOnly = true)
    public void requireCreator(long organizationId) {
        access.requireReadable(access.scope(access.requireAdministrator()), organizationId);
    }

    /**
     * The access decision {@link #appoint} and {@link #promote} take before they validate: an administrator (else
     * 403) who may see the person (else 404).
     */
    @Transactional(readOnly = true)
    public void requireEditor(long personId) {
        Actor actor = access.requireAdministrator();
        visible(access.scope(actor), personId);
    }

    /**
     * The access decision {@link #endPosition} takes before it validates: an administrator (else 403) whose scope
     * holds the position (else 404); returns the position.
     */
    @Transactional(readOnly = true)
    public PositionView editablePosition(long positionId) {
        return view(editable(access.requireAdministrator(), positionId));
    }

    public PersonView create(CreatePerson command) {
        Actor actor = access.requireAdministrator();
        if (command != null && command.organizationId() != null) {
            access.requireReadable(access.scope(actor), command.organizationId());
        }
        CreatePerson c = validation.check(command).normalized();
        requireOrganization(actor, c.organizationId(), c.validFrom(), null);
        Person person = new Person(c.fullName());
        if (c.rank() != null) {
            person.promote(c.rank(), c.validFrom());
        }
        person = persons.saveAndFlush(person);
        positions.saveAndFlush(new Position(person.id(), c.organizationId(), c.title(), false, c.validFrom(), null));
        audit.record("PERSON_CREATED", "person", person.id(), "organization=" + c.organizationId() + " title="
                + c.title(), List.of(c.organizationId()));
        return person.view(viewsOf(person.id()));
    }

    public PositionView appoint(long personId, Appoint command) {
        Actor actor = access.requireAdministrator();
        visible(access.scope(actor), personId);
        Appoint c = validation.check(command);
        requireOrganization(actor, c.organizationId(), c.validFrom(), c.validTo());
        Position position = positions.saveAndFlush(new Position(personId, c.organizationId(), c.title(),
                Boolean.TRUE.equals(c.concurrent()), c.validFrom(), c.validTo()));
        audit.record("POSITION_APPOINTED", "person", personId, "organization=" + c.organizationId() + " title="
                + c.title() + " from=" + c.validFrom(), List.of(c.organizationId()));
        return view(position);
    }

    public PersonView promote(long personId, Promote command) {
        Actor actor = access.requireAdministrator();
        Scope scope = access.scope(actor);
        visible(scope, personId);
        Promote c = validation.check(command);
        Person person = persons.findById(personId).orElseThrow();
        person.promote(c.rank(), c.validFrom());
        persons.saveAndFlush(person);
        audit.record("PERSON_PROMOTED", "person", personId, "rank=" + c.rank() + " from=" + c.validFrom(),
                positions.findByPersonIdOrderByValidFromDesc(personId).stream().map(Position::organizationId)
                        .toList());
        return visible(scope, personId);
    }

    public PositionView endPosition(long positionId, EndPosition command) {
        Position position = editable(access.requireAdministrator(), positionId);
        EndPosition c = validation.check(command);
        position.end(c.validTo());
        positions.saveAndFlush(position);
        audit.record("POSITION_ENDED", "person", position.personId(), "position=" + positionId + " to="
                + c.validTo(), List.of(position.organizationId()));
        return view(position);
    }

    private Position editable(Actor actor, long positionId) {
        return positions.findById(positionId).filter(p -> scopes.within(access.scope(actor), p.organizationId()))
                .orElseThrow(() -> UserFacingException.notFound("position.notFound"));
    }

    private void requireOrganization(Actor actor, long organizationId, LocalDate from, LocalDate to) {
        access.requireWithin(access.scope(actor), organizationId);
        Organization org = organizations.findById(organizationId).orElseThrow(Access::notFound);
        if (!org.validOn(from) || (to != null && (to.isBefore(from) || !org.validOn(to)))
                || (to == null && org.validTo() != null)) {
            throw UserFacingException.invalid("position.period.invalid");
        }
    }

    private PersonView visible(Scope scope, long personId) {
        Person person = persons.findById(personId).orElseThrow(() -> UserFacingException.notFound("person.notFound"));
        List<Position> held = positions.findByPersonIdOrderByValidFromDesc(personId);
        if (!scope.national()) {
            Set<Long> within = scopes.within(scope, held.stream().map(Position::organizationId).toList());
            held = held.stream().filter(p -> within.contains(p.organizationId())).toList();
            if (held.isEmpty()) {
                throw UserFacingException.notFound("person.notFound");
            }
        }
        return person.view(views(held));
    }

    private List<PositionView> viewsOf(long personId) {
        return views(positions.findByPersonIdOrderByValidFromDesc(personId));
    }

    private PositionView view(Position p) {
        return views(List.of(p)).get(0);
    }

    /** The positions with their holders' names and ranks today and their organisations' names: two queries. */
    private List<PositionView> views(List<Position> held) {
        Map<Long, Person> holders = new HashMap<>();
        persons.findWithRanks(held.stream().map(Position::personId).distinct().toList())
                .forEach(person -> holders.put(person.id(), person));
        Map<Long, String> names = new HashMap<>();
        queries.current(held.stream().map(Position::organizationId).distinct().toList())
                .forEach(o -> names.put(o.id(), o.name()));
        LocalDate today = VietnamTime.today();
        return held.stream().map(p -> {
            Person person = holders.get(p.personId());
            return new PositionView(p.id(), p.personId(), person.fullName(), person.rankOn(today), p.organizationId(),
                    names.get(p.organizationId()), p.title(), p.concurrent(), p.validFrom(), p.validTo());
        }).toList();
    }
}
