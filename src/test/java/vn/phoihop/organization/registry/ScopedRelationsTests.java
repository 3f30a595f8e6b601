package vn.phoihop.organization.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.support.ApiCalls;
import vn.phoihop.support.Fixtures;
import vn.phoihop.support.RegistryFixtures;
import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.organization.Organizations;
import vn.phoihop.organization.ReorganizationKind;
import vn.phoihop.organization.reorganization.ReorganizationCommand;
import vn.phoihop.organization.reorganization.Reorganizations;

/**
 * What a provincial reader sees of the relations of something they may read: an organisation of another province
 * below its provincial level is a placeholder without id, code or name in a parent history and a succession chain,
 * and is left out of leadership links; public organisations' pages open, with their people only within scope.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ScopedRelationsTests {

    static final LocalDate START = LocalDate.of(2025, 7, 1);

    @Autowired MockMvc mvc;
    @Autowired ApiCalls api;
    @Autowired Fixtures fixtures;
    @Autowired RegistryFixtures registry;
    @Autowired Reorganizations reorganizations;
    @Autowired Organizations organizations;
    @Autowired PlatformTransactionManager transactions;

    private CurrentUser bacNinhPolice() {
        return Fixtures.principal(fixtures.user("relations.police.bacninh", "T20-CA", Role.PROVINCE_POLICE_STAFF));
    }

    /** SRT-MOVE moved on 2026-02-01 from below a Hà Nội unit into Bắc Ninh; SRT-HN-M merged into SRT-BN-T. */
    private void movedAndMerged() {
        if (organizations.findByCode("SRT-MOVE").map(o -> o.parentId() == registry.id("T20-CA")).orElse(false)) {
            return;
        }
        registry.unit("SRT-HN-D", OrganizationKind.POLICE_UNIT, "Phòng thử Hà Nội SRT", "T01-CA", START);
        long moved = registry.unit("SRT-MOVE", OrganizationKind.POLICE_UNIT, "Đội thử SRT chuyển", "SRT-HN-D", START);
        long merged = registry.unit("SRT-HN-M", OrganizationKind.POLICE_UNIT, "Đội thử Hà Nội SRT nhập", "T01-CA",
                START);
        long target = registry.unit("SRT-BN-T", OrganizationKind.POLICE_UNIT, "Phòng thử SRT tiếp nhận", "T20-CA",
                START);
        TransactionTemplate committed = new TransactionTemplate(transactions);
        committed.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        Fixtures.as(fixtures.demoAdmin(), () -> committed.execute(s -> {
            reorganizations.apply(new ReorganizationCommand(ReorganizationKind.MOVE, LocalDate.of(2026, 2, 1),
                    "Quyết định thử SRT", null, List.of(moved), registry.id("T20-CA"), null, null, null, null, null));
            return reorganizations.apply(new ReorganizationCommand(ReorganizationKind.MERGE, LocalDate.of(2026, 2, 1),
                    "Quyết định thử SRT", null, List.of(merged), target, null, null, null, null, null));
        }));
    }

    @Test
    void aFormerParentInAnotherProvinceIsAPlaceholder() throws Exception {
        movedAndMerged();
        CurrentUser police = bacNinhPolice();
        long moved = registry.id("SRT-MOVE");
        String history = api.get(mvc, police, "/api/v1/organizations/" + moved + "/history").getContentAsString();
        List<Map<String, Object>> parents = JsonPath.read(history, "$.parents");
        assertThat(parents).hasSize(2);
        assertThat(parents.get(0)).containsEntry("outsideScope", true).containsEntry("parentId", null)
                .containsEntry("parentCode", null).containsEntry("parentName", null);
        assertThat(parents.get(1)).containsEntry("outsideScope", false).containsEntry("parentCode", "T20-CA");
        String past = api.get(mvc, police, "/api/v1/organizations/" + moved + "?asOf=2025-08-01").getContentAsString();
        assertThat(JsonPath.<Object>read(past, "$.parentId")).isNull();
        String tree = api.get(mvc, police, "/api/v1/organizations/" + registry.id("T01") + "/descendants?asOf=2025-08-01")
                .getContentAsString();
        assertThat(JsonPath.<List<Object>>read(tree, "$[?(@.code == 'SRT-MOVE')].parentId")).containsExactly(
                (Object) null);
        String export = api.get(mvc, police, "/api/v1/organizations/" + registry.id("T01") + "/export?asOf=2025-08-01")
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(export.lines().filter(l -> l.startsWith("SRT-MOVE,"))).singleElement().asString()
                .doesNotContain("SRT-HN-D").contains(",POLICE_UNIT,,2025-07-01");
        assertThat(api.get(mvc, police, "/api/v1/organizations?parentId=" + registry.id("SRT-HN-D")).getStatus())
                .isEqualTo(404);
        String national = api.get(mvc, fixtures.demoAdmin(), "/api/v1/organizations/" + moved + "/history")
                .getContentAsString();
        assertThat(JsonPath.<String>read(national, "$.parents[0].parentCode")).isEqualTo("SRT-HN-D");
    }

    @Test
    void aPredecessorInAnotherProvinceKeepsItsPlaceInTheChain() throws Exception {
        movedAndMerged();
        CurrentUser police = bacNinhPolice();
        long target = registry.id("SRT-BN-T");
        String chain = api.get(mvc, police, "/api/v1/organizations/" + target + "/predecessors").getContentAsString();
        assertThat(JsonPath.<List<Object>>read(chain, "$[*].organization")).containsExactly((Object) null);
        assertThat(JsonPath.<List<Boolean>>read(chain, "$[*].outsideScope")).containsExactly(true);
        assertThat(JsonPath.<List<String>>read(chain, "$[*].via")).containsExactly("MERGE");
        String history = api.get(mvc, police, "/api/v1/organizations/" + target + "/history").getContentAsString();
        assertThat(JsonPath.<List<Object>>read(history, "$.events[0].transitions[*].predecessorId"))
                .containsExactly((Object) null);
        assertThat(JsonPath.<List<Boolean>>read(history, "$.events[0].transitions[*].predecessorOutsideScope"))
                .containsExactly(true);
        assertThat(history).doesNotContain("SRT-HN-M", "Đội thử Hà Nội SRT nhập");
        String page = page(police, "/organizations/" + target);
        assertThat(page).contains("Tổ chức ngoài phạm vi của bạn → Phòng thử SRT tiếp nhận")
                .doesNotContain("Đội thử Hà Nội SRT nhập");
        String hits = api.get(mvc, police, "/api/v1/organizations/search?q=srt%20tiep%20nhan").getContentAsString();
        assertThat(JsonPath.<List<Boolean>>read(hits, "$[0].predecessors[*].outsideScope")).containsExactly(true);
        assertThat(api.get(mvc, police, "/api/v1/organizations/search?q=srt%20nhap").getContentAsString())
                .isEqualTo("[]");
    }

    @Test
    void publicOrganisationsPagesOpenWithPeopleOnlyWithinScope() throws Exception {
        CurrentUser police = bacNinhPolice();
        String hanoi = page(police, "/organizations/" + registry.id("T01-CA"));
        assertThat(hanoi).contains("Công an thành phố Hà Nội", "data-testid=\"people-outside-scope\"")
                .doesNotContain("data-testid=\"positions\"");
        assertThat(page(police, "/organizations/" + registry.id("BCA"))).contains("data-testid=\"people-outside-scope\"");
        String own = page(police, "/organizations/" + registry.id("T20-CA"));
        assertThat(own).contains("data-testid=\"positions\"").doesNotContain("data-testid=\"people-outside-scope\"");
    }

    @Test
    void aLeadershipLinkIsListedOnce() throws Exception {
        String party = page(bacNinhPolice(), "/organizations/" + registry.id("T20-TU"));
        String leads = "Lãnh đạo Công an tỉnh Bắc Ninh";
        assertThat(party.split(leads, -1)).as("occurrences of " + leads).hasSize(2);
    }

    private String page(CurrentUser user, String path) throws Exception {
        var response = mvc.perform(MockMvcRequestBuilders.get(path).with(authentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()))))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
