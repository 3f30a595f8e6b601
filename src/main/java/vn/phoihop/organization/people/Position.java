package vn.phoihop.organization.people;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.phoihop.platform.UserFacingException;
import vn.phoihop.organization.registry.Periods;

/** A position a person holds in an organisation in a period; {@code concurrent} marks one held alongside another. */
@Entity
@Table(name = "position")
public class Position {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id")
    private long personId;

    @Column(name = "organization_id")
    private long organizationId;

    @Enumerated(EnumType.STRING)
    private PositionTitle title;

    private boolean concurrent;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Version
    private long version;

    protected Position() {
    }

    public Position(long personId, long organizationId, PositionTitle title, boolean concurrent, LocalDate validFrom,
            LocalDate validTo) {
        this.personId = personId;
        this.organizationId = organizationId;
        this.title = title;
        this.concurrent = concurrent;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    public boolean validOn(LocalDate date) {
        return Periods.covers(validFrom, validTo, date);
    }

    /** The position's last day is {@code lastDay}. */
    public void end(LocalDate lastDay) {
        if (lastDay.isBefore(validFrom) || (validTo != null && validTo.isBefore(lastDay))) {
            throw UserFacingException.invalid("position.period.invalid");
        }
        this.validTo = lastDay;
    }

    public Long id() {
        return id;
    }

    public long personId() {
        return personId;
    }

    long organizationId() {
        return organizationId;
    }

    public PositionTitle title() {
        return title;
    }

    boolean concurrent() {
        return concurrent;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    LocalDate validTo() {
        return validTo;
    }
}
