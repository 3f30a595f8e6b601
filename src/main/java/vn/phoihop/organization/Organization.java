package vn.phoihop.organization;

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

/** One organisation in the registry, with the period in which it exists. */
@Entity
@Table(name = "organization")
class Organization {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    @Enumerated(EnumType.STRING)
    private OrganizationKind kind;

    private String name;

    @Column(name = "short_name")
    private String shortName;

    private String abbreviation;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "name_folded")
    private String nameFolded;

    @Version
    private long version;

    protected Organization() {
    }

    Long id() {
        return id;
    }

    String code() {
        return code;
    }

    OrganizationKind kind() {
        return kind;
    }

    String name() {
        return name;
    }

    String shortName() {
        return shortName;
    }

    Long parentId() {
        return parentId;
    }
}
