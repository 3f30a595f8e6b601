package vn.phoihop.document.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The query's words as the index holds them, and nothing else in the SQL text of a tsquery. */
class SearchTermsTests {

    private static final String ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxyÀẢÃÁẠĐđếỆữ0123456789 -/:&|!()*'\"<>\\%_.,;\t";

    @Test
    void aLooselyTypedNotationGivesItsWords() {
        assertThat(SearchTerms.of("Số 90-QĐ/TW").notationWords()).containsExactly("90", "qd", "tw");
        assertThat(SearchTerms.of("qd 90").notationWords()).containsExactly("qd", "90");
        assertThat(SearchTerms.of("04/CT-BCA").notationWords()).containsExactly("4", "ct", "bca");
        assertThat(SearchTerms.of("quy che phoi hop").notationWords()).as("no number, no notation").isEmpty();
        assertThat(SearchTerms.of("90qdtw").compactNotation()).isEqualTo("90qdtw");
        assertThat(SearchTerms.of("04/CT-BCA").foldedQuery()).isEqualTo("(04 | 4) & ct & bca:*");
        assertThat(SearchTerms.of("Quy chế phối hợp").foldedPhrase()).isEqualTo("quy <-> che <-> phoi <-> hop:*");
        assertThat(SearchTerms.of("Quy chế").diacritics()).isTrue();
        assertThat(SearchTerms.of("quy che").diacritics()).isFalse();
    }

    @Test
    void randomInputGivesOnlyLettersAndDigitsToTheTsquery() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        for (int i = 0; i < 2000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(40); n > 0; n--) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            SearchTerms terms = SearchTerms.of(text.toString());
            String context = "seed " + seed + ", input \"" + text + "\"";
            assertThat(terms.folded()).as(context).allMatch(w -> w.matches("[a-z0-9]+"))
                    .hasSizeLessThanOrEqualTo(SearchTerms.MAX_WORDS);
            assertThat(terms.exact()).as(context).allMatch(w -> w.matches("[\\p{L}\\p{N}]+"));
            if (!terms.empty()) {
                assertThat(terms.foldedQuery()).as(context).matches("[a-z0-9 &|():*]+");
                assertThat(terms.foldedPhrase()).as(context).matches("[a-z0-9 <\\->:*]+");
            }
        }
    }
}
