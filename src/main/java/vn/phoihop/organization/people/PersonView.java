package vn.phoihop.organization.people;

import java.time.LocalDate;
import java.util.List;

/** A person as pages and the API show them: name, current rank, rank history and positions (newest first). */
public record PersonView(long id, String fullName, Rank rank, List<RankPeriod> ranks, List<PositionView> positions,
        long version) {

    /** A police rank held in a period. */
    public record RankPeriod(Rank rank, LocalDate validFrom, LocalDate validTo) {
    }
}
