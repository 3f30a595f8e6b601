package vn.phoihop.document.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.phoihop.account.Clearance;
import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.document.SecrecyMark;
import vn.phoihop.document.search.SearchFixtures.Doc;
import vn.phoihop.support.Fixtures;

/**
 * Search over the register: the issue's "done when" queries over the seed documents, diacritics, the reading rule
 * inside the query, issuers with their predecessors, the filters and snippet escaping.
 */
@SpringBootTest
class DocumentSearchTests {

    static final LocalDate DAY = LocalDate.of(2025, 9, 2);

    @Autowired DocumentSearch search;
    @Autowired SearchFixtures documents;

    CurrentUser reader;

    @BeforeEach
    void seeds() {
        documents.seeds();
        reader = documents.user("ds.central.none", "CTDCT", Role.CENTRAL_STAFF, Clearance.NONE);
    }

    @Test
    void theIssuesQueriesRankTheirDocumentFirst() {
        assertThat(first("quy che phoi hop")).isEqualTo("90-QĐ/TW");
        assertThat(first("Quy chế phối hợp")).isEqualTo("90-QĐ/TW");
        assertThat(first("nghi quyet 12")).isEqualTo("12-NQ/TW");
        assertThat(first("Nghị quyết 12")).isEqualTo("12-NQ/TW");
    }

    @Test
    void aNotationTypedLooselyFindsItsDocumentFirst() {
        for (String typed : List.of("90 qd tw", "90-QĐ/TW", "qd 90", "Số 90-QĐ/TW", "so 90 qd tw", "90-qđ/tw",
                "90/QĐ-TW", "90qdtw", "quyet dinh 90")) {
            assertThat(first(typed)).as(typed).isEqualTo("90-QĐ/TW");
        }
        assertThat(first("118 kh duca")).isEqualTo("118-KH/ĐUCA");
        assertThat(first("05 ct tw")).isEqualTo("05-CT/TW");
        assertThat(first("5 ct tw")).as("leading zero").isEqualTo("05-CT/TW");
    }

    @Test
    void withAndWithoutDiacriticsTheSameDocumentsComeBack() {
        List<List<String>> pairs = List.of(List.of("Quy chế phối hợp", "quy che phoi hop"),
                List.of("Đảng ủy Công an Trung ương", "dang uy cong an trung uong"),
                List.of("tư tưởng, đạo đức", "tu tuong dao duc"), List.of("Nghị quyết", "NGHI QUYET"),
                List.of("ĐẨY MẠNH", "day manh"), List.of("đ", "d"));
        for (List<String> pair : pairs) {
            assertThat(ids(pair.get(0))).as(pair.toString()).isNotEmpty().isEqualTo(ids(pair.get(1)));
        }
    }

    @Test
    void wordsWrittenAsTypedRankAboveFoldedOnlyMatches() {
        long grave = documents.insert(doc("Về việc bàn giao hồ sơ Zykiemthu", SecrecyMark.NONE, "ISSUED", 901));
        long acute = documents.insert(doc("Về việc bán giao hồ sơ Zykiemthu", SecrecyMark.NONE, "ISSUED", 902));
        assertThat(hits("bàn giao zykiemthu").get(0).id()).isEqualTo(grave);
        assertThat(hits("bán giao zykiemthu").get(0).id()).isEqualTo(acute);
        assertThat(ids("ban giao zykiemthu")).containsExactlyInAnyOrder(grave, acute);
    }

    @Test
    void theReadingRuleIsInsideTheQuery() {
        long secret = documents.insert(doc("Kế hoạch Zymatkiem bảo vệ", SecrecyMark.CONFIDENTIAL, "ISSUED", 903));
        documents.insert(doc("Kế hoạch Zymatkiem công khai", SecrecyMark.NONE, "ISSUED", 904));
        SearchResult forNone = as(reader, Q.words("zymatkiem"));
        assertThat(forNone.total()).isEqualTo(1);
        assertThat(forNone.items()).extracting(DocumentHit::id).doesNotContain(secret);
        CurrentUser cleared = documents.user("ds.central.secret", "CTDCT", Role.CENTRAL_STAFF, Clearance.SECRET);
        SearchResult forSecret = as(cleared, Q.words("zymatkiem"));
        assertThat(forSecret.total()).isEqualTo(2);
        assertThat(forSecret.items()).extracting(DocumentHit::id).contains(secret);
        assertThat(as(reader, Q.words("").withSecrecy(SecrecyMark.CONFIDENTIAL)).items())
                .allSatisfy(h -> assertThat(h.secrecy()).isEqualTo(SecrecyMark.NONE));

        long hanoiDraft = documents.insert(new Doc("PARTY_KH", 0, null, documents.org("T01-TU"), null,
                "Dự thảo kế hoạch Zyduthao của Thành ủy", null, SecrecyMark.NONE, "DRAFT"));
        CurrentUser bacNinh = documents.user("ds.bn.party", "T20-TU", Role.PROVINCE_PARTY_STAFF, Clearance.TOP_SECRET);
        CurrentUser hanoi = documents.user("ds.hn.party", "T01-TU", Role.PROVINCE_PARTY_STAFF, Clearance.NONE);
        assertThat(as(bacNinh, Q.words("zyduthao")).total()).isZero();
        assertThat(as(reader, Q.words("zyduthao")).total()).isZero();
        assertThat(as(bacNinh, Q.words("").withStatus("DRAFT")).items()).extracting(DocumentHit::id)
                .doesNotContain(hanoiDraft);
        assertThat(as(hanoi, Q.words("zyduthao")).items()).extracting(DocumentHit::id)
                .containsExactly(hanoiDraft);
    }

