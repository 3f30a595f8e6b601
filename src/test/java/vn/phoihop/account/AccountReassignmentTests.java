package vn.phoihop.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.organization.OrganizationsReorganized;
import vn.phoihop.organization.reorganization.ReorganizationCommand;
import vn.phoihop.organization.ReorganizationKind;
import vn.phoihop.organization.ReorganizationUndone;
import vn.phoihop.organization.reorganization.Reorganizations;
import vn.phoihop.support.Fixtures;
import vn.phoihop.support.RegistryFixtures;
import vn.phoihop.account.user.AccountReassignments;

/**
 * The registry's events reach the account module through the event publication registry: one
 * {@link OrganizationsReorganized} per applied reorganisation and one {@link ReorganizationUndone} per undo, each
 * handled exactly once, also when the application stopped after the listener's work but before the publication was
 * marked complete (the registry then delivers it again at start, and the listener changes nothing the second time).
 */
@SpringBootTest
@EnableScenarios
class AccountReassignmentTests {

    private static final String LISTENER = "%AccountReassignments%";

    @Autowired Fixtures fixtures;
    @Autowired RegistryFixtures registry;
    @Autowired Reorganizations reorganizations;
    @Autowired AccountReassignments reassignments;
    @Autowired IncompleteEventPublications incomplete;
    @Autowired JdbcClient jdbc;

    private String tag;
    private long a;
    private long b;
    private long user;

    @BeforeEach
    void twoUnitsAndAnAccountInOne() {
        tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        LocalDate from = LocalDate.of(2026, 1, 1);
        a = registry.unit("AR-A-" + tag, OrganizationKind.POLICE_UNIT, "Phòng A " + tag, "T20-CA", from);
        b = registry.unit("AR-B-" + tag, OrganizationKind.POLICE_UNIT, "Phòng B " + tag, "T20-CA", from);
        user = fixtures.user("ar." + tag.toLowerCase(), "AR-A-" + tag, Role.PROVINCE_POLICE_STAFF).id();
    }

    @Test
    void aMergeIsHeardOnceAndItsUndoTakesTheRecordsBack(Scenario scenario) {
        scenario.stimulate(() -> Fixtures.as(fixtures.demoAdmin(), () -> reorganizations.apply(merge())))
                .andWaitForStateChange(this::recorded, n -> n > 0)
                .andVerify(n -> assertThat(n).isEqualTo(1));
        long id = reorganizationOf(a);
        assertThat(completedPublications(OrganizationsReorganized.class, id)).isEqualTo(1);
        long successor = registry.id("AR-AB-" + tag);
        assertThat(Fixtures.as(fixtures.demoAdmin(), reassignments::pending))
                .filteredOn(r -> r.userId() == user).singleElement()
                .satisfies(r -> {
                    assertThat(r.formerOrganizationId()).isEqualTo(a);
                    assertThat(r.proposedOrganizationId()).isEqualTo(successor);
                    assertThat(r.effectiveDate()).isEqualTo(LocalDate.of(2026, 6, 1));
                });

        scenario.stimulate(() -> Fixtures.as(fixtures.demoAdmin(), () -> reorganizations.undo(id)))
                .andWaitForStateChange(this::recorded, n -> n == 0)
                .andVerify(n -> assertThat(n).isZero());
        assertThat(completedPublications(ReorganizationUndone.class, id)).isEqualTo(1);
    }

    @Test
    void aDeliveryRepeatedAfterAStopChangesNothing(Scenario scenario) {
        scenario.stimulate(() -> Fixtures.as(fixtures.demoAdmin(), () -> reorganizations.apply(merge())))
                .andWaitForStateChange(this::recorded, n -> n > 0)
                .andVerify(n -> assertThat(n).isEqualTo(1));
        long id = reorganizationOf(a);

        // The application stopped after the listener committed but before its publication was marked complete.
        int reopened = jdbc.sql("""
                UPDATE event_publication SET completion_date = NULL, status = 'PUBLISHED'
                WHERE listener_id LIKE :listener AND event_type = :type
                  AND CAST(serialized_event AS jsonb) ->> 'reorganizationId' = :id
                """).param("listener", LISTENER).param("type", OrganizationsReorganized.class.getName())
                .param("id", String.valueOf(id)).update();
        assertThat(reopened).isEqualTo(1);
        incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof OrganizationsReorganized e
                && e.reorganizationId() == id);

        scenario.stimulate(() -> null)
                .andWaitForStateChange(() -> completedPublications(OrganizationsReorganized.class, id), n -> n == 1)
                .andVerify(n -> assertThat(recorded()).isEqualTo(1));
        assertThat(jdbc.sql("SELECT count(*) FROM event_publication WHERE listener_id LIKE :listener"
                + " AND CAST(serialized_event AS jsonb) ->> 'reorganizationId' = :id")
                .param("listener", LISTENER).param("id", String.valueOf(id)).query(Long.class).single())
                .as("one publication per listener and event, however often delivered").isEqualTo(1);
    }

    private ReorganizationCommand merge() {
        return new ReorganizationCommand(ReorganizationKind.MERGE, LocalDate.of(2026, 6, 1),
                "Quyết định số 98/QĐ-CAT ngày 20/5/2026", null, List.of(a, b), null,
                List.of(new ReorganizationCommand.NewOrganization("AR-AB-" + tag, null, "Phòng AB " + tag, null, null,
                        null)), null, null, null, null);
    }

    private long recorded() {
        return jdbc.sql("SELECT count(*) FROM account_reassignment WHERE user_id = :u").param("u", user)
                .query(Long.class).single();
    }

    private long reorganizationOf(long predecessor) {
        return jdbc.sql("SELECT max(t.reorganization_id) FROM reorganization_transition t WHERE t.predecessor_id = :p")
                .param("p", predecessor).query(Long.class).single();
    }

    private long completedPublications(Class<?> type, long reorganizationId) {
        return jdbc.sql("""
                SELECT count(*) FROM event_publication
                WHERE listener_id LIKE :listener AND event_type = :type AND completion_date IS NOT NULL
                  AND CAST(serialized_event AS jsonb) ->> 'reorganizationId' = :id
                """).param("listener", LISTENER).param("type", type.getName())
                .param("id", String.valueOf(reorganizationId)).query(Long.class).single();
    }
}
