package vn.phoihop.consultation.redline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The redline of two versions, article by article: each kind of change on a small draft. */
class RedlineComparisonTests {

    private static RedlineArticle a(long id, Long parent, String label, String text, int order) {
        return new RedlineArticle(id, parent, parent == null ? "" : "Chương " + parent, label, text, order);
    }

    private static final List<RedlineArticle> BEFORE = List.of(
            a(1, 100L, "Điều 1", "Phạm vi điều chỉnh của quy chế phối hợp.", 1),
            a(2, 100L, "Điều 2", "Cơ quan chủ trì báo cáo Ban Bí thư hằng năm.", 2),
            a(3, 100L, "Điều 3", "Điều khoản bị bãi bỏ trong dự thảo sau.", 3),
            a(4, 100L, "Điều 4", "Trách nhiệm của công an tỉnh. Trách nhiệm của tỉnh ủy.", 4),
            a(5, 200L, "Điều 5", "Kinh phí thực hiện quy chế.", 5),
            a(6, 200L, "Điều 6", "Hiệu lực thi hành.", 6),
            a(7, 200L, "Điều 7", "Khen thưởng.", 7),
            a(8, 200L, "Điều 8", "Kỷ luật.", 8),
            a(10, 200L, "Điều 9", "Tổ chức thực hiện.", 9));

    private static final List<RedlineArticle> AFTER = List.of(
            a(1, 100L, "Điều 1", "Phạm vi điều chỉnh của quy chế phối hợp.", 1),
            a(2, 100L, "Điều 2", "Cơ quan chủ trì báo cáo Ban Bí thư sáu tháng một lần.", 2),
            a(4, 100L, "Điều 3", "Trách nhiệm của công an tỉnh.", 3),
            a(40, 100L, "Điều 4", "Trách nhiệm của tỉnh ủy.", 4),
            a(6, 200L, "Điều 5", "Hiệu lực thi hành.", 5),
            a(7, 200L, "Điều 6", "Khen thưởng và kỷ luật.", 6),
            a(9, 200L, "Điều 7", "Điều khoản chuyển tiếp.", 7),
            a(10, 200L, "Điều 8", "Tổ chức thực hiện.", 8),
            a(5, 200L, "Điều 9", "Kinh phí thực hiện quy chế.", 9));

    private static final Map<Long, Set<Long>> SOURCES = Map.of(1L, Set.of(1L), 2L, Set.of(2L), 4L, Set.of(4L),
            40L, Set.of(4L), 6L, Set.of(6L), 5L, Set.of(5L), 7L, Set.of(7L, 8L), 10L, Set.of(10L));

    private final List<RedlineEntry> rows = RedlineComparison.compare(BEFORE, AFTER, SOURCES);

    private RedlineEntry row(RedlineKind kind) {
        List<RedlineEntry> found = rows.stream().filter(r -> r.kind() == kind).toList();
        assertThat(found).as(kind.name()).hasSize(1);
        return found.get(0);
    }

    @Test
    void everyKindOfChangeIsOneRowInTheLaterOrder() {
        assertThat(rows).extracting(RedlineEntry::kind).containsExactly(RedlineKind.UNCHANGED, RedlineKind.EDITED,
                RedlineKind.REMOVED, RedlineKind.SPLIT, RedlineKind.UNCHANGED, RedlineKind.MERGED, RedlineKind.ADDED,
                RedlineKind.UNCHANGED, RedlineKind.MOVED);
    }

    @Test
    void anEditedArticleShowsItsDeletedAndInsertedWords() {
        RedlineEntry edited = row(RedlineKind.EDITED);
        assertThat(edited.before()).extracting(RedlineArticle::provisionId).containsExactly(2L);
        assertThat(edited.edited()).isTrue();
        assertThat(edited.diff()).containsExactly(
                new WordDiff.Segment(WordDiff.Op.EQUAL, "Cơ quan chủ trì báo cáo Ban Bí thư "),
                new WordDiff.Segment(WordDiff.Op.DELETE, "hằng năm."),
                new WordDiff.Segment(WordDiff.Op.INSERT, "sáu tháng một lần."));
    }

    @Test
    void anAddedArticleHasNoEarlierText() {
        RedlineEntry added = row(RedlineKind.ADDED);
        assertThat(added.before()).isEmpty();
        assertThat(added.after()).extracting(RedlineArticle::provisionId).containsExactly(9L);
        assertThat(added.diff()).containsExactly(
                new WordDiff.Segment(WordDiff.Op.INSERT, "Điều khoản chuyển tiếp."));
    }