    @Test
    void anIssuerWithItsPredecessorsFindsTheFormerProvincesDocumentsUnderTheirOldName() {
        long bacGiang = documents.org("P1997-24-TU");
        long bacNinh = documents.org("T20-TU");
        long old = documents.insert(new Doc("PARTY_NQ", 7, "07-NQ/TU", bacGiang, LocalDate.of(2024, 3, 1),
                "Nghị quyết Zytiennhiem về công tác cán bộ", null, SecrecyMark.NONE, "IN_FORCE"));
        long current = documents.insert(new Doc("PARTY_NQ", 8, "08-NQ/TU", bacNinh, DAY,
                "Nghị quyết Zytiennhiem về chuyển đổi số", null, SecrecyMark.NONE, "IN_FORCE"));
        Q words = Q.words("zytiennhiem");
        assertThat(as(reader, words.withIssuer(bacNinh, false)).items()).extracting(DocumentHit::id)
                .containsExactly(current);
        List<DocumentHit> both = as(reader, words.withIssuer(bacNinh, true)).items();
        assertThat(both).extracting(DocumentHit::id).containsExactlyInAnyOrder(old, current);
        assertThat(both).filteredOn(h -> h.id() == old).extracting(DocumentHit::issuerName)
                .containsExactly("Tỉnh ủy Bắc Giang");
        assertThat(both).filteredOn(h -> h.id() == current).extracting(DocumentHit::issuerName)
                .containsExactly("Tỉnh ủy Bắc Ninh");
    }

    @Test
    void aUnitOutsideTheReadersScopeIsNamedNeitherByIdNorByName() {
        long hanoiUnit = documents.org("T01-CA-PCTDCT");
        documents.insert(new Doc("PARTY_HD", 31, "31-HD/PCTDCT", hanoiUnit, DAY, "Hướng dẫn Zyphamvi", null,
                SecrecyMark.NONE, "ISSUED"));
        CurrentUser bacNinh = documents.user("ds.bn.viewer", "T20-CA", Role.VIEWER, Clearance.NONE);
        DocumentHit outside = as(bacNinh, Q.words("zyphamvi")).items().get(0);
        assertThat(outside.issuerId()).isNull();
        assertThat(outside.issuerName()).isNull();
        DocumentHit national = as(reader, Q.words("zyphamvi")).items().get(0);
        assertThat(national.issuerId()).isEqualTo(hanoiUnit);
        assertThat(national.issuerName()).isEqualTo("Phòng Công tác đảng và công tác chính trị");
    }

    @Test
    void filtersNarrowTheResultsAndTheTotal() {
        long issuer = documents.org("DUCA");
        long a = documents.insert(new Doc("PARTY_KH", 905, "905-KH/ĐUCA", issuer, LocalDate.of(2023, 4, 1),
                "Kế hoạch Zyloc một", null, SecrecyMark.NONE, "IN_FORCE", "URGENT", null));
        long b = documents.insert(new Doc("PARTY_HD", 906, "906-HD/ĐUCA", issuer, LocalDate.of(2024, 4, 1),
                "Hướng dẫn Zyloc hai", null, SecrecyMark.NONE, "EXPIRED", "NORMAL", null));
        Q words = Q.words("zyloc");
        assertThat(as(reader, words).total()).isEqualTo(2);
        assertThat(single(words.withType("PARTY_HD"))).isEqualTo(b);
        assertThat(single(words.withYear(2023))).isEqualTo(a);
        assertThat(single(words.withStatus("EXPIRED"))).isEqualTo(b);
        assertThat(single(words.withUrgency("URGENT"))).isEqualTo(a);
        assertThat(as(reader, words.withSecrecy(SecrecyMark.SECRET)).total()).isZero();
        documents.tag(a, "Zythe");
        assertThat(single(words.withTags(List.of("Zythe")))).isEqualTo(a);
        SearchResult firstPage = as(reader, words.withSize(1));
        assertThat(firstPage.total()).isEqualTo(2);
        assertThat(firstPage.items()).hasSize(1);
        assertThat(firstPage.pages()).isEqualTo(2);
        assertThat(as(reader, words.withSize(1).onPage(1)).items()).hasSize(1)
                .extracting(DocumentHit::id).doesNotContain(firstPage.items().get(0).id());
    }

