package vn.phoihop.document.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import vn.phoihop.account.Clearance;
import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.document.SecrecyMark;
import vn.phoihop.document.search.SearchFixtures.Doc;
import vn.phoihop.support.ApiCalls;
import vn.phoihop.support.Fixtures;

/**
 * The bounds that keep a broad search fast (DocumentSearch's class comment): a document whose head holds the words
 * ranks above one that holds them only in its body, however new or cited that one is; past the ranked candidates the
 * rest follows newest first and paging shows every match once; the total is exact up to
 * {@link DocumentSearch#COUNT_LIMIT} and "more than" beyond, in the service, the API and the list page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SearchBoundsTests {

    @Autowired DocumentSearch search;
    @Autowired SearchFixtures documents;
    @Autowired MockMvc mvc;
    @Autowired ApiCalls api;

    CurrentUser reader;

    @BeforeEach
    void reader() {
        reader = documents.user("sb.central.none", "CTDCT", Role.CENTRAL_STAFF, Clearance.NONE);
    }

    @Test
    void aHeadMatchRanksAboveABodyOnlyMatchThatIsNewerAndCited() {
        long issuer = documents.org("BBT");
        long head = documents.insert(new Doc("PARTY_KH", 971, "971-KH/TW", issuer, LocalDate.of(2019, 3, 1),
                "Kế hoạch Zyđầumục về công tác tư tưởng", null, SecrecyMark.NONE, "ISSUED"));
        long body = documents.insert(new Doc("PARTY_KH", 972, "972-KH/TW", issuer, LocalDate.of(2025, 9, 1),
                "Kế hoạch về công tác tư tưởng", "Tóm tắt nói đến Zyđầumục", SecrecyMark.NONE, "ISSUED"));
        for (int i = 0; i < 4; i++) {
            long citing = documents.insert(new Doc("PARTY_CV", 973 + i, (973 + i) + "-CV/TW", issuer,
                    LocalDate.of(2025, 10, 1 + i), "Công văn thực hiện số " + i, null, SecrecyMark.NONE, "ISSUED"));
            documents.implement(citing, body);
        }
        for (String typed : List.of("zydaumuc", "Zyđầumục", "ke hoach zydaumuc")) {
            assertThat(ids(search(query(typed, 0, 20)))).as(typed).containsExactly(head, body);
        }
    }

    @Test
    void aBroadQueryRanksHeadMatchesFirstAndPagesThroughEveryMatchOnce() {
        long issuer = documents.org("DUCA");
        int heads = DocumentSearch.HEAD_LIMIT + 30;
        documents.many(heads, "ZYR", issuer, LocalDate.of(2024, 12, 31), "Công văn Zyrộngrãi");
        long cited = documents.insert(new Doc("PARTY_NQ", 981, "981-NQ/ĐUCA", issuer, LocalDate.of(2016, 2, 1),
                "Nghị quyết Zyrộngrãi gốc", null, SecrecyMark.NONE, "IN_FORCE"));
        documents.implement(documents.insert(new Doc("PARTY_KH", 982, "982-KH/ĐUCA", issuer, LocalDate.of(2016, 3, 1),
                "Kế hoạch thực hiện", null, SecrecyMark.NONE, "ISSUED")), cited);
        List<Long> bodyOnly = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            bodyOnly.add(documents.insert(new Doc("PARTY_TB", 983 + i, (983 + i) + "-TB/ĐUCA", issuer,
                    LocalDate.of(2025, 11, 1 + i), "Thông báo số " + i, "Có nhắc Zyrộngrãi", SecrecyMark.NONE,
                    "ISSUED")));
        }
        int all = heads + 1 + bodyOnly.size();

        SearchResult first = search(query("zyrongrai", 0, 100));
        assertThat(first.total()).isEqualTo(all);
        assertThat(first.totalExact()).isTrue();
        assertThat(first.items().get(0).id()).as("the cited head match first").isEqualTo(cited);

        List<Long> seen = new ArrayList<>();
        for (int page = 0; page < first.pages(); page++) {
            seen.addAll(ids(search(query("zyrongrai", page, 100))));
        }
        assertThat(seen).hasSize(all);
        assertThat(new HashSet<>(seen)).hasSize(all).containsAll(bodyOnly).contains(cited);
        assertThat(seen.subList(0, DocumentSearch.HEAD_LIMIT + 1)).as("the ranked head matches come first")
                .doesNotContainAnyElementsOf(bodyOnly);
    }

    @Test
    void beyondTheCountLimitTheTotalIsALowerBoundInTheServiceTheApiAndThePage() throws Exception {
        long issuer = documents.org("BCT");
        documents.many(DocumentSearch.COUNT_LIMIT + 5, "ZYDL", issuer, LocalDate.of(2025, 6, 30), "Công văn Zydemlon");
        SearchResult broad = search(query("zydemlon", 0, 20));
        assertThat(broad.totalExact()).isFalse();
        assertThat(broad.total()).isEqualTo(DocumentSearch.COUNT_LIMIT);
        assertThat(broad.items()).hasSize(20);
        assertThat(broad.pages()).isGreaterThan(1);
        SearchResult deep = search(query("zydemlon", 50, 20));
        assertThat(deep.items()).as("page 51 of more than 1,000").hasSize(5);
        assertThat(deep.totalExact()).isTrue();
        assertThat(deep.total()).isEqualTo(DocumentSearch.COUNT_LIMIT + 5);

        SearchResult narrow = search(query("zydemlon 17", 0, 20));
        assertThat(narrow.totalExact()).isTrue();
        assertThat(narrow.total()).as("17 and 170 to 179").isEqualTo(11);

        String json = api.get(mvc, reader, "/api/v1/documents?q=zydemlon").getContentAsString();
        assertThat(JsonPath.<Integer>read(json, "$.total")).isEqualTo(DocumentSearch.COUNT_LIMIT);
        assertThat(JsonPath.<Boolean>read(json, "$.totalExact")).isFalse();
        String page = mvc.perform(MockMvcRequestBuilders.get("/documents?q=zydemlon").header("HX-Request", "true")
                .with(authentication(UsernamePasswordAuthenticationToken.authenticated(reader, null,
                        reader.getAuthorities()))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Tìm thấy hơn 1.000 văn bản cho");
    }

    private SearchResult search(SearchQuery query) {
        return Fixtures.as(reader, () -> search.search(query));
    }

    private static SearchQuery query(String text, int page, int size) {
        return new SearchQuery(text, null, null, false, null, null, null, null, List.of(), page, size);
    }

    private static List<Long> ids(SearchResult result) {
        return result.items().stream().map(DocumentHit::id).toList();
    }
}
