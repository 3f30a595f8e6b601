package vn.phoihop.document.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Hits marked in titles and snippets without the database: folded matching (diacritics, đ, case, the last word as a
 * prefix, numbers without leading zeros), passages around the best hits, and no marker from the text itself.
 */
class PassagesTests {

    private static String marked(String html) {
        return Highlights.html(html);
    }

    @Test
    void marksEveryFoldedHitInTheTitle() {
        Passages p = Passages.of(SearchTerms.of("quy che phoi hop"));
        assertThat(marked(p.title("Quy chế phối hợp giữa Đảng ủy Công an Trung ương và các tỉnh ủy")))
                .isEqualTo("<mark>Quy</mark> <mark>chế</mark> <mark>phối</mark> <mark>hợp</mark> giữa Đảng ủy"
                        + " Công an Trung ương và các tỉnh ủy");
    }

    @Test
    void theLastWordIsAPrefixAndDMatchesDStroke() {
        Passages p = Passages.of(SearchTerms.of("dang uy cong"));
        assertThat(marked(p.title("Đảng ủy Công an tỉnh, công tác đảng"))).isEqualTo(
                "<mark>Đảng</mark> <mark>ủy</mark> <mark>Công</mark> an tỉnh, <mark>công</mark> tác <mark>đảng</mark>");
        assertThat(marked(Passages.of(SearchTerms.of("cong ta")).title("Công tác"))).isEqualTo(
                "<mark>Công</mark> <mark>tác</mark>");
    }

    @Test
    void numbersMatchWithoutLeadingZeros() {
        Passages p = Passages.of(SearchTerms.of("so 012 ke"));
        assertThat(marked(p.title("Kế hoạch số 12-KH/ĐUCA"))).isEqualTo("<mark>Kế</mark> hoạch <mark>số</mark>"
                + " <mark>12</mark>-KH/ĐUCA");
    }

    @Test
    void aSnippetShowsUpToTwoPassagesAroundTheBestHitsInTextOrder() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            text.append("từ").append(i).append(' ');
        }
        text.append("bảo vệ bí mật nhà nước ");
        for (int i = 100; i < 200; i++) {
            text.append("từ").append(i).append(' ');
        }
        text.append("bảo vệ ");
        for (int i = 200; i < 300; i++) {
            text.append("từ").append(i).append(' ');
        }
        String snippet = marked(Passages.of(SearchTerms.of("bao ve bi mat")).snippet(text.toString()));
        assertThat(snippet).startsWith("… từ94 ").endsWith(" …").contains("<mark>bảo</mark> <mark>vệ</mark> <mark>bí</mark>"
                + " <mark>mật</mark> nhà nước").contains(" … ");
        String[] passages = snippet.split(" … ");
        assertThat(passages).hasSize(2);
        assertThat(passages[1]).startsWith("từ194 ").contains("<mark>bảo</mark> <mark>vệ</mark>");
        for (String passage : passages) {
            assertThat(passage.replaceAll("<[^>]+>", "").replace("…", "").strip().split(" "))
                    .hasSizeLessThanOrEqualTo(Passages.PASSAGE_WORDS);
        }
    }

    @Test
    void withoutAHitTheSnippetIsTheFirstWords() {
        String text = "Một hai ba bốn năm sáu bảy tám chín mười ".repeat(5);
        String snippet = Passages.of(SearchTerms.of("zzz")).snippet(text);
        assertThat(snippet.replace(" …", "").split(" ")).hasSize(Passages.PASSAGE_WORDS);
        assertThat(snippet).startsWith("Một hai").endsWith(" …").doesNotContain(Highlights.START);
    }

    @Test
    void markersInTheTextAreDroppedSoOnlyHitsAreMarked() {
        String text = "Có " + Highlights.START + "dấu" + Highlights.STOP + " lạ <b>thẻ</b> Zymark";
        String html = marked(Passages.of(SearchTerms.of("zymark")).snippet(text));
        assertThat(html).isEqualTo("Có dấu lạ &lt;b&gt;thẻ&lt;/b&gt; <mark>Zymark</mark>");
        assertThat(marked(Passages.clean(text))).doesNotContain("<mark>");
    }

    @Test
    void everyWordOfTheTextSurvivesInTheTitleInOrder() {
        Random random = new Random(20_261_130L);
        String alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ0123456789 ,.-/";
        for (int n = 0; n < 200; n++) {
            StringBuilder title = new StringBuilder();
            int length = 1 + random.nextInt(80);
            for (int i = 0; i < length; i++) {
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                title.append(random.nextInt(5) == 0 ? Character.toUpperCase(c) : c);
            }
            String word = Texts(title.toString());
            String out = Passages.of(SearchTerms.of(word)).title(title.toString());
            assertThat(out.replace(Highlights.START, "").replace(Highlights.STOP, "")).isEqualTo(title.toString());
        }
    }

    private static String Texts(String title) {
        String[] words = title.strip().split("[^\\p{L}\\p{N}]+");
        return words.length == 0 ? "x" : words[words.length / 2];
    }
}