    @Test
    void snippetsAreEscapedAndMarkOnlyTheHits() {
        documents.insert(new Doc("PARTY_CV", 907, "907-CV/TW", documents.org("BBT"), DAY,
                "Về <script>alert('x')</script> Zymarkup & <b>đậm</b> a < b", "Tóm tắt Zymarkup <img src=x"
                        + " onerror=alert(1)> \uE000 và \"trích dẫn\" & <i>nghiêng</i>",
                SecrecyMark.NONE, "ISSUED"));
        DocumentHit hit = hits("zymarkup").get(0);
        for (String html : List.of(hit.titleHtml(), hit.snippet())) {
            assertThat(html).contains("<mark>Zymarkup</mark>");
            String withoutMarks = html.replace("<mark>", "").replace("</mark>", "");
            assertThat(withoutMarks).as(html).doesNotContain("<", ">", "\uE000", "\uE001");
        }
        assertThat(hit.titleHtml()).contains("&amp;").contains("&lt;");
        assertThat(hit.snippet()).contains("&quot;trích dẫn&quot;");
    }

    private Doc doc(String title, SecrecyMark mark, String status, int number) {
        return new Doc("PARTY_KH", number, number + "-KH/TW", documents.org("BBT"), DAY, title, null, mark, status);
    }

    private String first(String text) {
        List<DocumentHit> hits = hits(text);
        assertThat(hits).as(text).isNotEmpty();
        return hits.get(0).notation();
    }

    private List<DocumentHit> hits(String text) {
        return as(reader, Q.words(text)).items();
    }

    private Set<Long> ids(String text) {
        return as(reader, Q.words(text).withSize(SearchQuery.MAX_SIZE)).items().stream()
                .map(DocumentHit::id).collect(Collectors.toSet());
    }

    private long single(Q query) {
        List<DocumentHit> items = as(reader, query).items();
        assertThat(items).as(query.toString()).hasSize(1);
        return items.get(0).id();
    }

    private SearchResult as(CurrentUser user, Q query) {
        return Fixtures.as(user, () -> search.search(query.build()));
    }

    /** A query built field by field (the record's canonical constructor, as {@link SearchQuery#parse} builds it). */
    record Q(String text, String type, Long issuer, boolean predecessors, Integer year, String status,
            SecrecyMark secrecy, String urgency, List<String> tags, int page, int size) {

        static Q words(String text) {
            return new Q(text, null, null, false, null, null, null, null, List.of(), 0, SearchQuery.DEFAULT_SIZE);
        }

        Q withType(String value) {
            return new Q(text, value, issuer, predecessors, year, status, secrecy, urgency, tags, page, size);
        }

        Q withIssuer(long value, boolean withPredecessors) {
            return new Q(text, type, value, withPredecessors, year, status, secrecy, urgency, tags, page, size);
        }

        Q withYear(int value) {
            return new Q(text, type, issuer, predecessors, value, status, secrecy, urgency, tags, page, size);
        }

        Q withStatus(String value) {
            return new Q(text, type, issuer, predecessors, year, value, secrecy, urgency, tags, page, size);
        }

        Q withSecrecy(SecrecyMark value) {
            return new Q(text, type, issuer, predecessors, year, status, value, urgency, tags, page, size);
        }

        Q withUrgency(String value) {
            return new Q(text, type, issuer, predecessors, year, status, secrecy, value, tags, page, size);
        }

        Q withTags(List<String> value) {
            return new Q(text, type, issuer, predecessors, year, status, secrecy, urgency, value, page, size);
        }

        Q withSize(int value) {
            return new Q(text, type, issuer, predecessors, year, status, secrecy, urgency, tags, page, value);
        }

        Q onPage(int value) {
            return new Q(text, type, issuer, predecessors, year, status, secrecy, urgency, tags, value, size);
        }

        SearchQuery build() {
            return new SearchQuery(text, type, issuer, predecessors, year, status, secrecy, urgency, tags, page, size);
        }
    }
}
