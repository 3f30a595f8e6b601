package vn.phoihop.tracking.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
import vn.phoihop.account.Role;
import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.support.ApiCalls;
import vn.phoihop.support.Fixtures;
import vn.phoihop.support.RegistryFixtures;
import vn.phoihop.tracking.plan.TrackingPlanFixtures;

/**
 * Open assignments follow a real merge through the registry's API (issue 10, point 2): two units assigned a task from
 * 01/01/2026 are merged into a new one from 01/06/2026. The open assignment passes to the successor (its history
 * shows both), the DONE one stays with its assignee; the preview lists the plan once per organisation; undoing the
 * merge restores the carriers and lets the registry delete the successor.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CarrierSuccessionTests {

    @Autowired MockMvc mvc;
    @Autowired ApiCalls api;
    @Autowired Fixtures fixtures;
    @Autowired RegistryFixtures registry;
    @Autowired TrackingPlanFixtures tracking;
    @Autowired JdbcClient jdbc;

    @Test
    void openAssignmentsPassToTheSuccessorAndUndoRestoresThem() throws Exception {
        CurrentUser admin = fixtures.demoAdmin();
        CurrentUser central = Fixtures.principal(fixtures.user("tplan.central", "CTDCT", Role.CENTRAL_STAFF));
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        LocalDate from = LocalDate.of(2026, 1, 1);
        long a = registry.unit("TS-A-" + tag, OrganizationKind.POLICE_UNIT, "Phòng A " + tag, "T20-CA", from);
        long b = registry.unit("TS-B-" + tag, OrganizationKind.POLICE_UNIT, "Phòng B " + tag, "T20-CA", from);
        long plan = tracking.plan("CTDCT", "Kế hoạch kế thừa " + tag);
        long task = tracking.task(plan, tracking.group(plan, "1"), "1.1", LocalDate.of(2026, 12, 31));
        MockHttpServletResponse assigned = api.call(mvc, central, HttpMethod.POST,
                "/api/v1/tracking/tasks/" + task + "/assignments",
                "{\"organizationIds\":[%d,%d],\"asOf\":\"2026-01-01\"}".formatted(a, b));
        assertThat(assigned.getStatus()).as(assigned.getContentAsString()).isEqualTo(201);
        long open = assignmentOf(task, a);
        long done = assignmentOf(task, b);
        jdbc.sql("UPDATE tracking_assignment SET status = 'DONE', percent = 100 WHERE id = :id").param("id", done)
                .update();

        MockHttpServletResponse preview = api.call(mvc, admin, HttpMethod.POST, "/api/v1/reorganizations/preview",
                merge(a, b, tag));
        assertThat(JsonPath.<List<String>>read(preview.getContentAsString(),
                "$.affected[?(@.type == 'tracking_plan')].reference")).containsExactlyInAnyOrder(
                        String.valueOf(plan), String.valueOf(plan));
        MockHttpServletResponse applied = api.call(mvc, admin, HttpMethod.POST, "/api/v1/reorganizations",
                merge(a, b, tag));
        assertThat(applied.getStatus()).as(applied.getContentAsString()).isEqualTo(201);
        long reorganization = ((Number) JsonPath.read(applied.getContentAsString(), "$.id")).longValue();
        long merged = registry.id("TS-AB-" + tag);

        List<Map<String, Object>> carriers = carriers(open);
        assertThat(carriers).hasSize(2);
        assertThat(carriers.get(0)).containsEntry("organization_id", a).containsEntry("valid_to",
                java.sql.Date.valueOf("2026-05-31"));
        assertThat(carriers.get(1)).containsEntry("organization_id", merged).containsEntry("valid_to", null)
                .containsEntry("reorganization_id", reorganization);
        assertThat(carriers(done)).as("a DONE assignment stays with its assignee").hasSize(1)
                .allSatisfy(c -> assertThat(c).containsEntry("organization_id", b).containsEntry("valid_to", null));
        String list = api.get(mvc, central, "/api/v1/tracking/tasks/" + task + "/assignments").getContentAsString();
        String row = "$[?(@.id == " + open + ")]";
        assertThat(JsonPath.<List<Number>>read(list, row + ".carrierId")).extracting(Number::longValue)
                .containsExactly(merged);
        assertThat(JsonPath.<List<String>>read(list, row + ".carriers[*].name"))
                .containsExactly("Phòng A " + tag, "Phòng AB " + tag);
        assertThat(JsonPath.<List<String>>read(list, row + ".carriers[1].validFrom")).containsExactly("2026-06-01");

        MockHttpServletResponse undone = api.call(mvc, admin, HttpMethod.POST,
                "/api/v1/reorganizations/" + reorganization + "/undo", null);
        assertThat(undone.getStatus()).as(undone.getContentAsString()).isEqualTo(200);
        assertThat(carriers(open)).hasSize(1).allSatisfy(c -> assertThat(c).containsEntry("organization_id", a)
                .containsEntry("valid_to", null).containsEntry("ended_by_reorganization_id", null));
        assertThat(carriers(done)).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM organization WHERE id = :id").param("id", merged).query(Long.class)
                .single()).as("the undo deleted the organisation the merge created").isZero();
    }

    private long assignmentOf(long task, long org) {
        return jdbc.sql("SELECT id FROM tracking_assignment WHERE task_id = :t AND organization_id = :o")
                .param("t", task).param("o", org).query(Long.class).single();
    }

    private List<Map<String, Object>> carriers(long assignment) {
        return jdbc.sql("SELECT organization_id, valid_from, valid_to, reorganization_id, ended_by_reorganization_id"
                + " FROM tracking_carrier WHERE assignment_id = :a ORDER BY valid_from, id").param("a", assignment)
                .query().listOfRows();
    }

    private static String merge(long a, long b, String tag) {
        return """
                {"kind":"MERGE","effectiveDate":"2026-06-01","legalBasis":"Quyết định số 95/QĐ-CAT ngày 20/5/2026",
                 "organizationIds":[%d,%d],
                 "newOrganizations":[{"code":"TS-AB-%s","name":"Phòng AB %s"}]}""".formatted(a, b, tag, tag);
    }
}
