package vn.phoihop.tracking.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.support.ApiCalls;
import vn.phoihop.support.Fixtures;
import vn.phoihop.support.RegistryFixtures;
import vn.phoihop.tracking.plan.TrackingPlanFixtures;

/**
 * Assignments (issue 10, points 2 and 8; access, point 6): “all provinces as of 01/06/2025” creates 63 assignments
 * and “as of 01/08/2025” 34, with no duplicate on a second try; a provincial user sees only their province's
 * assignments (API and page), the province's Party committee reads them, Hà Nội never sees Bắc Ninh's; a province
 * assigns only within its scope.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AssignmentApiTests {

    @Autowired MockMvc mvc;
    @Autowired ApiCalls api;
    @Autowired Fixtures fixtures;
    @Autowired RegistryFixtures registry;
    @Autowired TrackingPlanFixtures tracking;
    @Autowired JdbcClient jdbc;

    private CurrentUser user(String name, String org, Role role) {
        return Fixtures.principal(fixtures.user(name, org, role));
    }

    private long centralTask(String tag) {
        long plan = tracking.plan("CTDCT", "Kế hoạch giao " + tag);
        return tracking.task(plan, tracking.group(plan, "1"), "1.1", LocalDate.of(2026, 12, 31));
    }

    @Test
    void allProvincesAsOfADateFollowTheRegistry63Then34() throws Exception {
        CurrentUser central = user("tplan.central", "CTDCT", Role.CENTRAL_STAFF);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long before = centralTask("trước " + tag);
        MockHttpServletResponse sixtyThree = api.call(mvc, central, HttpMethod.POST,
                "/api/v1/tracking/tasks/" + before + "/assignments",
                "{\"allProvincesAsOf\":\"2025-06-01\",\"kind\":\"PROVINCIAL_POLICE\",\"role\":\"LEAD\"}");
        assertThat(sixtyThree.getStatus()).as(sixtyThree.getContentAsString()).isEqualTo(201);
        assertThat((Integer) JsonPath.read(sixtyThree.getContentAsString(), "$.created")).isEqualTo(63);
        assertThat(JsonPath.<List<Integer>>read(sixtyThree.getContentAsString(), "$.ids")).hasSize(63);
        MockHttpServletResponse again = api.call(mvc, central, HttpMethod.POST,
                "/api/v1/tracking/tasks/" + before + "/assignments", "{\"allProvincesAsOf\":\"2025-06-01\"}");
        assertThat((Integer) JsonPath.read(again.getContentAsString(), "$.created")).isZero();
        assertThat((Integer) JsonPath.read(again.getContentAsString(), "$.existing")).isEqualTo(63);
        assertThat(jdbc.sql("SELECT count(*) FROM tracking_carrier c JOIN tracking_assignment a ON a.id ="
                + " c.assignment_id WHERE a.task_id = :t AND c.valid_from = DATE '2025-06-01'").param("t", before)
                .query(Long.class).single()).as("one carrier row per assignment, from the as-of date").isEqualTo(63);

        long after = centralTask("sau " + tag);
        MockHttpServletResponse thirtyFour = api.call(mvc, central, HttpMethod.POST,
                "/api/v1/tracking/tasks/" + after + "/assignments", "{\"allProvincesAsOf\":\"2025-08-01\"}");
        assertThat(thirtyFour.getStatus()).as(thirtyFour.getContentAsString()).isEqualTo(201);
        assertThat((Integer) JsonPath.read(thirtyFour.getContentAsString(), "$.created")).isEqualTo(34);
        String list = api.get(mvc, central, "/api/v1/tracking/tasks/" + after + "/assignments").getContentAsString();
        assertThat(JsonPath.<List<String>>read(list, "$[*].assignee")).hasSize(34).contains("Công an tỉnh Bắc Ninh");
    }

    @Test
    void aProvinceSeesOnlyItsOwnAssignmentsAndItsPartyCommitteeReadsThem() throws Exception {
        CurrentUser central = user("tplan.central", "CTDCT", Role.CENTRAL_STAFF);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long task = centralTask("phạm vi " + tag);
        long bacNinh = registry.id("T20-CA");
        long haNoi = registry.id("T01-CA");
        MockHttpServletResponse assigned = api.call(mvc, central, HttpMethod.POST,
                "/api/v1/tracking/tasks/" + task + "/assignments",
                "{\"organizationIds\":[%d,%d],\"asOf\":\"2025-08-01\",\"role\":\"SUPPORT\"}".formatted(bacNinh, haNoi));
        assertThat(assigned.getStatus()).as(assigned.getContentAsString()).isEqualTo(201);
        assertThat((Integer) JsonPath.read(assigned.getContentAsString(), "$.created")).isEqualTo(2);

        String path = "/api/v1/tracking/tasks/" + task + "/assignments";
        assertThat(organizations(api.get(mvc, central, path))).containsExactlyInAnyOrder(bacNinh, haNoi);
        CurrentUser police = user("tplan.police.bn", "T20-CA", Role.PROVINCE_POLICE_STAFF);
        CurrentUser party = user("tplan.party.bn", "T20-TU", Role.PROVINCE_PARTY_STAFF);
        CurrentUser viewer = user("tplan.viewer.bn", "T20-CA", Role.VIEWER);
        for (CurrentUser reader : List.of(police, party, viewer)) {
            assertThat(organizations(api.get(mvc, reader, path))).as(reader.getUsername()).containsExactly(bacNinh);
            String page = page(reader, "/tracking/tasks/" + task);
            assertThat(page).contains("Công an tỉnh Bắc Ninh").doesNotContain("Hà Nội");
        }
        CurrentUser hanoi = user("tplan.police.hn", "T01-CA", Role.PROVINCE_POLICE_STAFF);
        assertThat(organizations(api.get(mvc, hanoi, path))).containsExactly(haNoi);
        assertThat(page(hanoi, "/tracking/tasks/" + task)).doesNotContain("Bắc Ninh");
        assertThat(api.call(mvc, viewer, HttpMethod.POST, path, "{\"organizationIds\":[%d]}".formatted(bacNinh))
                .getStatus()).as("a viewer does not assign").isEqualTo(403);
    }

    @Test
    void aProvinceAssignsItsOwnPlanOnlyWithinItsScope() throws Exception {
        CurrentUser leader = user("tplan.leader.bn", "T20-CA", Role.LEADER);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        MockHttpServletResponse created = api.call(mvc, leader, HttpMethod.POST, "/api/v1/tracking/plans", """
                {"title":"Kế hoạch của Công an tỉnh %s","sourceType":"OTHER","sourceLabel":"Chỉ thị của Giám đốc",
                 "startsOn":"2026-01-01"}""".formatted(tag));
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        long plan = ((Number) JsonPath.read(created.getContentAsString(), "$.id")).longValue();
        long task = tracking.task(plan, tracking.group(plan, "1"), "1.1", LocalDate.of(2026, 12, 31));
        long unit = registry.unit("TP-U-" + tag.toUpperCase(), vn.phoihop.organization.OrganizationKind.POLICE_UNIT,
                "Phòng thử " + tag, "T20-CA", LocalDate.of(2026, 1, 1));
        String path = "/api/v1/tracking/tasks/" + task + "/assignments";
        MockHttpServletResponse outside = api.call(mvc, leader, HttpMethod.POST, path,
                "{\"organizationIds\":[%d,%d],\"asOf\":\"2026-02-01\"}".formatted(unit, registry.id("T01-CA")));
        assertThat(outside.getStatus()).as(outside.getContentAsString()).isEqualTo(400);
        assertThat(outside.getContentAsString()).contains("không thuộc phạm vi");
        MockHttpServletResponse all = api.call(mvc, leader, HttpMethod.POST, path,
                "{\"allProvincesAsOf\":\"2025-08-01\"}");
        assertThat(all.getStatus()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT count(*) FROM tracking_assignment WHERE task_id = :t").param("t", task)
                .query(Long.class).single()).as("a refusal changes nothing").isZero();
        MockHttpServletResponse inside = api.call(mvc, leader, HttpMethod.POST, path,
                "{\"organizationIds\":[%d],\"asOf\":\"2026-02-01\"}".formatted(unit));
        assertThat(inside.getStatus()).as(inside.getContentAsString()).isEqualTo(201);
        CurrentUser hanoi = user("tplan.police.hn", "T01-CA", Role.PROVINCE_POLICE_STAFF);
        assertThat(api.get(mvc, hanoi, "/api/v1/tracking/plans/" + plan).getStatus()).isEqualTo(404);
        assertThat(api.get(mvc, hanoi, path).getStatus()).isEqualTo(404);
    }

    private static List<Long> organizations(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return JsonPath.<List<Number>>read(response.getContentAsString(), "$[*].organizationId").stream()
                .map(Number::longValue).toList();
    }

    private String page(CurrentUser user, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get(path).with(authentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())))).andReturn()
                .getResponse();
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }
}
