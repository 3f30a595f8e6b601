package vn.phoihop.organization.registry;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Dual leadership: {@code leaderId} leads {@code organizationId} along one line in a period. */
@Entity
@Table(name = "leadership_link")
public class LeadershipLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id")
    private long organizationId;

    @Column(name = "leader_id")
    private long leaderId;

    @Enumerated(EnumType.STRING)
    private LeadershipKind kind;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected LeadershipLink() {
    }

    public LeadershipLink(long organizationId, long leaderId, LeadershipKind kind, LocalDate validFrom, LocalDate validTo) {
        this.organizationId = organizationId;
        this.leaderId = leaderId;
        this.kind = kind;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    public boolean validOn(LocalDate date) {
        return Periods.covers(validFrom, validTo, date);
    }

    public void end(LocalDate lastDay) {
        this.validTo = lastDay;
    }

    public Long id() {
        return id;
    }

    public long organizationId() {
        return organizationId;
    }

    public long leaderId() {
        return leaderId;
    }

    public LeadershipKind kind() {
        return kind;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }
}
