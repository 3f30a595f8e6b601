package vn.phoihop.organization.reorganization;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

import vn.phoihop.platform.UserFacingException;
import vn.phoihop.organization.OrganizationSuccession;
import vn.phoihop.organization.OrganizationsReorganized;
import vn.phoihop.organization.ReorganizationKind;
import vn.phoihop.organization.ReorganizationUndone;

/**
 * A reorganisation that was applied: what kind, from which date, on which legal basis, from which predecessors to
 * which successors. Guards its status: only an APPLIED one may be confirmed or undone, and each only once.
 * Registers {@link OrganizationsReorganized} when applied and {@link ReorganizationUndone} when undone; Spring Data
 * publishes them when the aggregate is saved (the id is known by then), through the event publication registry.
 */
@Entity
@Table(name = "reorganization")
class Reorganization {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private ReorganizationKind kind;

    @Column(name = "effective_date")
    private LocalDate effectiveDate;

    @Column(name = "legal_basis")
    private String legalBasis;

    private String note;

    @Enumerated(EnumType.STRING)
    private ReorganizationStatus status;

    @Column(name = "applied_by")
    private String appliedBy;

    @Column(name = "applied_at")
    private Instant appliedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reorganization_transition", joinColumns = @JoinColumn(name = "reorganization_id"))
    @OrderColumn(name = "position")
    private List<Transition> transitions = new ArrayList<>();

    /** Events registered since the last save: {@code true} for applied, the undone steps for undone. */
    @Transient
    private boolean appliedNow;

    @Transient
    private List<OrganizationSuccession> undoneNow;

    protected Reorganization() {
    }

    Reorganization(ReorganizationKind kind, LocalDate effectiveDate, String legalBasis, String note,
            String appliedBy, List<Transition> transitions) {
        this.kind = kind;
        this.effectiveDate = effectiveDate;
        this.legalBasis = legalBasis;
        this.note = note;
        this.status = ReorganizationStatus.APPLIED;
        this.appliedBy = appliedBy;
        this.appliedAt = Instant.now();
        this.transitions = new ArrayList<>(transitions);
        this.appliedNow = true;
    }

    void confirm(String by) {
        decide(ReorganizationStatus.CONFIRMED, by);
    }

    /** Undone: the transitions to or from organisations the undo deletes go with them. */
    void undo(String by, java.util.Set<Long> deleted) {
        decide(ReorganizationStatus.UNDONE, by);
        undoneNow = successions();
        transitions.removeIf(t -> deleted.contains(t.predecessorId) || (t.successorId != null
                && deleted.contains(t.successorId)));
    }

    private void decide(ReorganizationStatus next, String by) {
        if (status != ReorganizationStatus.APPLIED) {
            throw UserFacingException.conflict("reorganization.notPending");
        }
        this.status = next;
        this.decidedBy = by;
        this.decidedAt = Instant.now();
    }

    ReorganizationView view() {
        return new ReorganizationView(id, kind, effectiveDate, legalBasis, note, status, appliedBy, appliedAt,
                decidedBy, decidedAt, transitions.stream()
                        .map(t -> new OrganizationSuccession(t.predecessorId, t.successorId)).toList());
    }

    Long id() {
        return id;
    }

    @DomainEvents
    Collection<Object> domainEvents() {
        List<Object> events = new ArrayList<>();
        if (appliedNow) {
            events.add(new OrganizationsReorganized(id, kind, effectiveDate, legalBasis, successions()));
        }
        if (undoneNow != null) {
            events.add(new ReorganizationUndone(id, kind, effectiveDate, undoneNow));
        }
        return events;
    }

    @AfterDomainEventPublication
    void eventsPublished() {
        appliedNow = false;
        undoneNow = null;
    }

    private List<OrganizationSuccession> successions() {
        return transitions.stream().map(t -> new OrganizationSuccession(t.predecessorId, t.successorId)).toList();
    }

    ReorganizationStatus status() {
        return status;
    }

    List<Transition> transitions() {
        return List.copyOf(transitions);
    }

    /** From a predecessor to a successor ({@code null} when it closed). */
    @Embeddable
    static class Transition {

        @Column(name = "predecessor_id")
        private long predecessorId;

        @Column(name = "successor_id")
        private Long successorId;

        protected Transition() {
        }

        Transition(long predecessorId, Long successorId) {
            this.predecessorId = predecessorId;
            this.successorId = successorId;
        }

        long predecessorId() {
            return predecessorId;
        }

        Long successorId() {
            return successorId;
        }
    }
}
