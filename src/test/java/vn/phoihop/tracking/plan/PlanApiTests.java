package vn.phoihop.tracking.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.springframework.test.web.servlet.MockMvc;

import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.support.ApiCalls;
import vn.phoihop.support.Fixtures;
import vn.phoihop.tracking.PlanSource;
import vn.phoihop.tracking.plan.PlanCommands.PlanForm;

/**
 * Plans through the API (issue 10, point 1 and 8): central staff create a plan from Resolution 12-NQ/TW, add a task
 * group and a task, and every reader finds it with the notation and its groups; bad input is refused in Vietnamese
 * and changes nothing; a stale edit is refused; viewers and Party staff do not plan; a conference conclusion feeds a
 * plan through {@link vn.phoihop.tracking.TrackingPlans}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlanApiTests {

    @Autowired MockMvc mvc;
    @Autowired ApiCalls api;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired Plans plans;

    private CurrentUser user(String name, String org, Role role) {
        return Fixtures.principal(fixtures.user(name, org, role));
    }

    private long document(String notation) {
        return jdbc.sql("SELECT id FROM document WHERE notation = :n ORDER BY id LIMIT 1").param("n", notation)
                .query(Long.class).single();
    }

    @Test
    void centralStaffCreateAPlanFromADocumentAndEveryoneReadsIt() throws Exception {
        CurrentUser central = user("tplan.central", "CTDCT", Role.CENTRAL_STAFF);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long doc = document("12-NQ/TW");
        MockHttpServletResponse created = api.call(mvc, central, HttpMethod.POST, "/api/v1/tracking/plans", """
                {"title":"Kế hoạch thực hiện Nghị quyết 12 %s","sourceType":"DOCUMENT","documentId":%d,
                 "startsOn":"2023-03-01","endsOn":"2030-12-31"}""".formatted(tag, doc));
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        long plan = ((Number) JsonPath.read(created.getContentAsString(), "$.id")).longValue();
        MockHttpServletResponse group = api.call(mvc, central, HttpMethod.POST,
                "/api/v1/tracking/plans/" + plan + "/groups", """
                {"code":"1","title":"Nâng cao nhận thức, trách nhiệm"}""");
        assertThat(group.getStatus()).as(group.getContentAsString()).isEqualTo(201);
        long groupId = ((Number) JsonPath.read(group.getContentAsString(), "$.id")).longValue();
        MockHttpServletResponse task = api.call(mvc, central, HttpMethod.POST,
                "/api/v1/tracking/plans/" + plan + "/tasks", """
                {"groupId":%d,"code":"1.1","title":"Quán triệt Nghị quyết","dueOn":"2023-06-30",
                 "recurrence":"YEARLY"}""".formatted(groupId));
        assertThat(task.getStatus()).as(task.getContentAsString()).isEqualTo(201);
        assertThat(api.call(mvc, central, HttpMethod.POST, "/api/v1/tracking/plans/" + plan + "/groups",
                "{\"code\":\"1\",\"title\":\"Trùng\"}").getStatus()).isEqualTo(409);

        CurrentUser police = user("tplan.police.bn", "T20-CA", Role.PROVINCE_POLICE_STAFF);
        String list = api.get(mvc, police, "/api/v1/tracking/plans").getContentAsString();
        String path = "$[?(@.id == " + plan + ")]";
        assertThat(JsonPath.<List<String>>read(list, path + ".notation")).containsExactly("12-NQ/TW");
        assertThat(JsonPath.<List<String>>read(list, path + ".owner")).hasSize(1);
        assertThat(JsonPath.<List<String>>read(list, path + ".taskGroups[0].code")).containsExactly("1");
        assertThat(JsonPath.<List<String>>read(list, path + ".taskGroups[0].tasks[0].code")).containsExactly("1.1");
        assertThat(JsonPath.<List<String>>read(list, path + ".taskGroups[0].tasks[0].dueOn"))
                .containsExactly("2023-06-30");
        MockHttpServletResponse one = api.get(mvc, police, "/api/v1/tracking/plans/" + plan);
        assertThat(one.getStatus()).isEqualTo(200);
        assertThat((String) JsonPath.read(one.getContentAsString(), "$.title")).endsWith(tag);
    }

    @Test
    void badInputIsRefusedInVietnameseAndChangesNothing() throws Exception {
        CurrentUser central = user("tplan.central", "CTDCT", Role.CENTRAL_STAFF);
        long before = jdbc.sql("SELECT count(*) FROM tracking_plan").query(Long.class).single();
        List<String> bodies = List.of(
                "{}",
                "{\"title\":\"   \",\"sourceType\":\"OTHER\",\"sourceLabel\":\"x\",\"startsOn\":\"2025-01-01\"}",
                "{\"title\":\"Kế hoạch\",\"sourceType\":\"DOCUMENT\",\"documentId\":999999999,"
                        + "\"startsOn\":\"2025-01-01\"}",
                "{\"title\":\"Kế hoạch\",\"sourceType\":\"OTHER\",\"startsOn\":\"2025-01-01\"}",
                "{\"title\":\"Kế hoạch\",\"sourceType\":\"OTHER\",\"sourceLabel\":\"x\",\"startsOn\":\"2025-01-01\","
                        + "\"endsOn\":\"2024-01-01\"}",
                "{\"title\":\"" + "a".repeat(501) + "\",\"sourceType\":\"OTHER\",\"sourceLabel\":\"x\","
                        + "\"startsOn\":\"2025-01-01\"}",
                "{\"title\":\"Kế\\u0000hoạch\",\"sourceType\":\"OTHER\",\"sourceLabel\":\"x\","
                        + "\"startsOn\":\"2025-01-01\"}",
                "{\"title\":\"Kế hoạch\",\"sourceType\":\"OTHER\",\"sourceLabel\":\"x\",\"startsOn\":\"2025-02-30\"}",
                "{\"title\":\"Kế hoạch\",\"sourceType\":\"OTHER\",\"sourceLabel\":\"x\",\"startsOn\":\"1900-01-01\"}");
        for (String body : bodies) {
            MockHttpServletResponse response = api.call(mvc, central, HttpMethod.POST, "/api/v1/tracking/plans", body);
            assertThat(response.getStatus()).as(body + " → " + response.getContentAsString()).isEqualTo(400);
            assertThat(response.getContentAsString()).as(body).containsPattern("[ạảãàáâầấậẩẫăằắặẳẵêềếệểễôồốộổỗơờớợởỡưừứựửữđ]");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM tracking_plan").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aStaleEditIsRefusedAndViewersAndPartyStaffDoNotPlan() throws Exception {
        CurrentUser central = user("tplan.central", "CTDCT", Role.CENTRAL_STAFF);
        long plan = Fixtures.as(central, () -> plans.create(new PlanForm("Kế hoạch sửa", null, PlanSource.Kind.OTHER,
                null, null, "Nguồn thử", LocalDate.of(2025, 1, 1), null, null)));
        Fixtures.as(central, () -> {
            plans.edit(plan, new PlanForm("Kế hoạch đã sửa", null, PlanSource.Kind.OTHER, null, null, "Nguồn thử",
                    LocalDate.of(2025, 1, 1), null, 0L));
            return null;
        });
        assertThatThrownBy(() -> Fixtures.as(central, () -> {
            plans.edit(plan, new PlanForm("Sửa trên bản cũ", null, PlanSource.Kind.OTHER, null, null, "Nguồn thử",
                    LocalDate.of(2025, 1, 1), null, 0L));
            return null;
        })).isInstanceOfSatisfying(UserFacingException.class, ex -> {
            assertThat(ex.status()).isEqualTo(409);
            assertThat(ex.messageKey()).isEqualTo("tracking.plan.stale");
        });
        assertThat(jdbc.sql("SELECT title FROM tracking_plan WHERE id = :id").param("id", plan).query(String.class)
                .single()).isEqualTo("Kế hoạch đã sửa");

        String body = "{\"title\":\"Kế hoạch\",\"sourceType\":\"OTHER\",\"sourceLabel\":\"x\","
                + "\"startsOn\":\"2025-01-01\"}";
        for (CurrentUser refused : List.of(user("tplan.viewer.bn", "T20-CA", Role.VIEWER),
                user("tplan.party.bn", "T20-TU", Role.PROVINCE_PARTY_STAFF))) {
            assertThat(api.call(mvc, refused, HttpMethod.POST, "/api/v1/tracking/plans", body).getStatus())
                    .isEqualTo(403);
            assertThat(api.call(mvc, refused, HttpMethod.POST, "/api/v1/tracking/plans/" + plan + "/groups",
                    "{\"code\":\"9\",\"title\":\"x\"}").getStatus()).isEqualTo(403);
        }
    }

    @Test
    void aConferenceConclusionFeedsAPlanThroughTheContract() throws Exception {
        CurrentUser central = user("tplan.central", "CTDCT", Role.CENTRAL_STAFF);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long plan = Fixtures.as(central, () -> plans.createPlan(PlanSource.generic(
                PlanSource.Kind.CONFERENCE_CONCLUSION, "conclusion-" + tag, "Kết luận hội nghị sơ kết " + tag),
                "Kế hoạch thực hiện kết luận " + tag, null, LocalDate.of(2026, 1, 1), null));
        String list = api.get(mvc, central, "/api/v1/tracking/plans?source=CONFERENCE_CONCLUSION")
                .getContentAsString();
        String path = "$[?(@.id == " + plan + ")]";
        assertThat(JsonPath.<List<String>>read(list, path + ".sourceLabel"))
                .containsExactly("Kết luận hội nghị sơ kết " + tag);
        assertThat(JsonPath.<List<Object>>read(list, path + ".notation")).containsExactly((Object) null);
        assertThat(JsonPath.<List<String>>read(list, "$[*].sourceType")).containsOnly("CONFERENCE_CONCLUSION");
    }
}
