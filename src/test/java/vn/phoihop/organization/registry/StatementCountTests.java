package vn.phoihop.organization.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import vn.phoihop.account.CurrentUser;
import vn.phoihop.support.ApiCalls;
import vn.phoihop.support.Fixtures;
import vn.phoihop.support.RegistryFixtures;
import vn.phoihop.support.StatementCounter;
import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.organization.people.PositionTitle;
import vn.phoihop.organization.people.Rank;

/**
 * The SQL statements needed for an organisation page and a search do not grow with the rows shown (issue 7): each
 * is answered once with a few units, people, leadership links and former names, then again after more were added,
 * with the same number of statements.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StatementCountTests {

    static final LocalDate START = LocalDate.of(2025, 7, 1);
    static final String WORD = "Thongkecaulenh";

    @Autowired MockMvc mvc;
    @Autowired ApiCalls api;
    @Autowired Fixtures fixtures;
    @Autowired RegistryFixtures registry;
    @Autowired OrganizationAdministration administration;

    @Test
    void anOrganizationPageAndASearchNeedAsManyStatementsForMoreRows() throws Exception {
        CurrentUser admin = fixtures.demoAdmin();
        long root = registry.unit("SCT-ROOT", OrganizationKind.POLICE_UNIT, "Phòng thử " + WORD, "T20-CA", START);
        Fixtures.as(admin, () -> administration.addLeadershipLink(root, new OrganizationCommands.AddLeadershipLink(
                registry.id("T20-CA"), LeadershipKind.SECTORAL, START, null)));
        grow(root, 0, 2);
        Counts few = counts(admin, root);
        grow(root, 2, 7);
        Counts more = counts(admin, root);
        System.out.println("StatementCountTests: with 2 rows " + few + ", with 7 rows " + more);
        assertThat(more.same(few)).as("%s then %s; statements with more rows:%n%s", few, more, more.statements())
                .isTrue();
    }

    /** Units {@code from}..{@code to - 1} below {@code root}, each led by it, renamed, with one person in root. */
    private void grow(long root, int from, int to) {
        CurrentUser admin = fixtures.demoAdmin();
        for (int i = from; i < to; i++) {
            String code = "SCT-U" + i;
            long unit = registry.unit(code, OrganizationKind.POLICE_UNIT, "Đội " + WORD + " " + i, "SCT-ROOT", START);
            Fixtures.as(admin, () -> administration.addLeadershipLink(unit, new OrganizationCommands.AddLeadershipLink(
                    root, LeadershipKind.SECTORAL, START, null)));
            registry.unit("SCT-K" + i, OrganizationKind.POLICE_UNIT, "Tổ " + WORD + " " + i, code, START);
            registry.pendingRename(code, LocalDate.of(2026, 1, 1));
            registry.person("Người thử " + WORD + " " + i, Rank.MAJOR, "SCT-ROOT", PositionTitle.OFFICER, START);
        }
    }

    private Counts counts(CurrentUser admin, long root) throws Exception {
        String q = URLEncoder.encode(WORD, StandardCharsets.UTF_8);
        var page = StatementCounter.statements(() -> page(admin, "/organizations/" + root));
        var api = StatementCounter.statements(() -> {
            var response = this.api.get(mvc, admin, "/api/v1/organizations/search?q=" + q);
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getContentAsString()).contains("SCT-K0");
        });
        var searchPage = StatementCounter.statements(() -> page(admin, "/organizations?q=" + q));
        return new Counts(page.size(), api.size(), searchPage.size(),
                String.join("\n", page) + "\n--- search\n" + String.join("\n", api));
    }

    private void page(CurrentUser user, String path) throws Exception {
        var response = mvc.perform(MockMvcRequestBuilders.get(path).with(authentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()))))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains(WORD);
    }

    /** The statement counts, and for a failure message the statements of the page and the search. */
    record Counts(int organizationPage, int searchApi, int searchPage, String statements) {

        boolean same(Counts other) {
            return organizationPage == other.organizationPage && searchApi == other.searchApi
                    && searchPage == other.searchPage;
        }

        @Override
        public String toString() {
            return "page " + organizationPage + ", search API " + searchApi + ", search page " + searchPage;
        }
    }
}
