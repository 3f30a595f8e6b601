package vn.phoihop.organization.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.support.ApiCalls;
import vn.phoihop.support.Fixtures;
import vn.phoihop.organization.Organizations;

/**
 * The demo units (tests run in demo mode) make scope visible: a Bắc Ninh police user reads Bắc Ninh's units and
 * their people, gets "not found" for Hà Nội's and Đà Nẵng's; the organisation page shows the official code.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DemoUnitsTests {

    @Autowired MockMvc mvc;
    @Autowired ApiCalls api;
    @Autowired Fixtures fixtures;
    @Autowired Organizations organizations;

    @Test
    void aBacNinhUserSeesBacNinhsDemoUnitsAndPeopleButNotHaNoisOrDaNangs() throws Exception {
        CurrentUser bacNinh = Fixtures.principal(fixtures.user("demo.units.bacninh", "T20-CA", Role.PROVINCE_POLICE_STAFF));
        for (String own : List.of("T20-CA-PCTDCT", "T20-CA-PKB", "T20-CA-PBG")) {
            var response = api.get(mvc, bacNinh, "/api/v1/organizations/" + id(own) + "/positions");
            assertThat(response.getStatus()).as(own).isEqualTo(200);
            assertThat(JsonPath.<List<Object>>read(response.getContentAsString(), "$[*]")).as(own).isNotEmpty();
        }
        for (String other : List.of("T01-CA-PCTDCT", "T01-CA-PHK", "T01-CA-XSS", "T01-CA-QHK", "T13-CA-PHC")) {
            assertThat(api.get(mvc, bacNinh, "/api/v1/organizations/" + id(other)).getStatus()).as(other).isEqualTo(404);
        }
        String children = api.get(mvc, bacNinh, "/api/v1/organizations?parentId=" + id("T20-CA")).getContentAsString();
        assertThat(JsonPath.<List<String>>read(children, "$[*].code")).contains("T20-CA-PKB", "T20-CA-PBG");
    }

    @Test
    void hanoisDistrictPoliceEndedWithDistrictLevelPoliceAndItsChiefMovedToTheWard() throws Exception {
        CurrentUser hanoi = Fixtures.principal(fixtures.user("demo.units.hanoi", "T01-CA", Role.PROVINCE_POLICE_STAFF));
        String district = api.get(mvc, hanoi, "/api/v1/organizations/" + id("T01-CA-QHK")).getContentAsString();
        assertThat(JsonPath.<String>read(district, "$.validTo")).isEqualTo("2025-02-28");
        String before = api.get(mvc, hanoi, "/api/v1/organizations/" + id("T01-CA-QHK") + "/positions?asOf=2025-01-01")
                .getContentAsString();
        String after = api.get(mvc, hanoi, "/api/v1/organizations/" + id("T01-CA-PHK") + "/positions")
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(before, "$[*].personName"))
                .containsAnyElementsOf(JsonPath.<List<String>>read(after, "$[*].personName"));
    }

    @Test
    void theOrganisationPageShowsTheOfficialCode() throws Exception {
        CurrentUser viewer = Fixtures.principal(fixtures.user("demo.units.viewer", "T20-TU", Role.VIEWER));
        String page = mvc.perform(get("/organizations/" + id("T20")).with(user(viewer))).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("Mã số đơn vị hành chính: 24");
    }

    private long id(String code) {
        return organizations.findByCode(code).orElseThrow().id();
    }
}