    @Test
    void aRemovedArticleStaysNearItsOldNeighbours() {
        RedlineEntry removed = row(RedlineKind.REMOVED);
        assertThat(removed.before()).extracting(RedlineArticle::provisionId).containsExactly(3L);
        assertThat(removed.after()).isEmpty();
        assertThat(removed.diff()).containsExactly(
                new WordDiff.Segment(WordDiff.Op.DELETE, "Điều khoản bị bãi bỏ trong dự thảo sau."));
        assertThat(rows.indexOf(removed)).isEqualTo(rows.indexOf(row(RedlineKind.EDITED)) + 1);
    }

    @Test
    void aMovedArticleShowsItsOldAndNewPlaceAndNoEdit() {
        RedlineEntry moved = row(RedlineKind.MOVED);
        assertThat(moved.before().get(0).label()).isEqualTo("Điều 5");
        assertThat(moved.after().get(0).label()).isEqualTo("Điều 9");
        assertThat(moved.before().get(0).provisionId()).isEqualTo(moved.after().get(0).provisionId());
        assertThat(moved.edited()).isFalse();
        assertThat(rows).filteredOn(r -> r.kind() == RedlineKind.UNCHANGED)
                .extracting(r -> r.after().get(0).provisionId()).containsExactly(1L, 6L, 10L);
    }

    @Test
    void aMovedArticleIntoAnotherChapterIsMovedEvenInOrder() {
        List<RedlineEntry> r = RedlineComparison.compare(List.of(a(1, 100L, "Điều 1", "A b c.", 1)),
                List.of(a(1, 200L, "Điều 1", "A b c.", 1)), Map.of(1L, Set.of(1L)));
        assertThat(r).extracting(RedlineEntry::kind).containsExactly(RedlineKind.MOVED);
        assertThat(r.get(0).before().get(0).place()).isEqualTo("Chương 100");
        assertThat(r.get(0).after().get(0).place()).isEqualTo("Chương 200");
    }

    @Test
    void aSplitArticleIsOneRowWithItsPartsInOrder() {
        RedlineEntry split = row(RedlineKind.SPLIT);
        assertThat(split.before()).extracting(RedlineArticle::provisionId).containsExactly(4L);
        assertThat(split.after()).extracting(RedlineArticle::provisionId).containsExactly(4L, 40L);
        assertThat(split.afterText()).isEqualTo("Trách nhiệm của công an tỉnh.\n\nTrách nhiệm của tỉnh ủy.");
        assertThat(split.edited()).as("the words were only divided").isFalse();
    }

    @Test
    void aMergedArticleNamesBothSources() {
        RedlineEntry merged = row(RedlineKind.MERGED);
        assertThat(merged.before()).extracting(RedlineArticle::provisionId).containsExactly(7L, 8L);
        assertThat(merged.after()).extracting(RedlineArticle::provisionId).containsExactly(7L);
        assertThat(merged.beforeText()).isEqualTo("Khen thưởng.\n\nKỷ luật.");
    }

    @Test
    void theSameVersionIsUnchangedEverywhere() {
        Map<Long, Set<Long>> identity = new java.util.HashMap<>();
        BEFORE.forEach(x -> identity.put(x.provisionId(), Set.of(x.provisionId())));
        assertThat(RedlineComparison.compare(BEFORE, BEFORE, identity)).extracting(RedlineEntry::kind)
                .containsOnly(RedlineKind.UNCHANGED).hasSize(BEFORE.size());
    }

    @Test
    void theWordDiffRebuildsBothTexts() {
        java.util.Random random = new java.util.Random(42);
        String[] words = {"cơ", "quan", "chủ", "trì", "báo", "cáo", "tỉnh", "ủy", "công", "an"};
        for (int round = 0; round < 200; round++) {
            String x = sentence(random, words);
            String y = sentence(random, words);
            List<WordDiff.Segment> diff = WordDiff.diff(x, y);
            String rebuiltOld = String.join("", diff.stream().filter(s -> s.op() != WordDiff.Op.INSERT)
                    .map(WordDiff.Segment::text).toList());
            String rebuiltNew = String.join("", diff.stream().filter(s -> s.op() != WordDiff.Op.DELETE)
                    .map(WordDiff.Segment::text).toList());
            assertThat(rebuiltNew).as("seed 42 round " + round).isEqualTo(y);
            assertThat(rebuiltOld).as("seed 42 round " + round).isEqualTo(x);
        }
    }

    private static String sentence(java.util.Random random, String[] words) {
        StringBuilder s = new StringBuilder();
        int n = 1 + random.nextInt(12);
        for (int i = 0; i < n; i++) {
            s.append(i == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
        }
        return s.toString();
    }
}
