package vn.phoihop.organization.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.phoihop.platform.UserFacingException;
import vn.phoihop.organization.OrganizationKind;

/**
 * One organisation: identity (code, kind), lifetime, and its effective-dated names and parents. Guards its own
 * history: names cover the whole lifetime without overlap, parents never overlap, nothing outlives the
 * organisation, and a change takes effect on a date whose eve becomes the last day of the fact it replaces.
 */
@Entity
@Table(name = "organization")
public class Organization {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    @Enumerated(EnumType.STRING)
    private OrganizationKind kind;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "organization_id", nullable = false)
    private List<NameFact> names = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "organization_id", nullable = false)
    private List<ParentFact> parents = new ArrayList<>();

    protected Organization() {
    }

    public Organization(String code, OrganizationKind kind, String name, String shortName, String abbreviation,
            Long parentId, LocalDate validFrom) {
        this.code = code;
        this.kind = kind;
        this.validFrom = validFrom;
        this.names.add(new NameFact(name, shortName, abbreviation, validFrom, null));
        if (parentId != null) {
            this.parents.add(new ParentFact(parentId, validFrom, null));
        }
    }

    public boolean validOn(LocalDate date) {
        return Periods.covers(validFrom, validTo, date);
    }

    Optional<NameFact> nameOn(LocalDate date) {
        return names.stream().filter(n -> n.validOn(date)).findFirst();
    }

    public Optional<ParentFact> parentOn(LocalDate date) {
        return parents.stream().filter(p -> p.validOn(date)).findFirst();
    }

    /** The date whose facts count as "current": today within the lifetime, else the nearest end of it. */
    LocalDate currentDate(LocalDate today) {
        if (today.isBefore(validFrom)) {
            return validFrom;
        }
        return validTo != null && today.isAfter(validTo) ? validTo : today;
    }

    /** Corrects the code and the name in force on {@code today} (no new period: a typo is not a renaming). */
    void correct(String code, String name, String shortName, String abbreviation, LocalDate today) {
        this.code = code;
        nameOn(currentDate(today)).orElseThrow().correct(name, shortName, abbreviation);
    }

    /** From {@code from} on, the organisation has a new name. */
    public void rename(String name, String shortName, String abbreviation, LocalDate from) {
        NameFact current = requireLatest(names.stream().filter(n -> n.validOn(from)).findFirst(), from);
        if (current.validFrom().equals(from)) {
            current.correct(name, shortName, abbreviation);
            return;
        }
        current.end(from.minusDays(1));
        names.add(new NameFact(name, shortName, abbreviation, from, validTo));
    }

    /** From {@code from} on, the organisation's parent is {@code parentId}. */
    public void moveTo(long parentId, LocalDate from) {
        if (!validOn(from)) {
            throw UserFacingException.invalid("reorganization.subject.notValid", code, from);
        }
        if (parents.stream().anyMatch(p -> p.validFrom().isAfter(from))) {
            throw UserFacingException.invalid("reorganization.subject.laterChanges", code);
        }
        Optional<ParentFact> current = parentOn(from);
        if (current.isPresent() && current.get().validFrom().equals(from)) {
            current.get().changeParent(parentId);
            return;
        }
        current.ifPresent(p -> p.end(from.minusDays(1)));
        parents.add(new ParentFact(parentId, from, validTo));
    }

    /** The organisation's last day is {@code lastDay}; every fact that runs beyond it ends that day. */
    public void close(LocalDate lastDay) {
        if (lastDay.isBefore(validFrom) || (validTo != null && validTo.isBefore(lastDay))) {
            throw UserFacingException.invalid("reorganization.subject.notValid", code, lastDay.plusDays(1));
        }
        if (names.stream().anyMatch(n -> n.validFrom().isAfter(lastDay))
                || parents.stream().anyMatch(p -> p.validFrom().isAfter(lastDay))) {
            throw UserFacingException.invalid("reorganization.subject.laterChanges", code);
        }
        this.validTo = lastDay;
        names.stream().filter(n -> n.runsBeyond(lastDay)).forEach(n -> n.end(lastDay));
        parents.stream().filter(p -> p.runsBeyond(lastDay)).forEach(p -> p.end(lastDay));
    }

    private NameFact requireLatest(Optional<NameFact> fact, LocalDate from) {
        NameFact found = fact.orElseThrow(() -> UserFacingException.invalid("reorganization.subject.notValid", code,
                from));
        NameFact latest = names.stream().max(Comparator.comparing(NameFact::validFrom)).orElseThrow();
        if (latest != found) {
            throw UserFacingException.invalid("reorganization.subject.laterChanges", code);
        }
        return found;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public OrganizationKind kind() {
        return kind;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    long version() {
        return version;
    }

    List<ParentFact> parents() {
        return List.copyOf(parents);
    }
}
