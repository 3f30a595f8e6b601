package vn.phoihop.organization.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.support.ApiCalls;
import vn.phoihop.support.Fixtures;
import vn.phoihop.support.RegistryFixtures;
import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.organization.Organizations;

/**
 * Scope follows the tree as of today: a provincial user reads and changes nothing of another province's units, but
 * reaches the units of the provinces theirs was formed from; dual leadership can be followed along either line.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RegistryAccessTests {

    @Autowired MockMvc mvc;
    @Autowired ApiCalls api;
    @Autowired Fixtures fixtures;
    @Autowired RegistryFixtures registry;
    @Autowired Organizations organizations;

    private CurrentUser bacNinhPolice() {
        return Fixtures.principal(fixtures.user("access.police.bacninh", "T20-CA", Role.PROVINCE_POLICE_STAFF));
    }

    private CurrentUser hanoiPolice() {
        return Fixtures.principal(fixtures.user("access.police.hanoi", "T01-CA", Role.PROVINCE_POLICE_STAFF));
    }

    @Test
    void aProvincialUserNeitherReadsNorChangesAnotherProvincesUnit() throws Exception {
        long hanoiUnit = registry.unit("ACC-T01-1", OrganizationKind.POLICE_UNIT, "Phòng Hà Nội thử", "T01-CA",
                LocalDate.of(2025, 7, 1));
        CurrentUser police = bacNinhPolice();
        assertThat(api.get(mvc, police, "/api/v1/organizations/" + hanoiUnit).getStatus()).isEqualTo(404);
        assertThat(api.get(mvc, police, "/api/v1/organizations/" + hanoiUnit + "/history").getStatus()).isEqualTo(404);
        assertThat(api.call(mvc, police, HttpMethod.PUT, "/api/v1/organizations/" + hanoiUnit,
                "{\"code\":\"X\",\"name\":\"X\",\"version\":0}").getStatus()).isEqualTo(404);
        String units = api.get(mvc, police, "/api/v1/organizations?kind=POLICE_UNIT").getContentAsString();
        assertThat(JsonPath.<List<String>>read(units, "$[*].code")).doesNotContain("ACC-T01-1");
        String hanoiTree = api.get(mvc, police, "/api/v1/organizations/" + registry.id("T01") + "/descendants")
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(hanoiTree, "$[*].code")).contains("T01-CA").doesNotContain("ACC-T01-1");
        assertThat(api.get(mvc, police, "/api/v1/organizations/" + registry.id("T01-CA")).getStatus()).isEqualTo(200);
        assertThat(api.get(mvc, hanoiPolice(), "/api/v1/organizations/" + hanoiUnit).getStatus()).isEqualTo(200);
    }

    @Test
    void theNewBacNinhReachesTheUnitsOfTheFormerBacGiang() throws Exception {
        long oldUnit = registry.unit("ACC-BG-1", OrganizationKind.POLICE_UNIT, "Phòng thử Bắc Giang", "P1997-24-CA",
                LocalDate.of(2020, 1, 1));
        String unit = api.get(mvc, bacNinhPolice(), "/api/v1/organizations/" + oldUnit).getContentAsString();
        assertThat(JsonPath.<String>read(unit, "$.validTo")).isEqualTo("2025-06-30");
        assertThat(api.get(mvc, hanoiPolice(), "/api/v1/organizations/" + oldUnit).getStatus()).isEqualTo(404);
        assertThat(organizations.inScope(registry.id("T20-CA"), oldUnit)).isTrue();
        assertThat(organizations.idsWithin(organizations.scopeOf(registry.id("T20-TU"))))
                .contains(oldUnit, registry.id("T20")).doesNotContain(registry.id("T01"));
        assertThat(organizations.scopeOf(registry.id("T20-TU")).lineage()).contains(registry.id("P1997-24"));
        assertThat(organizations.scopeOf(registry.id("CTDCT")).national()).isTrue();
    }

    @Test
    void dualLeadershipFollowsEitherLine() throws Exception {
        CurrentUser viewer = bacNinhPolice();
        String links = api.get(mvc, viewer, "/api/v1/organizations/" + registry.id("T20-CA")
                + "/leadership?asOf=2026-01-01").getContentAsString();
        assertThat(JsonPath.<List<String>>read(links, "$[?(@.organizationId == " + registry.id("T20-CA")
                + ")].leaderName")).containsExactlyInAnyOrder("Bộ Công an", "Đảng ủy Công an Trung ương",
                        "Tỉnh ủy Bắc Ninh");
        String territorial = api.get(mvc, viewer, "/api/v1/organizations/" + registry.id("T20-TU")
                + "/led?kind=TERRITORIAL&asOf=2026-01-01").getContentAsString();
        assertThat(JsonPath.<List<String>>read(territorial, "$[*].code"))
                .as("reference organisations only: other tests add units led by Tỉnh ủy Bắc Ninh")
                .filteredOn(code -> code.matches("T\\d\\d(-[A-Z]+)?")).containsExactlyInAnyOrder("T20-CA", "T20-DUCA");
        String sectoral = api.get(mvc, viewer, "/api/v1/organizations/" + registry.id("DUCA")
                + "/led?kind=SECTORAL&asOf=2026-01-01").getContentAsString();
        assertThat(JsonPath.<List<String>>read(sectoral, "$[*].code")).hasSize(68);
        String before = api.get(mvc, viewer, "/api/v1/organizations/" + registry.id("DUCA")
                + "/led?kind=SECTORAL&asOf=2025-06-30").getContentAsString();
        assertThat(JsonPath.<List<String>>read(before, "$[*].code")).hasSize(126);
    }

    @Test
    void aStaleVersionIsAClearConflict() throws Exception {
        long unit = registry.unit("ACC-T20-V", OrganizationKind.POLICE_UNIT, "Phòng thử phiên bản", "T20-CA",
                LocalDate.of(2025, 7, 1));
        CurrentUser admin = fixtures.demoAdmin();
        int version = JsonPath.read(api.get(mvc, admin, "/api/v1/organizations/" + unit).getContentAsString(),
                "$.version");
        String body = "{\"code\":\"ACC-T20-V\",\"name\":\"Phòng thử phiên bản (sửa)\",\"version\":%d}";
        assertThat(api.call(mvc, admin, HttpMethod.PUT, "/api/v1/organizations/" + unit, body.formatted(version))
                .getStatus()).isEqualTo(200);
        MockHttpServletResponse stale = api.call(mvc, admin, HttpMethod.PUT, "/api/v1/organizations/" + unit,
                body.formatted(version));
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(JsonPath.<String>read(stale.getContentAsString(), "$.detail")).contains("người khác thay đổi");
        MockHttpServletResponse decomposed = api.call(mvc, admin, HttpMethod.PUT, "/api/v1/organizations/" + unit,
                "{\"code\":\"ACC-T20-V\",\"name\":\"Phòng Ca\u0301c\",\"version\":%d}".formatted(version + 1));
        assertThat(JsonPath.<String>read(decomposed.getContentAsString(), "$.name")).isEqualTo("Phòng Các");
    }

    @Test
    void theTreeAsOfADateAndTheNationalRoot() throws Exception {
        CurrentUser viewer = bacNinhPolice();
        long root = registry.id(OrganizationDirectory.NATIONAL_ROOT);
        String before = api.get(mvc, viewer, "/api/v1/organizations/" + root + "/descendants?asOf=2025-06-30")
                .getContentAsString();
        String after = api.get(mvc, viewer, "/api/v1/organizations/" + root + "/descendants?asOf=2025-07-01")
                .getContentAsString();
        assertThat(JsonPath.<List<Object>>read(before, "$[?(@.kind == 'PROVINCE')]")).hasSize(63);
        assertThat(JsonPath.<List<Object>>read(after, "$[?(@.kind == 'PROVINCE')]")).hasSize(34);
        assertThat(JsonPath.<List<String>>read(after, "$[?(@.depth == 1)].code")).contains("TW", "BCA", "T20");
    }
}
