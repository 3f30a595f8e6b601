package vn.phoihop.reporting.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import vn.phoihop.account.CurrentUser;
import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.reporting.ReportingFixtures;
import vn.phoihop.support.ApiCalls;
import vn.phoihop.support.Fixtures;
import vn.phoihop.support.RegistryFixtures;

/**
 * Assignments follow a real merge through the registry's API: two units reporting a monthly template are merged
 * into a new one from 01/06/2026. May is reported by the two, June by the successor, which inherited one assignment
 * (the second partner's is not duplicated); the originals end on 31/05/2026. Undoing the merge deletes the inherited
 * assignment, reopens the originals and lets the registry delete the successor.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AssignmentSuccessionTests {

    @Autowired MockMvc mvc;
    @Autowired ApiCalls api;
    @Autowired Fixtures fixtures;
    @Autowired RegistryFixtures registry;
    @Autowired ReportingFixtures reporting;
    @Autowired ReportingPeriods periods;
    @Autowired JdbcClient jdbc;

    @Test
    void theSuccessorInheritsFromTheEffectiveDateAndUndoRestoresTheOriginals() throws Exception {
        CurrentUser admin = fixtures.demoAdmin();
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        LocalDate from = LocalDate.of(2026, 1, 1);
        long a = registry.unit("RP-A-" + tag, OrganizationKind.POLICE_UNIT, "Phòng A " + tag, "T20-CA", from);
        long b = registry.unit("RP-B-" + tag, OrganizationKind.POLICE_UNIT, "Phòng B " + tag, "T20-CA", from);
        ReportingFixtures.TestTemplate template = reporting.monthlyTemplate("RPS" + tag, from, 1);
        List<Long> months = reporting.monthlyPeriods(template.id(), YearMonth.of(2026, 5), YearMonth.of(2026, 6));
        long may = months.get(0);
        long june = months.get(1);
        long assignmentA = reporting.assign(template.id(), "RP-A-" + tag, from);
        long assignmentB = reporting.assign(template.id(), "RP-B-" + tag, from);
        assertThat(periods.expectedReporters(june)).containsExactlyInAnyOrder(a, b);

        MockHttpServletResponse applied = api.call(mvc, admin, HttpMethod.POST, "/api/v1/reorganizations", """
                {"kind":"MERGE","effectiveDate":"2026-06-01","legalBasis":"Quyết định số 98/QĐ-CAT ngày 20/5/2026",
                 "organizationIds":[%d,%d],
                 "newOrganizations":[{"code":"RP-AB-%s","name":"Phòng AB %s"}]}""".formatted(a, b, tag, tag));
        assertThat(applied.getStatus()).as(applied.getContentAsString()).isEqualTo(201);
        long reorganization = ((Number) JsonPath.read(applied.getContentAsString(), "$.id")).longValue();
        long merged = registry.id("RP-AB-" + tag);

        assertThat(periods.expectedReporters(may)).containsExactlyInAnyOrder(a, b);
        assertThat(periods.expectedReporters(june)).containsExactly(merged);
        assertThat(periods.expects(june, merged)).isTrue();
        assertThat(periods.expects(june, a)).isFalse();
        List<Map<String, Object>> inherited = jdbc.sql("SELECT organization_id, valid_from, valid_to, inherited_from,"
                + " reorganization_id FROM report_assignment WHERE template_id = :t AND inherited_from IS NOT NULL")
                .param("t", template.id()).query().listOfRows();
        assertThat(inherited).hasSize(1);
        assertThat(inherited.get(0)).containsEntry("organization_id", merged)
                .containsEntry("reorganization_id", reorganization).containsEntry("valid_to", null);
        assertThat(((java.sql.Date) inherited.get(0).get("valid_from")).toLocalDate())
                .isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(inherited.get(0).get("inherited_from")).isIn(assignmentA, assignmentB);
        assertThat(validTo(assignmentA)).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(validTo(assignmentB)).isEqualTo(LocalDate.of(2026, 5, 31));

        MockHttpServletResponse undone = api.call(mvc, admin, HttpMethod.POST,
                "/api/v1/reorganizations/" + reorganization + "/undo", null);
        assertThat(undone.getStatus()).as(undone.getContentAsString()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM report_assignment WHERE template_id = :t AND inherited_from IS NOT"
                + " NULL").param("t", template.id()).query(Long.class).single()).isZero();
        assertThat(validTo(assignmentA)).isNull();
        assertThat(validTo(assignmentB)).isNull();
        assertThat(periods.expectedReporters(june)).containsExactlyInAnyOrder(a, b);
        assertThat(jdbc.sql("SELECT count(*) FROM organization WHERE id = :id").param("id", merged).query(Long.class)
                .single()).as("the undo deleted the organisation the merge created").isZero();
    }

    @Test
    void aClosedOrganizationsAssignmentsEndWithoutSuccessorAndAnUndoReopensThem() throws Exception {
        CurrentUser admin = fixtures.demoAdmin();
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        LocalDate from = LocalDate.of(2026, 1, 1);
        long c = registry.unit("RP-C-" + tag, OrganizationKind.POLICE_UNIT, "Phòng C " + tag, "T20-CA", from);
        ReportingFixtures.TestTemplate template = reporting.monthlyTemplate("RPC" + tag, from, 1);
        long august = reporting.monthlyPeriods(template.id(), YearMonth.of(2026, 8), YearMonth.of(2026, 8)).get(0);
        long assignment = reporting.assign(template.id(), "RP-C-" + tag, from);

        MockHttpServletResponse applied = api.call(mvc, admin, HttpMethod.POST, "/api/v1/reorganizations", """
                {"kind":"CLOSE","effectiveDate":"2026-08-01","legalBasis":"Quyết định số 97/QĐ-CAT ngày 20/7/2026",
                 "organizationIds":[%d]}""".formatted(c));
        assertThat(applied.getStatus()).as(applied.getContentAsString()).isEqualTo(201);
        long reorganization = ((Number) JsonPath.read(applied.getContentAsString(), "$.id")).longValue();
        assertThat(validTo(assignment)).isEqualTo(LocalDate.of(2026, 7, 31));
        assertThat(periods.expectedReporters(august)).isEmpty();

        assertThat(api.call(mvc, admin, HttpMethod.POST, "/api/v1/reorganizations/" + reorganization + "/undo", null)
                .getStatus()).isEqualTo(200);
        assertThat(validTo(assignment)).isNull();
        assertThat(periods.expectedReporters(august)).containsExactly(c);
    }

    @Test
    void anUndoIsRefusedOnceTheNewOrganizationWasAssignedDirectly() throws Exception {
        CurrentUser admin = fixtures.demoAdmin();
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        LocalDate from = LocalDate.of(2026, 1, 1);
        long a = registry.unit("RP-D-" + tag, OrganizationKind.POLICE_UNIT, "Phòng D " + tag, "T20-CA", from);
        long b = registry.unit("RP-E-" + tag, OrganizationKind.POLICE_UNIT, "Phòng E " + tag, "T20-CA", from);
        ReportingFixtures.TestTemplate first = reporting.monthlyTemplate("RPD" + tag, from, 1);
        ReportingFixtures.TestTemplate second = reporting.monthlyTemplate("RPF" + tag, from, 1);
        long original = reporting.assign(first.id(), "RP-D-" + tag, from);
        MockHttpServletResponse preview = api.call(mvc, admin, HttpMethod.POST, "/api/v1/reorganizations/preview",
                merge(a, b, tag));
        assertThat(JsonPath.<List<String>>read(preview.getContentAsString(), "$.affected[*].reference"))
                .contains(String.valueOf(original));
        MockHttpServletResponse applied = api.call(mvc, admin, HttpMethod.POST, "/api/v1/reorganizations",
                merge(a, b, tag));
        assertThat(applied.getStatus()).as(applied.getContentAsString()).isEqualTo(201);
        long reorganization = ((Number) JsonPath.read(applied.getContentAsString(), "$.id")).longValue();
        long direct = reporting.assign(second.id(), "RP-DE-" + tag, LocalDate.of(2026, 9, 1));

        MockHttpServletResponse undo = api.call(mvc, admin, HttpMethod.POST,
                "/api/v1/reorganizations/" + reorganization + "/undo", null);
        assertThat(undo.getStatus()).as(undo.getContentAsString()).isEqualTo(409);
        assertThat(validTo(original)).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(jdbc.sql("SELECT count(*) FROM report_assignment WHERE inherited_from = :o").param("o", original)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(validTo(direct)).isNull();
    }

    private static String merge(long a, long b, String tag) {
        return """
                {"kind":"MERGE","effectiveDate":"2026-06-01","legalBasis":"Quyết định số 96/QĐ-CAT ngày 20/5/2026",
                 "organizationIds":[%d,%d],
                 "newOrganizations":[{"code":"RP-DE-%s","name":"Phòng DE %s"}]}""".formatted(a, b, tag, tag);
    }

    private LocalDate validTo(long assignment) {
        return jdbc.sql("SELECT valid_to FROM report_assignment WHERE id = :id").param("id", assignment)
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getObject(1, LocalDate.class))).single()
                .orElse(null);
    }
}
