package vn.phoihop.organization.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.phoihop.platform.VietnamTime;
import vn.phoihop.platform.Texts;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.organization.registry.Periods;

/** A person: only the name and the police rank over time; positions are separate. */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "full_name")
    private String fullName;

    @Column(name = "name_folded")
    private String nameFolded;

    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "person_id", nullable = false)
    private List<RankFact> ranks = new ArrayList<>();

    protected Person() {
    }

    public Person(String fullName) {
        this.fullName = fullName;
        this.nameFolded = Texts.fold(fullName);
    }

    /** From {@code from} on the person holds {@code rank}; ranks only go up and never overlap. */
    public void promote(Rank rank, LocalDate from) {
        RankFact latest = ranks.stream().max(Comparator.comparing(RankFact::validFrom)).orElse(null);
        if (latest != null) {
            if (!from.isAfter(latest.validFrom()) || rank.compareTo(latest.rank()) <= 0) {
                throw UserFacingException.invalid("person.rank.invalid");
            }
            latest.end(from.minusDays(1));
        }
        ranks.add(new RankFact(rank, from));
    }

    Rank rankOn(LocalDate date) {
        return ranks.stream().filter(r -> r.validOn(date)).map(RankFact::rank).findFirst().orElse(null);
    }

    PersonView view(List<PositionView> positions) {
        List<PersonView.RankPeriod> history = ranks.stream().sorted(Comparator.comparing(RankFact::validFrom))
                .map(r -> new PersonView.RankPeriod(r.rank(), r.validFrom(), r.validTo())).toList();
        return new PersonView(id, fullName, rankOn(VietnamTime.today()), history, positions, version);
    }

    public Long id() {
        return id;
    }

    String fullName() {
        return fullName;
    }

    /** A rank held from a date ({@code validTo} is set when the next one starts). */
    @Entity
    @Table(name = "person_rank")
    static class RankFact {

        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        private Long id;

        @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
        private Rank rank;

        @Column(name = "valid_from")
        private LocalDate validFrom;

        @Column(name = "valid_to")
        private LocalDate validTo;

        protected RankFact() {
        }

        RankFact(Rank rank, LocalDate validFrom) {
            this.rank = rank;
            this.validFrom = validFrom;
        }

        boolean validOn(LocalDate date) {
            return Periods.covers(validFrom, validTo, date);
        }

        void end(LocalDate lastDay) {
            this.validTo = lastDay;
        }

        Rank rank() {
            return rank;
        }

        LocalDate validFrom() {
            return validFrom;
        }

        LocalDate validTo() {
            return validTo;
        }
    }
}
