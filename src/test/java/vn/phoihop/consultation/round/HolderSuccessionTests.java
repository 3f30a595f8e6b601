package vn.phoihop.consultation.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
import vn.phoihop.consultation.ConsultationFixtures;
import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.support.ApiCalls;
import vn.phoihop.support.Fixtures;
import vn.phoihop.support.RegistryFixtures;

/**
 * Invitations follow a real merge through the registry's API (issue 11, point 2): two units invited from 01/01/2026
 * (one still drafting, one that already submitted) are merged into a new one from 01/06/2026. The successor holds
 * both invitations from then on, its staff read and continue the predecessor's draft comment, its leader approves
 * and submits it. The preview lists the round; an undo restores the holders and lets the registry delete the
 * successor, while one after the successor answered is refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HolderSuccessionTests {

    @Autowired MockMvc mvc;
    @Autowired ApiCalls api;
    @Autowired Fixtures fixtures;
    @Autowired RegistryFixtures registry;
    @Autowired ConsultationFixtures consult;
    @Autowired JdbcClient jdbc;

    @Test
    void theSuccessorInheritsEveryInvitationAndTheUndoRestoresThem() throws Exception {
        CurrentUser admin = fixtures.demoAdmin();
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        LocalDate from = LocalDate.of(2026, 1, 1);
        long a = registry.unit("CS-A-" + tag, OrganizationKind.POLICE_UNIT, "Phòng A " + tag, "T20-CA", from);
        long b = registry.unit("CS-B-" + tag, OrganizationKind.POLICE_UNIT, "Phòng B " + tag, "T20-CA", from);
        long draft = consult.draft("CTDCT", "Dự thảo kế thừa " + tag, "NONE");
        long version = consult.version(draft, 1);
        List<Long> articles = consult.articles(draft, version, 2);
        long round = consult.round(draft, version, Instant.now().plus(30, ChronoUnit.DAYS), "FLAG");
        long invitationA = consult.invite(round, "CS-A-" + tag, from);
        long invitationB = consult.invite(round, "CS-B-" + tag, from);
        long draftComment = consult.comment(round, invitationA, articles.get(0), "Góp ý dở dang của phòng A",
                "DRAFT");
        jdbc.sql("UPDATE consultation_invitation SET status = 'SUBMITTED', submitted_at = now() WHERE id = :i")
                .param("i", invitationB).update();

        MockHttpServletResponse preview = api.call(mvc, admin, HttpMethod.POST, "/api/v1/reorganizations/preview",
                merge(a, b, "CS-AB-" + tag, tag));
        assertThat(JsonPath.<List<String>>read(preview.getContentAsString(),
                "$.affected[?(@.type == 'consultation_round')].reference")).as("the round, once per organisation")
                .containsExactly(String.valueOf(round), String.valueOf(round));
        long reorganization = apply(admin, merge(a, b, "CS-AB-" + tag, tag));
        long merged = registry.id("CS-AB-" + tag);
        for (long invitation : List.of(invitationA, invitationB)) {
            List<Map<String, Object>> holders = holders(invitation);
            assertThat(holders).as("every invitation, whatever its status").hasSize(2);
            assertThat(holders.get(0)).containsEntry("valid_to", java.sql.Date.valueOf("2026-05-31"));
            assertThat(holders.get(1)).containsEntry("organization_id", merged)
                    .containsEntry("valid_from", java.sql.Date.valueOf("2026-06-01"))
                    .containsEntry("reorganization_id", reorganization);
        }
        MockHttpServletResponse undone = api.call(mvc, admin, HttpMethod.POST,
                "/api/v1/reorganizations/" + reorganization + "/undo", null);
        assertThat(undone.getStatus()).as(undone.getContentAsString()).isEqualTo(200);
        assertThat(holders(invitationA)).hasSize(1).allSatisfy(h -> assertThat(h).containsEntry("organization_id", a)
                .containsEntry("valid_to", null).containsEntry("ended_by_reorganization_id", null));
        assertThat(holders(invitationB)).hasSize(1).allSatisfy(h -> assertThat(h).containsEntry("organization_id", b)
                .containsEntry("valid_to", null));
        assertThat(jdbc.sql("SELECT count(*) FROM organization WHERE id = :id").param("id", merged).query(Long.class)
                .single()).as("the undo deleted the organisation the merge created").isZero();

        long again = apply(admin, merge(a, b, "CS-AC-" + tag, tag));
        long successor = registry.id("CS-AC-" + tag);
        CurrentUser staff = Fixtures.principal(fixtures.user("cs.staff." + tag, "CS-AC-" + tag,
                Role.PROVINCE_POLICE_STAFF));
        CurrentUser leader = Fixtures.principal(fixtures.user("cs.leader." + tag, "CS-AC-" + tag, Role.LEADER));
        String base = "/api/v1/consultations/" + round;
        String seen = api.get(mvc, staff, base + "/comments").getContentAsString();
        assertThat(JsonPath.<List<String>>read(seen, "$[*].body")).containsExactly("Góp ý dở dang của phòng A");
        MockHttpServletResponse more = api.call(mvc, staff, HttpMethod.POST, base + "/comments", """
                {"invitationId":%d,"provisionId":%d,"body":"Góp ý tiếp của đơn vị mới"}""".formatted(invitationA,
                articles.get(1)));
        assertThat(more.getStatus()).as(more.getContentAsString()).isEqualTo(201);
        MockHttpServletResponse approved = api.call(mvc, leader, HttpMethod.POST,
                base + "/invitations/" + invitationA + "/approve", "{}");
        assertThat(approved.getStatus()).as(approved.getContentAsString()).isEqualTo(200);
        MockHttpServletResponse submitted = api.call(mvc, leader, HttpMethod.POST,
                base + "/invitations/" + invitationA + "/submit", null);
        assertThat(submitted.getStatus()).as(submitted.getContentAsString()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT status FROM consultation_comment WHERE id = :c").param("c", draftComment)
                .query(String.class).single()).isEqualTo("SUBMITTED");
        assertThat(jdbc.sql("SELECT submitted_by_organization_id FROM consultation_invitation WHERE id = :i")
                .param("i", invitationA).query(Long.class).single()).isEqualTo(successor);
        assertThat(api.call(mvc, admin, HttpMethod.POST, "/api/v1/reorganizations/" + again + "/undo", null)
                .getStatus()).as("the successor answered: the registry refuses the undo").isEqualTo(409);
        assertThat(holders(invitationA)).hasSize(2);
    }

    private long apply(CurrentUser admin, String body) throws Exception {
        MockHttpServletResponse applied = api.call(mvc, admin, HttpMethod.POST, "/api/v1/reorganizations", body);
        assertThat(applied.getStatus()).as(applied.getContentAsString()).isEqualTo(201);
        return ((Number) JsonPath.read(applied.getContentAsString(), "$.id")).longValue();
    }

    private static String merge(long a, long b, String code, String tag) {
        return """
                {"kind":"MERGE","effectiveDate":"2026-06-01","legalBasis":"Quyết định số 96/QĐ-CAT ngày 20/5/2026",
                 "organizationIds":[%d,%d],
                 "newOrganizations":[{"code":"%s","name":"Phòng hợp nhất %s"}]}""".formatted(a, b, code, tag);
    }

    private List<Map<String, Object>> holders(long invitation) {
        return jdbc.sql("SELECT organization_id, valid_from, valid_to, reorganization_id, ended_by_reorganization_id"
                + " FROM consultation_invitation_holder WHERE invitation_id = :i ORDER BY valid_from, id")
                .param("i", invitation).query().listOfRows();
    }
}
