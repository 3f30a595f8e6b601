package vn.phoihop.organization.reorganization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import vn.phoihop.platform.UserFacingException;
import vn.phoihop.organization.OrganizationSuccession;
import vn.phoihop.organization.OrganizationsReorganized;
import vn.phoihop.organization.ReorganizationKind;
import vn.phoihop.organization.ReorganizationUndone;

/**
 * The {@link Reorganization} aggregate without Spring or a database: its status moves from APPLIED to CONFIRMED or
 * UNDONE exactly once, and it registers {@link OrganizationsReorganized} when applied and {@link ReorganizationUndone}
 * when undone, each until Spring Data reports them published.
 */
class ReorganizationTransitionsTests {

    private static final LocalDate EFFECTIVE = LocalDate.of(2025, 7, 1);

    /** A merge of 1 and 2 into the new 3, with the id a save gives it (the events carry the id). */
    private static Reorganization merge() {
        Reorganization merge = new Reorganization(ReorganizationKind.MERGE, EFFECTIVE, "Nghị quyết 202/2025/QH15",
                null, "admin", List.of(new Reorganization.Transition(1, 3L), new Reorganization.Transition(2, 3L)));
        ReflectionTestUtils.setField(merge, "id", 42L);
        return merge;
    }

    private static void assertNotPending(Runnable action) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(UserFacingException.class, ex -> {
            assertThat(ex.messageKey()).isEqualTo("reorganization.notPending");
            assertThat(ex.status()).isEqualTo(409);
        });
    }

    @Test
    void anAppliedReorganizationRegistersOneOrganizationsReorganized() {
        Reorganization merge = merge();

        assertThat(merge.status()).isEqualTo(ReorganizationStatus.APPLIED);
        assertThat(merge.domainEvents()).containsExactly(new OrganizationsReorganized(42L, ReorganizationKind.MERGE,
                EFFECTIVE, "Nghị quyết 202/2025/QH15",
                List.of(new OrganizationSuccession(1, 3L), new OrganizationSuccession(2, 3L))));
    }

    @Test
    void nothingIsRegisteredOnceTheEventsWerePublished() {
        Reorganization merge = merge();

        merge.eventsPublished();

        assertThat(merge.domainEvents()).isEmpty();
        merge.confirm("admin");
        assertThat(merge.domainEvents()).as("confirming publishes nothing").isEmpty();
    }

    @Test
    void confirmingRecordsWhoDecidedAndIsFinal() {
        Reorganization merge = merge();

        merge.confirm("lead");

        ReorganizationView view = merge.view();
        assertThat(view.status()).isEqualTo(ReorganizationStatus.CONFIRMED);
        assertThat(view.decidedBy()).isEqualTo("lead");
        assertThat(view.decidedAt()).isNotNull();
        assertNotPending(() -> merge.confirm("lead"));
        assertNotPending(() -> merge.undo("lead", Set.of()));
        assertThat(merge.status()).isEqualTo(ReorganizationStatus.CONFIRMED);
        assertThat(merge.transitions()).hasSize(2);
    }

    @Test
    void undoingRegistersReorganizationUndoneWithTheStepsAsPublishedAndDropsThoseOfDeletedOrganizations() {
        Reorganization merge = merge();
        merge.eventsPublished();

        merge.undo("lead", Set.of(3L));

        assertThat(merge.status()).isEqualTo(ReorganizationStatus.UNDONE);
        assertThat(merge.transitions()).as("the successor 3 was deleted by the undo").isEmpty();
        assertThat(merge.domainEvents()).containsExactly(new ReorganizationUndone(42L, ReorganizationKind.MERGE,
                EFFECTIVE, List.of(new OrganizationSuccession(1, 3L), new OrganizationSuccession(2, 3L))));
        merge.eventsPublished();
        assertThat(merge.domainEvents()).isEmpty();
    }

    @Test
    void undoingKeepsTheStepsOfOrganizationsThatStay() {
        Reorganization rename = new Reorganization(ReorganizationKind.RENAME, EFFECTIVE, "Quyết định 1", null,
                "admin", List.of(new Reorganization.Transition(5, 5L)));
        ReflectionTestUtils.setField(rename, "id", 7L);

        rename.undo("admin", Set.of());

        assertThat(rename.transitions()).extracting(Reorganization.Transition::predecessorId).containsExactly(5L);
        assertNotPending(() -> rename.undo("admin", Set.of()));
        assertNotPending(() -> rename.confirm("admin"));
        assertThat(rename.status()).isEqualTo(ReorganizationStatus.UNDONE);
    }

    @Test
    void appliedAndUndoneBeforeAnySaveRegistersBothInOrder() {
        Reorganization merge = merge();

        merge.undo("admin", Set.of());

        assertThat(merge.domainEvents()).hasSize(2).first().isInstanceOf(OrganizationsReorganized.class);
        assertThat(merge.domainEvents()).last().isInstanceOf(ReorganizationUndone.class);
    }

    @Test
    void aClosureIsASuccessionToNoneAndEndsItsPredecessor() {
        Reorganization close = new Reorganization(ReorganizationKind.CLOSE, EFFECTIVE, "Quyết định 2", null, "admin",
                List.of(new Reorganization.Transition(9, null)));
        ReflectionTestUtils.setField(close, "id", 8L);

        OrganizationsReorganized event = (OrganizationsReorganized) close.domainEvents().iterator().next();

        assertThat(event.successions()).containsExactly(new OrganizationSuccession(9, null));
        assertThat(event.successions().get(0).predecessorEnded()).isTrue();
        assertThat(new OrganizationSuccession(5, 5L).predecessorEnded()).isFalse();
        assertThat(new OrganizationSuccession(1, 3L).predecessorEnded()).isTrue();
    }
}
