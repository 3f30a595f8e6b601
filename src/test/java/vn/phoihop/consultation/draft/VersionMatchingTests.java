package vn.phoihop.consultation.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.phoihop.consultation.draft.VersionMatching.Match;

/** Matching the next version's provisions to the previous one's: ids kept, changes and origins. */
class VersionMatchingTests {

    private static final List<StoredProvision> OLD = List.of(
            new StoredProvision(100, "CHAPTER", null, "Chương I", "Quy định chung", ""),
            new StoredProvision(1, "ARTICLE", 100L, "Điều 1", "Phạm vi điều chỉnh",
                    "Quy chế này quy định việc phối hợp giữa Ban Tổ chức và Công an tỉnh."),
            new StoredProvision(2, "ARTICLE", 100L, "Điều 2", "Chế độ báo cáo",
                    "Cơ quan chủ trì báo cáo Ban Bí thư hằng năm về kết quả thực hiện quy chế phối hợp."),
            new StoredProvision(21, "CLAUSE", 2L, "1.", null, "Báo cáo gửi trước ngày 15 tháng 12."),
            new StoredProvision(22, "CLAUSE", 2L, "2.", null, "Báo cáo có phụ lục số liệu kèm theo."),
            new StoredProvision(3, "ARTICLE", 100L, "Điều 3", "Điều bị bỏ",
                    "Nội dung hoàn toàn khác không còn giữ lại trong dự thảo mới nữa."),
            new StoredProvision(4, "ARTICLE", 100L, "Điều 4", "Trách nhiệm",
                    "Công an tỉnh chủ trì xây dựng kế hoạch kiểm tra định kỳ hằng quý."
                            + " Tỉnh ủy chỉ đạo các huyện ủy phối hợp cung cấp thông tin kịp thời."),
            new StoredProvision(200, "CHAPTER", null, "Chương II", "Tổ chức thực hiện", ""),
            new StoredProvision(5, "ARTICLE", 200L, "Điều 5", "Kinh phí",
                    "Kinh phí thực hiện quy chế do ngân sách địa phương bảo đảm theo quy định."),
            new StoredProvision(6, "ARTICLE", 200L, "Điều 6", "Hiệu lực", "Quy chế có hiệu lực từ ngày ký ban hành."),
            new StoredProvision(7, "ARTICLE", 200L, "Điều 7", "Khen thưởng",
                    "Tập thể cá nhân có thành tích được khen thưởng theo quy định."),
            new StoredProvision(8, "ARTICLE", 200L, "Điều 8", "Kỷ luật",
                    "Tập thể cá nhân vi phạm bị xử lý kỷ luật theo quy định."),
            new StoredProvision(9, "ARTICLE", 200L, "Điều 9", "Thi hành",
                    "Các cơ quan đơn vị chịu trách nhiệm thi hành quy chế này."));

    private final List<ParsedProvision> next = new ArrayList<>();

    private int add(String kind, String label, String heading, String body, int parent) {
        next.add(new ParsedProvision(kind, label, heading, body, parent));
        return next.size() - 1;
    }

    private List<Match> matchNext() {
        int ch1 = add("CHAPTER", "Chương I", "Quy định chung", "", -1);
        add("ARTICLE", "Điều 1", "Phạm vi điều chỉnh",
                "Quy chế này quy định việc phối hợp giữa Ban Tổ chức và Công an tỉnh.", ch1);          // 1 unchanged
        int a2 = add("ARTICLE", "Điều 2", "Chế độ báo cáo",
                "Cơ quan chủ trì báo cáo Ban Bí thư sáu tháng một lần về kết quả thực hiện quy chế phối hợp.",
                ch1);                                                                                       // 2 edited
        add("CLAUSE", "1.", null, "Báo cáo có phụ lục số liệu kèm theo.", a2);                            // 3 = 22 moved
        add("CLAUSE", "2.", null, "Báo cáo gửi trước ngày 15 tháng 12 hằng năm.", a2);                    // 4 = 21 edited
        add("ARTICLE", "Điều 3", "Trách nhiệm của Công an tỉnh",
                "Công an tỉnh chủ trì xây dựng kế hoạch kiểm tra định kỳ hằng quý.", ch1);              // 5 split first
        add("ARTICLE", "Điều 4", "Trách nhiệm của Tỉnh ủy",
                "Tỉnh ủy chỉ đạo các huyện ủy phối hợp cung cấp thông tin kịp thời.", ch1);             // 6 split second
        int ch2 = add("CHAPTER", "Chương II", "Tổ chức thực hiện", "", -1);                             // 7
        add("ARTICLE", "Điều 5", "Hiệu lực", "Quy chế có hiệu lực từ ngày ký ban hành.", ch2);           // 8 = 6
        add("ARTICLE", "Điều 6", "Khen thưởng và kỷ luật",
                "Tập thể cá nhân có thành tích được khen thưởng theo quy định."
                        + " Tập thể cá nhân vi phạm bị xử lý kỷ luật theo quy định.", ch2);               // 9 merged
        add("ARTICLE", "Điều 7", "Điều khoản chuyển tiếp",
                "Các hồ sơ đang giải quyết tiếp tục thực hiện theo quy chế cũ.", ch2);                    // 10 added
        add("ARTICLE", "Điều 8", "Thi hành", "Các cơ quan đơn vị chịu trách nhiệm thi hành quy chế này.", ch2); // 11 = 9
        add("ARTICLE", "Điều 9", "Kinh phí",
                "Kinh phí thực hiện quy chế do ngân sách địa phương bảo đảm theo quy định.", ch2);       // 12 = 5 moved
        return VersionMatching.match(OLD, next);
    }

