package vn.phoihop.organization.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.phoihop.platform.UserFacingException;
import vn.phoihop.organization.OrganizationKind;

/**
 * The {@link Organization} aggregate's transitions without Spring or a database: correcting and renaming its name,
 * moving it, closing it, and the guards that keep its history gapless and in order.
 */
class OrganizationTransitionsTests {

    private static final LocalDate FOUNDED = LocalDate.of(2020, 1, 1);
    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    private static Organization unit() {
        return new Organization("U-1", OrganizationKind.POLICE_UNIT, "Phòng Một", "P1", "PM", 10L, FOUNDED);
    }

    private static void assertRefused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(UserFacingException.class, ex -> {
            assertThat(ex.messageKey()).isEqualTo(messageKey);
            assertThat(ex.status()).isEqualTo(400);
        });
    }

    @Test
    void aNewOrganizationHasOneOpenNameAndParentFromItsFirstDay() {
        Organization unit = unit();

        assertThat(unit.validOn(FOUNDED)).isTrue();
        assertThat(unit.validOn(FOUNDED.minusDays(1))).isFalse();
        assertThat(unit.validOn(LocalDate.of(2999, 1, 1))).isTrue();
        assertThat(unit.nameOn(FOUNDED)).get().extracting(NameFact::name).isEqualTo("Phòng Một");
        assertThat(unit.parentOn(REFORM)).get().extracting(ParentFact::parentId).isEqualTo(10L);
        assertThat(unit.nameOn(FOUNDED.minusDays(1))).isEmpty();
    }

    @Test
    void anOrganizationWithoutParentHasNoParentFact() {
        Organization body = new Organization("C-1", OrganizationKind.POLICE_UNIT, "Cơ quan", null, null, null,
                FOUNDED);

        assertThat(body.parents()).isEmpty();
        assertThat(body.parentOn(FOUNDED)).isEmpty();
    }

    @Test
    void renamingEndsTheOldNameOnTheEveAndOpensTheNewOne() {
        Organization unit = unit();

        unit.rename("Phòng Hai", "P2", "PH", REFORM);

        assertThat(unit.nameOn(REFORM.minusDays(1))).get().extracting(NameFact::name).isEqualTo("Phòng Một");
        assertThat(unit.nameOn(REFORM)).get().extracting(NameFact::name).isEqualTo("Phòng Hai");
        assertThat(unit.nameOn(LocalDate.of(2999, 1, 1))).get().extracting(NameFact::name).isEqualTo("Phòng Hai");
    }

    @Test
    void renamingOnTheFirstDayOfTheCurrentNameCorrectsItInsteadOfAddingAnEmptyPeriod() {
        Organization unit = unit();
        unit.rename("Phòng Hai", null, null, REFORM);

        unit.rename("Phòng Ba", null, null, REFORM);

        assertThat(unit.nameOn(REFORM)).get().extracting(NameFact::name).isEqualTo("Phòng Ba");
        assertThat(unit.nameOn(REFORM.minusDays(1))).get().extracting(NameFact::name).isEqualTo("Phòng Một");
    }

    @Test
    void renamingBeforeALaterNameOrOutsideTheLifetimeIsRefused() {
        Organization unit = unit();
        unit.rename("Phòng Hai", null, null, REFORM);

        assertRefused(() -> unit.rename("Phòng Xen", null, null, REFORM.minusMonths(1)),
                "reorganization.subject.laterChanges");
        assertRefused(() -> unit.rename("Phòng Sớm", null, null, FOUNDED.minusDays(1)),
                "reorganization.subject.notValid");
        assertThat(unit.nameOn(REFORM.minusMonths(1))).get().extracting(NameFact::name).isEqualTo("Phòng Một");
    }

    @Test
    void correctingChangesCodeAndTheCurrentNameWithoutANewPeriod() {
        Organization unit = unit();
        unit.rename("Phòng Hai", null, null, REFORM);

        unit.correct("U-1A", "Phòng Hai (sửa)", "P2", "PH", REFORM.plusDays(3));

        assertThat(unit.code()).isEqualTo("U-1A");
        assertThat(unit.nameOn(REFORM)).get().extracting(NameFact::name).isEqualTo("Phòng Hai (sửa)");
        assertThat(unit.nameOn(REFORM.minusDays(1))).get().extracting(NameFact::name).isEqualTo("Phòng Một");
    }

    @Test
    void correctingAClosedOrganizationCorrectsItsLastName() {
        Organization unit = unit();
        unit.close(REFORM.minusDays(1));

        unit.correct("U-1", "Phòng Một (sửa)", null, null, LocalDate.of(2030, 1, 1));

        assertThat(unit.nameOn(REFORM.minusDays(1))).get().extracting(NameFact::name).isEqualTo("Phòng Một (sửa)");
        assertThat(unit.currentDate(LocalDate.of(2030, 1, 1))).isEqualTo(REFORM.minusDays(1));
        assertThat(unit.currentDate(FOUNDED.minusYears(1))).isEqualTo(FOUNDED);
        assertThat(unit.currentDate(REFORM.minusMonths(2))).isEqualTo(REFORM.minusMonths(2));
    }

    @Test
    void movingEndsTheOldParentOnTheEve() {
        Organization unit = unit();

        unit.moveTo(20L, REFORM);

        assertThat(unit.parentOn(REFORM.minusDays(1))).get().extracting(ParentFact::parentId).isEqualTo(10L);
        assertThat(unit.parentOn(REFORM)).get().extracting(ParentFact::parentId).isEqualTo(20L);
        assertThat(unit.parents()).hasSize(2);
    }

    @Test
    void movingTwiceOnTheSameDayChangesTheParentInPlace() {
        Organization unit = unit();
        unit.moveTo(20L, REFORM);

        unit.moveTo(30L, REFORM);

        assertThat(unit.parents()).hasSize(2);
        assertThat(unit.parentOn(REFORM)).get().extracting(ParentFact::parentId).isEqualTo(30L);
    }

    @Test
    void movingAnOrganizationWithoutParentGivesItOne() {
        Organization body = new Organization("C-1", OrganizationKind.POLICE_UNIT, "Cơ quan", null, null, null,
                FOUNDED);

        body.moveTo(20L, REFORM);

        assertThat(body.parentOn(REFORM.minusDays(1))).isEmpty();
        assertThat(body.parentOn(REFORM)).get().extracting(ParentFact::parentId).isEqualTo(20L);
    }

    @Test
    void movingOutsideTheLifetimeOrBeforeALaterMoveIsRefused() {
        Organization unit = unit();
        unit.moveTo(20L, REFORM);

        assertRefused(() -> unit.moveTo(30L, REFORM.minusMonths(1)), "reorganization.subject.laterChanges");
        assertRefused(() -> unit.moveTo(30L, FOUNDED.minusDays(1)), "reorganization.subject.notValid");
        unit.close(REFORM.plusMonths(1));
        assertRefused(() -> unit.moveTo(30L, REFORM.plusMonths(2)), "reorganization.subject.notValid");
        assertThat(unit.parents()).extracting(ParentFact::parentId).containsExactly(10L, 20L);
    }

    @Test
    void closingEndsTheLifetimeAndEveryOpenFactThatDay() {
        Organization unit = unit();
        unit.rename("Phòng Hai", null, null, REFORM.minusYears(1));
        LocalDate lastDay = REFORM.minusDays(1);

        unit.close(lastDay);

        assertThat(unit.validTo()).isEqualTo(lastDay);
        assertThat(unit.validOn(lastDay)).isTrue();
        assertThat(unit.validOn(REFORM)).isFalse();
        assertThat(unit.nameOn(lastDay)).isPresent();
        assertThat(unit.nameOn(REFORM)).isEmpty();
        assertThat(unit.parentOn(lastDay)).isPresent();
        assertThat(unit.parentOn(REFORM)).isEmpty();
    }

    @Test
    void closingBeforeTheStartAfterTheEndOrBeforeALaterChangeIsRefused() {
        Organization unit = unit();
        unit.moveTo(20L, REFORM);

        assertRefused(() -> unit.close(FOUNDED.minusDays(1)), "reorganization.subject.notValid");
        assertRefused(() -> unit.close(REFORM.minusDays(1)), "reorganization.subject.laterChanges");
        assertThat(unit.validTo()).isNull();

        unit.close(REFORM.plusYears(1));
        assertRefused(() -> unit.close(REFORM.plusYears(2)), "reorganization.subject.notValid");
        assertThat(unit.validTo()).isEqualTo(REFORM.plusYears(1));
    }

    @Test
    void closingEarlierThanAnEarlierClosureIsAllowedAndShortensTheFacts() {
        Organization unit = unit();
        unit.close(REFORM.plusYears(1));

        unit.close(REFORM);

        assertThat(unit.validTo()).isEqualTo(REFORM);
        assertThat(unit.nameOn(REFORM.plusDays(1))).isEmpty();
        assertThat(unit.parentOn(REFORM.plusDays(1))).isEmpty();
    }

    @Test
    void aRenamingAfterClosureIsRefusedButOneBeforeItKeepsTheEnd() {
        Organization unit = unit();
        unit.close(REFORM.plusYears(1));

        assertRefused(() -> unit.rename("Phòng Muộn", null, null, REFORM.plusYears(2)),
                "reorganization.subject.notValid");
        unit.rename("Phòng Hai", null, null, REFORM);

        assertThat(unit.nameOn(REFORM.plusYears(1))).get().extracting(NameFact::name).isEqualTo("Phòng Hai");
        assertThat(unit.nameOn(REFORM.plusYears(1).plusDays(1))).isEmpty();
    }
}
