package vn.phoihop.organization.registry;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.phoihop.platform.Texts;

/** A name of an organisation (full, short, abbreviation used in document notation) in a period. */
@Entity
@Table(name = "organization_name")
public class NameFact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Column(name = "short_name")
    private String shortName;

    private String abbreviation;

    @Column(name = "name_folded")
    private String nameFolded;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected NameFact() {
    }

    NameFact(String name, String shortName, String abbreviation, LocalDate validFrom, LocalDate validTo) {
        correct(name, shortName, abbreviation);
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    /** The search key: the full and the short name, folded. */
    public static String folded(String name, String shortName) {
        return shortName == null || shortName.isBlank() || Texts.fold(name).contains(Texts.fold(shortName))
                ? Texts.fold(name) : Texts.fold(name + " " + shortName);
    }

    void correct(String name, String shortName, String abbreviation) {
        this.name = name;
        this.shortName = shortName;
        this.abbreviation = abbreviation;
        this.nameFolded = folded(name, shortName);
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

    String name() {
        return name;
    }

    LocalDate validFrom() {
        return validFrom;
    }
}
