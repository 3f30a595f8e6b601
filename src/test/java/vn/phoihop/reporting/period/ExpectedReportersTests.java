package vn.phoihop.reporting.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.organization.Organizations;
import vn.phoihop.reporting.ReportingFixtures;
import vn.phoihop.reporting.period.PeriodCommands.EndAssignment;
import vn.phoihop.reporting.period.PeriodCommands.NewAssignment;
import vn.phoihop.support.Fixtures;

/**
 * Expected reporters across the 2025 reform with the demo registry: a template assigned to "all provincial police
 * forces as of" 01/01/2024 (the 63 former ones) and as of 01/07/2025 (today's 34) is reported in June 2025 by the
 * former Bắc Ninh and Bắc Giang forces, in July 2025 by today's Bắc Ninh force (a force that continued through the
 * reform keeps its assignment and is skipped the second time). Assigning again skips what exists,
 * codes are checked, ending an assignment takes effect after its last day, and a Bắc Ninh reader sees only the
 * reporters within their scope.
 */
@SpringBootTest
class ExpectedReportersTests {

    @Autowired Assignments assignments;
    @Autowired PeriodQueries queries;
    @Autowired ReportingPeriods periods;
    @Autowired ReportingFixtures reporting;
    @Autowired Fixtures fixtures;
    @Autowired Organizations organizations;

    @Test
    void aMergedProvinceReportsUntilJuneItsSuccessorFromJuly() {
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        ReportingFixtures.TestTemplate template = reporting.monthlyTemplate("RPE" + tag, LocalDate.of(2024, 1, 1), 1);
        List<Long> months = reporting.monthlyPeriods(template.id(), YearMonth.of(2025, 6), YearMonth.of(2025, 7));
        CurrentUser central = Fixtures.principal(fixtures.user("rperiod.central", "CTDCT", Role.CENTRAL_STAFF));

        Assignments.Outcome former = Fixtures.as(central, () -> assignments.assign(template.id(),
                new NewAssignment(null, true, LocalDate.of(2024, 1, 1), null)));
        assertThat(former.assigned()).isEqualTo(63);
        Assignments.Outcome today = Fixtures.as(central, () -> assignments.assign(template.id(),
                new NewAssignment("", true, LocalDate.of(2025, 7, 1), null)));
        assertThat(today.assigned() + today.skipped()).as("the provinces that continued keep their assignment")
                .isEqualTo(34);
        assertThat(Fixtures.as(central, () -> assignments.assign(template.id(),
                new NewAssignment("T20-CA", false, LocalDate.of(2025, 8, 1), null)))).isEqualTo(
                        new Assignments.Outcome(0, 1));

        long bacNinh = organizations.findByCode("T20-CA").orElseThrow().id();
        Set<Long> formerBacNinh = organizations.withPredecessors(bacNinh);
        assertThat(formerBacNinh).hasSizeGreaterThanOrEqualTo(3);
        List<Long> june = periods.expectedReporters(months.get(0));
        List<Long> july = periods.expectedReporters(months.get(1));
        assertThat(june).hasSize(63).doesNotContain(bacNinh);
        assertThat(june).containsAll(formerBacNinh.stream().filter(id -> id != bacNinh).toList());
        assertThat(july).hasSize(34).contains(bacNinh).doesNotContainAnyElementsOf(
                formerBacNinh.stream().filter(id -> id != bacNinh).toList());

        CurrentUser reader = Fixtures.principal(fixtures.user("rperiod.viewer", "T20-CA", Role.VIEWER));
        List<PeriodQueries.Reporter> seen = Fixtures.as(reader, () -> queries.expected(months.get(1)));
        assertThat(seen).extracting(PeriodQueries.Reporter::organizationId).containsExactly(bacNinh);
        assertThat(Fixtures.as(reader, () -> queries.expected(months.get(0))))
                .extracting(PeriodQueries.Reporter::organizationId)
                .containsExactlyInAnyOrderElementsOf(formerBacNinh.stream().filter(id -> id != bacNinh).toList());
        assertThat(Fixtures.as(central, () -> queries.expected(months.get(1)))).hasSize(34);

        long assignment = Fixtures.as(central, () -> assignments.inForce(template.id(), LocalDate.of(2025, 7, 31)))
                .stream().filter(a -> a.organizationId() == bacNinh).findFirst().orElseThrow().id();
        Fixtures.as(central, () -> {
            assignments.end(template.id(), assignment, new EndAssignment(LocalDate.of(2025, 7, 30)));
            return null;
        });
        assertThat(periods.expectedReporters(months.get(1))).hasSize(33).doesNotContain(bacNinh);
        assertThatThrownBy(() -> Fixtures.as(central, () -> {
            assignments.end(template.id(), assignment, new EndAssignment(LocalDate.of(2025, 6, 1)));
            return null;
        })).isInstanceOfSatisfying(PeriodRefusal.class,
                r -> assertThat(r.messageKey()).isEqualTo("reporting.assignment.lastDay.beforeFrom"));
    }

    @Test
    void badCodesAndUnauthorisedUsersChangeNothing() {
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        ReportingFixtures.TestTemplate template = reporting.monthlyTemplate("RPB" + tag, LocalDate.of(2024, 1, 1), 1);
        CurrentUser central = Fixtures.principal(fixtures.user("rperiod.central", "CTDCT", Role.CENTRAL_STAFF));
        assertRefused(central, template.id(), new NewAssignment("T20-CA, KHONG-CO", false, LocalDate.of(2025, 7, 1),
                null), "reporting.assignment.codes.unknown");
        assertRefused(central, template.id(), new NewAssignment("T20-CA", false, LocalDate.of(2024, 7, 1), null),
                "reporting.assignment.codes.notInForce");
        assertRefused(central, template.id(), new NewAssignment(" , ", false, LocalDate.of(2025, 7, 1), null),
                "reporting.assignment.codes.required");
        assertRefused(central, template.id(), new NewAssignment("T20-CA", false, LocalDate.of(2025, 7, 1),
                LocalDate.of(2025, 6, 1)), "reporting.assignment.validTo.beforeFrom");
        CurrentUser leader = Fixtures.principal(fixtures.user("rperiod.leader", "T20-CA", Role.LEADER));
        assertThatThrownBy(() -> Fixtures.as(leader, () -> assignments.assign(template.id(),
                new NewAssignment("T20-CA", false, LocalDate.of(2025, 7, 1), null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(Fixtures.as(central, () -> assignments.inForce(template.id(), LocalDate.of(2025, 7, 1)))).isEmpty();
    }

    private void assertRefused(CurrentUser user, long template, NewAssignment command, String key) {
        assertThatThrownBy(() -> Fixtures.as(user, () -> assignments.assign(template, command)))
                .isInstanceOfSatisfying(PeriodRefusal.class, r -> assertThat(r.messageKey()).isEqualTo(key));
    }
}
