package vn.phoihop.organization.registry;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The administrative parent of an organisation in a period. */
@Entity
@Table(name = "organization_parent")
public class ParentFact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "parent_id")
    private long parentId;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected ParentFact() {
    }

    ParentFact(long parentId, LocalDate validFrom, LocalDate validTo) {
        this.parentId = parentId;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    boolean validOn(LocalDate date) {
        return Periods.covers(validFrom, validTo, date);
    }

    boolean runsBeyond(LocalDate date) {
        return Periods.runsBeyond(validTo, date);
    }

    void end(LocalDate lastDay) {
        this.validTo = lastDay;
    }

    void changeParent(long parentId) {
        this.parentId = parentId;
    }

    public long parentId() {
        return parentId;
    }

    LocalDate validFrom() {
        return validFrom;
    }
}
