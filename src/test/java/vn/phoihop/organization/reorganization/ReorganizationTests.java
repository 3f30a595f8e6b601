package vn.phoihop.organization.reorganization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import vn.phoihop.account.CurrentUser;
import vn.phoihop.support.ApiCalls;
import vn.phoihop.support.Fixtures;
import vn.phoihop.support.RegistryFixtures;
import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.organization.people.PositionTitle;
import vn.phoihop.organization.people.Rank;

/**
 * A merge through the API: preview changes nothing, apply changes the registry and both organisations' history and
 * writes the audit trail, undo before confirmation restores every registry table exactly; confirmed means final.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReorganizationTests {

    private static final List<String> REGISTRY = List.of("organization", "organization_name",
            "organization_parent", "leadership_link", "organization_closure", "person", "person_rank", "position");

    @Autowired MockMvc mvc;
    @Autowired ApiCalls api;
    @Autowired Fixtures fixtures;
    @Autowired RegistryFixtures registry;
    @Autowired JdbcClient jdbc;

    private CurrentUser admin;
    private String tag;
    private long a;
    private long b;

    @BeforeEach
    void twoUnitsWithAChildEachAPositionAndALink() {
        admin = fixtures.demoAdmin();
        tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        LocalDate from = LocalDate.of(2026, 1, 1);
        a = registry.unit("RT-A-" + tag, OrganizationKind.POLICE_UNIT, "Phòng A " + tag, "T20-CA", from);
        b = registry.unit("RT-B-" + tag, OrganizationKind.POLICE_UNIT, "Phòng B " + tag, "T20-CA", from);
        registry.unit("RT-A1-" + tag, OrganizationKind.PARTY_CELL, "Chi bộ A1 " + tag, "RT-A-" + tag, from);
        registry.unit("RT-B1-" + tag, OrganizationKind.PARTY_CELL, "Chi bộ B1 " + tag, "RT-B-" + tag, from);
        registry.person("Người thử " + tag, Rank.MAJOR, "RT-A-" + tag, PositionTitle.DIVISION_HEAD, from);
        jdbc.sql("INSERT INTO leadership_link (organization_id, leader_id, kind, valid_from) VALUES (:a, :l,"
                + " 'TERRITORIAL', DATE '2026-01-01')").param("a", a).param("l", registry.id("T20-TU")).update();
    }

    @Test
    void previewApplyHistoryAuditAndUndoRestoresEverythingExactly() throws Exception {
        Map<String, List<String>> before = snapshot();
        MockHttpServletResponse preview = api.call(mvc, admin, HttpMethod.POST, "/api/v1/reorganizations/preview",
                merge());
        assertThat(preview.getStatus()).isEqualTo(200);
        assertThat(JsonPath.<List<String>>read(preview.getContentAsString(), "$.changes[*].type"))
                .contains("CREATE", "CLOSE", "MOVE", "END_POSITION", "END_LINK", "ADD_LINK");
        assertThat(JsonPath.<List<String>>read(preview.getContentAsString(), "$.affected[*].type")).contains("position");
        assertThat(snapshot()).isEqualTo(before);

        MockHttpServletResponse applied = api.call(mvc, admin, HttpMethod.POST, "/api/v1/reorganizations", merge());
        assertThat(applied.getStatus()).as(applied.getContentAsString()).isEqualTo(201);
        long id = ((Number) JsonPath.read(applied.getContentAsString(), "$.id")).longValue();
        assertThat(snapshot()).isNotEqualTo(before);
        long merged = registry.id("RT-AB-" + tag);
        for (long predecessor : List.of(a, b)) {
            String history = api.get(mvc, admin, "/api/v1/organizations/" + predecessor + "/history")
                    .getContentAsString();
            assertThat(JsonPath.<List<Object>>read(history, "$.events[?(@.kind == 'MERGE')].reorganizationId"))
                    .containsExactly((int) id);
            assertThat(JsonPath.<String>read(history, "$.organization.validTo")).isEqualTo("2026-05-31");
        }
        String successors = api.get(mvc, admin, "/api/v1/organizations/" + a + "/successors").getContentAsString();
        assertThat(JsonPath.<List<String>>read(successors, "$[*].organization.code")).containsExactly("RT-AB-" + tag);
        String descendants = api.get(mvc, admin, "/api/v1/organizations/" + merged + "/descendants?asOf=2026-07-01")
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(descendants, "$[*].code"))
                .containsExactlyInAnyOrder("RT-A1-" + tag, "RT-B1-" + tag);
        String leadership = api.get(mvc, admin, "/api/v1/organizations/" + merged + "/leadership?asOf=2026-07-01")
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(leadership, "$[*].kind")).containsExactly("TERRITORIAL");
        assertThat(auditRows("ORGANIZATION_REORGANIZED", id)).isEqualTo(1);

        MockHttpServletResponse undone = api.call(mvc, admin, HttpMethod.POST,
                "/api/v1/reorganizations/" + id + "/undo", null);
        assertThat(undone.getStatus()).as(undone.getContentAsString()).isEqualTo(200);
        assertThat(JsonPath.<String>read(undone.getContentAsString(), "$.status")).isEqualTo("UNDONE");
        assertThat(snapshot()).isEqualTo(before);
        assertThat(auditRows("REORGANIZATION_UNDONE", id)).isEqualTo(1);
        assertThat(api.call(mvc, admin, HttpMethod.POST, "/api/v1/reorganizations/" + id + "/undo", null)
                .getStatus()).isEqualTo(409);
        String history = api.get(mvc, admin, "/api/v1/organizations/" + a + "/history").getContentAsString();
        assertThat(JsonPath.<List<Object>>read(history, "$.events")).isEmpty();
    }

    @Test
    void aConfirmedReorganizationCannotBeUndone() throws Exception {
        MockHttpServletResponse applied = api.call(mvc, admin, HttpMethod.POST, "/api/v1/reorganizations", merge());
        long id = ((Number) JsonPath.read(applied.getContentAsString(), "$.id")).longValue();
        assertThat(api.call(mvc, admin, HttpMethod.POST, "/api/v1/reorganizations/" + id + "/confirm", null)
                .getStatus()).isEqualTo(200);
        MockHttpServletResponse undo = api.call(mvc, admin, HttpMethod.POST, "/api/v1/reorganizations/" + id + "/undo",
                null);
        assertThat(undo.getStatus()).isEqualTo(409);
        assertThat(JsonPath.<String>read(undo.getContentAsString(), "$.detail")).contains("xác nhận");
    }

    @Test
    void undoRefusesWhenTheOrganizationsChangedSince() throws Exception {
        MockHttpServletResponse applied = api.call(mvc, admin, HttpMethod.POST, "/api/v1/reorganizations", merge());
        long id = ((Number) JsonPath.read(applied.getContentAsString(), "$.id")).longValue();
        long merged = registry.id("RT-AB-" + tag);
        String current = api.get(mvc, admin, "/api/v1/organizations/" + merged).getContentAsString();
        int version = JsonPath.read(current, "$.version");
        assertThat(api.call(mvc, admin, HttpMethod.PUT, "/api/v1/organizations/" + merged, """
                {"code":"RT-AB-%s","name":"Phòng AB (đã sửa)","version":%d}""".formatted(tag, version))
                .getStatus()).isEqualTo(200);
        assertThat(api.call(mvc, admin, HttpMethod.POST, "/api/v1/reorganizations/" + id + "/undo", null)
                .getStatus()).isEqualTo(409);
    }

    @Test
    void aRenameNeedsALegalBasisAndTakesEffectOnItsDate() throws Exception {
        String noBasis = """
                {"kind":"RENAME","effectiveDate":"2026-03-01","organizationIds":[%d],"newName":"Phòng mới"}"""
                .formatted(a);
        MockHttpServletResponse refused = api.call(mvc, admin, HttpMethod.POST, "/api/v1/reorganizations", noBasis);
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(JsonPath.<String>read(refused.getContentAsString(), "$.detail")).contains("căn cứ");
        String rename = noBasis.replace("\"newName\"", "\"legalBasis\":\"Quyết định số 1/QĐ-CAT\",\"newName\"");
        assertThat(api.call(mvc, admin, HttpMethod.POST, "/api/v1/reorganizations", rename).getStatus())
                .isEqualTo(201);
        assertThat(JsonPath.<String>read(api.get(mvc, admin, "/api/v1/organizations/" + a + "?asOf=2026-02-28")
                .getContentAsString(), "$.name")).isEqualTo("Phòng A " + tag);
        assertThat(JsonPath.<String>read(api.get(mvc, admin, "/api/v1/organizations/" + a + "?asOf=2026-03-01")
                .getContentAsString(), "$.name")).isEqualTo("Phòng mới");
    }

    private String merge() {
        return """
                {"kind":"MERGE","effectiveDate":"2026-06-01","legalBasis":"Quyết định số 99/QĐ-CAT ngày 20/5/2026",
                 "organizationIds":[%d,%d],
                 "newOrganizations":[{"code":"RT-AB-%s","name":"Phòng AB %s"}]}""".formatted(a, b, tag, tag);
    }

    private long auditRows(String action, long reorganizationId) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = :a AND target_id = :t").param("a", action)
                .param("t", String.valueOf(reorganizationId)).query(Long.class).single();
    }

    private Map<String, List<String>> snapshot() {
        Map<String, List<String>> tables = new java.util.LinkedHashMap<>();
        for (String table : REGISTRY) {
            tables.put(table, jdbc.sql("SELECT CAST(to_jsonb(t) AS text) AS row FROM " + table + " t ORDER BY 1")
                    .query(String.class).list());
        }
        return tables;
    }
}
