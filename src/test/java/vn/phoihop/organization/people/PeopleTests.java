package vn.phoihop.organization.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.support.ApiCalls;
import vn.phoihop.support.Fixtures;
import vn.phoihop.support.RegistryFixtures;

/** People and positions (the demo's fictitious ones): visible within scope only, with ranks and concurrent posts. */
@SpringBootTest
@AutoConfigureMockMvc
class PeopleTests {

    @Autowired MockMvc mvc;
    @Autowired ApiCalls api;
    @Autowired Fixtures fixtures;
    @Autowired RegistryFixtures registry;
    @Autowired JdbcClient jdbc;

    @Test
    void positionsAreVisibleWithinScopeOnly() throws Exception {
        CurrentUser party = Fixtures.principal(fixtures.user("people.party.bacninh", "T20-TU",
                Role.PROVINCE_PARTY_STAFF));
        String police = api.get(mvc, party, "/api/v1/organizations/" + registry.id("T20-CA") + "/positions")
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(police, "$[*].title")).contains("DIRECTOR", "DEPUTY_DIRECTOR");
        assertThat(JsonPath.<List<String>>read(police, "$[?(@.title == 'DIRECTOR')].rank")).containsExactly("COLONEL");
        assertThat(api.get(mvc, party, "/api/v1/organizations/" + registry.id("T01-CA") + "/positions").getStatus())
                .isEqualTo(404);
        long director = ((Number) JsonPath.<List<Object>>read(police, "$[?(@.title == 'DIRECTOR')].personId").get(0))
                .longValue();
        String person = api.get(mvc, party, "/api/v1/people/" + director).getContentAsString();
        assertThat(JsonPath.<List<Boolean>>read(person, "$.positions[*].concurrent")).contains(true, false);
        long hanoiDirector = jdbc.sql("SELECT p.person_id FROM position p JOIN organization o ON o.id = p.organization_id"
                + " WHERE o.code = 'T01-CA' AND p.title = 'DIRECTOR'").query(Long.class).single();
        assertThat(api.get(mvc, party, "/api/v1/people/" + hanoiDirector).getStatus()).isEqualTo(404);
        assertThat(api.get(mvc, fixtures.demoAdmin(), "/api/v1/people/" + hanoiDirector).getStatus()).isEqualTo(200);
    }

    @Test
    void aPromotionKeepsTheRankHistory() throws Exception {
        long person = registry.person("Người thăng cấp (hư cấu)", Rank.MAJOR, "T20-CA", PositionTitle.OFFICER,
                java.time.LocalDate.of(2025, 7, 1));
        CurrentUser admin = fixtures.demoAdmin();
        assertThat(api.call(mvc, admin, HttpMethod.POST, "/api/v1/people/" + person + "/ranks",
                "{\"rank\":\"MAJOR\",\"validFrom\":\"2026-01-01\"}").getStatus()).isEqualTo(400);
        String promoted = api.call(mvc, admin, HttpMethod.POST, "/api/v1/people/" + person + "/ranks",
                "{\"rank\":\"LIEUTENANT_COLONEL\",\"validFrom\":\"2026-01-01\"}").getContentAsString();
        assertThat(JsonPath.<List<String>>read(promoted, "$.ranks[*].rank")).containsExactly("MAJOR",
                "LIEUTENANT_COLONEL");
        assertThat(JsonPath.<String>read(promoted, "$.ranks[0].validTo")).isEqualTo("2025-12-31");
    }
}