    @Test
    void unchangedArticlesAndChaptersKeepTheirIds() {
        List<Match> m = matchNext();
        assertThat(m.get(0)).isEqualTo(new Match(100L, "UNCHANGED", List.of(100L)));
        assertThat(m.get(1)).isEqualTo(new Match(1L, "UNCHANGED", List.of(1L)));
        assertThat(m.get(7)).isEqualTo(new Match(200L, "UNCHANGED", List.of(200L)));
        assertThat(m.get(8)).isEqualTo(new Match(6L, "UNCHANGED", List.of(6L)));
        assertThat(m.get(11)).isEqualTo(new Match(9L, "UNCHANGED", List.of(9L)));
    }

    @Test
    void anEditedArticleKeepsItsIdAndItsClausesAreMatchedInside() {
        List<Match> m = matchNext();
        assertThat(m.get(2)).isEqualTo(new Match(2L, "EDITED", List.of(2L)));
        assertThat(m.get(3)).as("renumbered clause").isEqualTo(new Match(22L, "MOVED", List.of(22L)));
        assertThat(m.get(4)).as("edited clause").isEqualTo(new Match(21L, "EDITED", List.of(21L)));
    }

    @Test
    void aSplitArticleGivesTheFirstPartItsIdAndEveryPartAnOrigin() {
        List<Match> m = matchNext();
        assertThat(m.get(5)).isEqualTo(new Match(4L, "SPLIT", List.of(4L)));
        assertThat(m.get(6)).isEqualTo(new Match(null, "SPLIT", List.of(4L)));
    }

    @Test
    void aMergedArticleKeepsTheFirstIdWithOriginsToBoth() {
        assertThat(matchNext().get(9)).isEqualTo(new Match(7L, "MERGED", List.of(7L, 8L)));
    }

    @Test
    void aMovedArticleKeepsItsIdAndANewOneIsAdded() {
        List<Match> m = matchNext();
        assertThat(m.get(12)).isEqualTo(new Match(5L, "MOVED", List.of(5L)));
        assertThat(m.get(10)).isEqualTo(new Match(null, "ADDED", List.of()));
    }

    @Test
    void aRemovedArticleIsNobodysMatch() {
        assertThat(matchNext()).noneMatch(x -> x.origins().contains(3L))
                .noneMatch(x -> Long.valueOf(3L).equals(x.provisionId()));
    }

    @Test
    void everyOldIdIsKeptAtMostOnce() {
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 50; round++) {
            next.clear();
            List<Match> m = VersionMatching.match(OLD, shuffled(random));
            List<Long> ids = m.stream().map(Match::provisionId).filter(x -> x != null).toList();
            assertThat(ids).as("seed 7 round " + round).doesNotHaveDuplicates();
        }
    }

    private List<ParsedProvision> shuffled(java.util.Random random) {
        List<ParsedProvision> out = new ArrayList<>();
        for (StoredProvision o : OLD) {
            if (!"ARTICLE".equals(o.kind()) || random.nextInt(4) > 0) {
                String body = random.nextBoolean() ? o.body() : o.body() + " bổ sung";
                out.add(new ParsedProvision(o.kind(), o.label(), o.heading(), body, -1));
            }
        }
        java.util.Collections.shuffle(out, random);
        return out;
    }
}
