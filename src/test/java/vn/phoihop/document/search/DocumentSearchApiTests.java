package vn.phoihop.document.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import vn.phoihop.account.Clearance;
import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.document.SecrecyMark;
import vn.phoihop.document.search.SearchFixtures.Doc;
import vn.phoihop.support.ApiCalls;
import vn.phoihop.support.StatementCounter;

/**
 * {@code GET /api/v1/documents} and the list page {@code /documents}: the item fields, Vietnamese problem details
 * for bad parameters (never a 500), the htmx fragment, and a number of SQL statements that does not grow with the
 * rows shown.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DocumentSearchApiTests {

    static final String WORD = "Zydemcau";

    @Autowired MockMvc mvc;
    @Autowired ApiCalls api;
    @Autowired SearchFixtures documents;

    CurrentUser reader;

    @BeforeEach
    void seeds() {
        documents.seeds();
        reader = documents.user("ds.api.viewer", "T20-CA", Role.VIEWER, Clearance.NONE);
    }

    @Test
    void rankedItemsCarryTheFieldsTheIssueNames() throws Exception {
        MockHttpServletResponse response = get("/api/v1/documents?q=" + encode("quy che phoi hop"));
        assertThat(response.getStatus()).isEqualTo(200);
        String json = response.getContentAsString();
        assertThat(JsonPath.<String>read(json, "$.items[0].notation")).isEqualTo("90-QĐ/TW");
        assertThat(JsonPath.<String>read(json, "$.items[0].issuerName")).isEqualTo("Ban Bí thư");
        assertThat(JsonPath.<String>read(json, "$.items[0].issuedOn")).isEqualTo("2022-12-06");
        assertThat(JsonPath.<String>read(json, "$.items[0].secrecy")).isEqualTo("NONE");
        assertThat(JsonPath.<String>read(json, "$.items[0].title")).startsWith("Ban hành Quy chế phối hợp");
        assertThat(JsonPath.<Integer>read(json, "$.items[0].id")).isPositive();
        assertThat(JsonPath.<String>read(json, "$.items[0].titleHtml")).contains("<mark>phối</mark>");
        assertThat(JsonPath.<Integer>read(json, "$.total")).isPositive();
        for (String q : List.of("nghi quyet 12", "90 qd tw")) {
            String found = get("/api/v1/documents?q=" + encode(q)).getContentAsString();
            assertThat(JsonPath.<String>read(found, "$.items[0].notation")).as(q)
                    .isEqualTo(q.startsWith("90") ? "90-QĐ/TW" : "12-NQ/TW");
        }
    }

    @Test
    void badParametersGetAVietnameseProblemAndNeverA500() throws Exception {
        Map<String, String> refused = Map.ofEntries(Map.entry("year=19x5", "Năm ban hành"),
                Map.entry("year=1800", "Năm ban hành"), Map.entry("status=DONE", "Trạng thái"),
                Map.entry("secrecy=MAT", "Độ mật"), Map.entry("urgency=SOON", "Độ khẩn"),
                Map.entry("type=PARTY_XX", "Loại văn bản"), Map.entry("type=" + encode("'; DROP"), "Loại văn bản"),
                Map.entry("issuerId=abc", "Cơ quan ban hành"), Map.entry("issuerId=999999999", "Cơ quan ban hành"),
                Map.entry("size=1000", "mỗi trang"), Map.entry("size=0", "mỗi trang"), Map.entry("page=-1", "Số trang"),
                Map.entry("withPredecessors=maybe", "true hoặc false"),
                Map.entry("q=" + "a".repeat(201), "dài quá"));
        for (var entry : refused.entrySet()) {
            String suffix = entry.getKey().startsWith("issuerId=9") ? "&withPredecessors=true" : "";
            MockHttpServletResponse response = get("/api/v1/documents?" + entry.getKey() + suffix);
            assertThat(response.getStatus()).as(entry.getKey()).isEqualTo(400);
            assertThat(response.getContentType()).as(entry.getKey()).startsWith("application/problem+json");
            assertThat(JsonPath.<String>read(response.getContentAsString(), "$.detail")).as(entry.getKey())
                    .contains(entry.getValue());
        }
        for (String odd : List.of("q=" + encode("'\"<>&|!():*\\"), "q=" + encode("%_"), "q=" + encode("số"),
                "q=" + encode("---"), "q=" + encode("a & b | !c"))) {
            assertThat(get("/api/v1/documents?" + odd).getStatus()).as(odd).isEqualTo(200);
        }
    }

    @Test
    void theListPageAnswersAnHtmxRequestWithTheResultsOnly() throws Exception {
        String full = page("/documents?q=" + encode("quy che phoi hop"), false);
        assertThat(full).contains("<html").contains("90-QĐ/TW").contains("data-testid=\"document-search\"");
        String fragment = page("/documents?q=" + encode("quy che phoi hop"), true);
        assertThat(fragment).doesNotContain("<html").doesNotContain("document-search\"").contains("90-QĐ/TW")
                .contains("document-results");
        assertThat(page("/documents?year=abcd", false)).contains("Năm ban hành");
    }

    @Test
    void theListAndTheApiNeedAsManyStatementsForMoreRows() throws Exception {
        long issuer = documents.org("DUCA");
        for (int i = 0; i < 12; i++) {
            documents.insert(new Doc("PARTY_CV", 950 + i, (950 + i) + "-CV/ĐUCA", issuer, LocalDate.of(2025, 10, 1),
                    "Công văn " + WORD + " số " + i, "Tóm tắt " + WORD, SecrecyMark.NONE, "ISSUED"));
        }
        var few = StatementCounter.statements(() -> get("/api/v1/documents?size=2&q=" + WORD));
        var more = StatementCounter.statements(() -> get("/api/v1/documents?size=12&q=" + WORD));
        assertThat(more).as("API statements with 2 then 12 rows").hasSameSizeAs(few);
        var pageFew = StatementCounter.statements(() -> page("/documents?q=" + WORD + "+1", false));
        var pageMore = StatementCounter.statements(() -> page("/documents?q=" + WORD, false));
        assertThat(pageMore).as("page statements with 1 then 12 rows").hasSameSizeAs(pageFew);
        System.out.println("DocumentSearchApiTests: API " + few.size() + " statements, page " + pageFew.size());
    }

    private MockHttpServletResponse get(String path) throws Exception {
        MockHttpServletResponse response = api.get(mvc, reader, path);
        assertThat(response.getStatus()).as(path).isLessThan(500);
        return response;
    }

    private String page(String path, boolean htmx) throws Exception {
        var request = MockMvcRequestBuilders.get(java.net.URI.create(path)).with(authentication(
                UsernamePasswordAuthenticationToken.authenticated(reader, null, reader.getAuthorities())));
        if (htmx) {
            request.header("HX-Request", "true");
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isLessThan(500);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
