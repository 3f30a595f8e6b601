package vn.phoihop.organization.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.phoihop.platform.Texts;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.organization.registry.LeadershipKind;
import vn.phoihop.organization.registry.LeadershipLink;
import vn.phoihop.organization.registry.NameFact;
import vn.phoihop.organization.registry.Periods;

/**
 * The rules that people, positions, leadership links and names hold themselves, without Spring or a database: ranks
 * only go up and never overlap, a position ends within its own period, and every period asks {@link Periods}.
 */
class PeopleTransitionsTests {

    private static final LocalDate START = LocalDate.of(2020, 1, 1);

    private static void assertRefused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(UserFacingException.class,
                ex -> assertThat(ex.messageKey()).isEqualTo(messageKey));
    }

    @Test
    void aPromotionEndsTheCurrentRankOnTheEve() {
        Person person = new Person("Nguyễn Văn An");
        person.promote(Rank.CAPTAIN, START);

        person.promote(Rank.MAJOR, START.plusYears(4));

        assertThat(person.rankOn(START.minusDays(1))).isNull();
        assertThat(person.rankOn(START)).isEqualTo(Rank.CAPTAIN);
        assertThat(person.rankOn(START.plusYears(4).minusDays(1))).isEqualTo(Rank.CAPTAIN);
        assertThat(person.rankOn(START.plusYears(4))).isEqualTo(Rank.MAJOR);
        assertThat(person.fullName()).isEqualTo("Nguyễn Văn An");
    }

    @Test
    void aRankThatIsNotHigherOrNotLaterIsRefusedAndChangesNothing() {
        Person person = new Person("Trần Thị Bình");
        person.promote(Rank.MAJOR, START);

        assertRefused(() -> person.promote(Rank.CAPTAIN, START.plusYears(1)), "person.rank.invalid");
        assertRefused(() -> person.promote(Rank.MAJOR, START.plusYears(1)), "person.rank.invalid");
        assertRefused(() -> person.promote(Rank.COLONEL, START), "person.rank.invalid");
        assertRefused(() -> person.promote(Rank.COLONEL, START.minusDays(1)), "person.rank.invalid");

        assertThat(person.rankOn(START.plusYears(10))).isEqualTo(Rank.MAJOR);
    }

    @Test
    void aPositionEndsOnADayWithinItsPeriod() {
        Position position = new Position(1, 2, PositionTitle.OFFICER, false, START, null);

        position.end(START);

        assertThat(position.validTo()).isEqualTo(START);
        assertThat(position.validOn(START)).isTrue();
        assertThat(position.validOn(START.plusDays(1))).isFalse();
    }

    @Test
    void endingAPositionBeforeItStartedOrAfterItEndedIsRefusedAndChangesNothing() {
        Position position = new Position(1, 2, PositionTitle.OFFICER, true, START, START.plusYears(2));

        assertRefused(() -> position.end(START.minusDays(1)), "position.period.invalid");
        assertRefused(() -> position.end(START.plusYears(2).plusDays(1)), "position.period.invalid");

        assertThat(position.validTo()).isEqualTo(START.plusYears(2));
        position.end(START.plusYears(1));
        assertThat(position.validTo()).isEqualTo(START.plusYears(1));
        assertThat(position.concurrent()).isTrue();
    }

    @Test
    void aLeadershipLinkIsInForceWithinItsPeriodAndEndsOnItsLastDay() {
        LeadershipLink link = new LeadershipLink(5, 6, LeadershipKind.values()[0], START, null);

        assertThat(link.validOn(START)).isTrue();
        assertThat(link.validOn(START.minusDays(1))).isFalse();
        link.end(START.plusMonths(1));
        assertThat(link.validOn(START.plusMonths(1))).isTrue();
        assertThat(link.validOn(START.plusMonths(1).plusDays(1))).isFalse();
    }

    @Test
    void periodsIncludeBothEndsAndAnOpenEndRunsOn() {
        LocalDate end = START.plusDays(9);

        assertThat(Periods.covers(START, end, START)).isTrue();
        assertThat(Periods.covers(START, end, end)).isTrue();
        assertThat(Periods.covers(START, end, START.minusDays(1))).isFalse();
        assertThat(Periods.covers(START, end, end.plusDays(1))).isFalse();
        assertThat(Periods.covers(START, null, LocalDate.of(9999, 12, 31))).isTrue();
        assertThat(Periods.runsBeyond(null, end)).isTrue();
        assertThat(Periods.runsBeyond(end, end)).isFalse();
        assertThat(Periods.runsBeyond(end, end.minusDays(1))).isTrue();
    }

    @Test
    void theNameSearchKeyAddsTheShortNameOnlyWhenItIsNotPartOfTheFullName() {
        assertThat(NameFact.folded("Công an tỉnh Bắc Ninh", null)).isEqualTo(Texts.fold("Công an tỉnh Bắc Ninh"));
        assertThat(NameFact.folded("Công an tỉnh Bắc Ninh", " ")).isEqualTo(Texts.fold("Công an tỉnh Bắc Ninh"));
        assertThat(NameFact.folded("Công an tỉnh Bắc Ninh", "bắc ninh")).isEqualTo(Texts.fold("Công an tỉnh Bắc Ninh"));
        assertThat(NameFact.folded("Công an tỉnh Bắc Ninh", "CATBN"))
                .isEqualTo(Texts.fold("Công an tỉnh Bắc Ninh CATBN"));
    }
}
