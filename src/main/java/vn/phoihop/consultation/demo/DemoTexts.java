package vn.phoihop.consultation.demo;

import java.util.List;

/**
 * The wording of the demo drafts: the chapters and articles of Dự thảo 1 of the 2021 coordination regulation, what
 * Dự thảo 2 changed, the open round's small draft, and the comments and reasons the demo draws from. Plausible
 * regulation text written for the demo; it names no real person.
 */
final class DemoTexts {

    static final String DRAFT_2021 = "Quy chế phối hợp giữa Đảng ủy Công an Trung ương với các tỉnh ủy, thành ủy về"
            + " lãnh đạo công tác đảng, công tác chính trị đối với Công an các tỉnh, thành phố trực thuộc Trung ương";

    static final String DRAFT_OPEN = "Quy định về chế độ thông tin, báo cáo công tác đảng, công tác chính trị trong"
            + " Công an các tỉnh, thành phố";

    /** A chapter and its articles (heading, body). */
    record Chapter(String label, String heading, List<String[]> articles) {
    }

    static final List<Chapter> CHAPTERS = List.of(
            new Chapter("Chương I", "NHỮNG QUY ĐỊNH CHUNG", List.of(
                    new String[] { "Phạm vi điều chỉnh", "Quy chế này quy định nguyên tắc, nội dung, phương thức và"
                            + " trách nhiệm phối hợp giữa Đảng ủy Công an Trung ương với các tỉnh ủy, thành ủy trong"
                            + " lãnh đạo công tác đảng, công tác chính trị đối với Công an các tỉnh, thành phố trực"
                            + " thuộc Trung ương." },
                    new String[] { "Đối tượng áp dụng", "Quy chế này áp dụng đối với Đảng ủy Công an Trung ương, các"
                            + " tỉnh ủy, thành ủy trực thuộc Trung ương, đảng ủy Công an các tỉnh, thành phố và các cơ"
                            + " quan tham mưu, giúp việc có liên quan." },
                    new String[] { "Nguyên tắc phối hợp", "Việc phối hợp bảo đảm sự lãnh đạo tuyệt đối, trực tiếp về"
                            + " mọi mặt của Đảng đối với Công an nhân dân; tuân thủ nguyên tắc tập trung dân chủ; xác"
                            + " định rõ trách nhiệm của mỗi bên; thường xuyên, chặt chẽ, kịp thời và hiệu quả." },
                    new String[] { "Giải thích từ ngữ", "Trong Quy chế này, công tác đảng, công tác chính trị bao gồm"
                            + " công tác xây dựng Đảng, công tác tư tưởng, công tác tổ chức, cán bộ, công tác kiểm"
                            + " tra, giám sát, công tác dân vận và công tác bảo vệ chính trị nội bộ trong Công an"
                            + " tỉnh, thành phố." })),
            new Chapter("Chương II", "NỘI DUNG PHỐI HỢP", List.of(
                    new String[] { "Phối hợp quán triệt, triển khai nghị quyết, chỉ thị", "Hai bên phối hợp quán"
                            + " triệt, triển khai thực hiện các nghị quyết, chỉ thị, kết luận của Đảng, của Đảng ủy"
                            + " Công an Trung ương và của tỉnh ủy, thành ủy liên quan đến công tác công an tại địa"
                            + " phương." },
                    new String[] { "Phối hợp lãnh đạo công tác tư tưởng", "Hai bên phối hợp nắm tình hình tư tưởng"
                            + " của cán bộ, chiến sĩ, định hướng thông tin, đấu tranh phản bác các quan điểm sai trái,"
                            + " thù địch." },
                    new String[] { "Phối hợp xây dựng tổ chức đảng", "Hai bên phối hợp lãnh đạo việc thành lập,"
                            + " kiện toàn tổ chức đảng trong Công an tỉnh, thành phố; chỉ đạo đại hội đảng bộ Công an"
                            + " tỉnh, thành phố." },
                    new String[] { "Phối hợp trong công tác cán bộ", "Việc bổ nhiệm, điều động, luân chuyển Giám đốc,"
                            + " Phó Giám đốc Công an tỉnh, thành phố do Bộ Công an quyết định sau khi trao đổi, thống"
                            + " nhất với ban thường vụ tỉnh ủy, thành ủy." },
                    new String[] { "Phối hợp kiểm tra, giám sát và thi hành kỷ luật đảng", "Hai bên phối hợp kiểm"
                            + " tra, giám sát tổ chức đảng, đảng viên trong Công an tỉnh, thành phố; xem xét, thi hành"
                            + " kỷ luật đảng viên vi phạm theo thẩm quyền." },
                    new String[] { "Phối hợp thi đua, khen thưởng", "Hai bên phối hợp phát động, tổ chức các phong"
                            + " trào thi đua; xét, đề nghị khen thưởng tập thể, cá nhân có thành tích xuất sắc." },
                    new String[] { "Phối hợp công tác dân vận", "Hai bên phối hợp lãnh đạo công tác dân vận của"
                            + " Công an tỉnh, thành phố, xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc." },
                    new String[] { "Phối hợp sơ kết, tổng kết", "Định kỳ hằng năm, hai bên phối hợp sơ kết, tổng"
                            + " kết việc thực hiện Quy chế, đánh giá kết quả và đề ra nhiệm vụ thời gian tới." })),
            new Chapter("Chương III", "TRÁCH NHIỆM CỦA CÁC BÊN", List.of(
                    new String[] { "Trách nhiệm của Đảng ủy Công an Trung ương", "Chủ trì lãnh đạo toàn diện công"
                            + " tác đảng, công tác chính trị trong Công an nhân dân; trao đổi, thống nhất với tỉnh ủy,"
                            + " thành ủy những vấn đề thuộc nội dung phối hợp." },
                    new String[] { "Trách nhiệm của tỉnh ủy, thành ủy", "Lãnh đạo đảng bộ Công an tỉnh, thành phố"
                            + " thực hiện nghị quyết của cấp ủy địa phương; tham gia ý kiến về công tác cán bộ theo"
                            + " Quy chế này." },
                    new String[] { "Trách nhiệm của đảng ủy Công an tỉnh, thành phố", "Chấp hành sự lãnh đạo của"
                            + " Đảng ủy Công an Trung ương và tỉnh ủy, thành ủy; báo cáo định kỳ, đột xuất với hai bên"
                            + " theo quy định." },
                    new String[] { "Trách nhiệm của các cơ quan tham mưu, giúp việc", "Cục Công tác đảng và công tác"
                            + " chính trị và các ban của tỉnh ủy, thành ủy tham mưu, theo dõi, đôn đốc việc thực hiện"
                            + " Quy chế." },
                    new String[] { "Chế độ thông tin, báo cáo", "Đảng ủy Công an tỉnh, thành phố báo cáo định kỳ 6"
                            + " tháng, hằng năm với Đảng ủy Công an Trung ương và tỉnh ủy, thành ủy về công tác đảng,"
                            + " công tác chính trị." })),
            new Chapter("Chương IV", "TỔ CHỨC THỰC HIỆN", List.of(
                    new String[] { "Hiệu lực thi hành", "Quy chế này có hiệu lực kể từ ngày ký." },
                    new String[] { "Sửa đổi, bổ sung", "Trong quá trình thực hiện, nếu có vướng mắc, các bên phản ánh"
                            + " về Đảng ủy Công an Trung ương để tổng hợp, báo cáo Ban Bí thư xem xét, sửa đổi, bổ"
                            + " sung." },
                    new String[] { "Tổ chức thực hiện", "Đảng ủy Công an Trung ương, các tỉnh ủy, thành ủy và các tổ"
                            + " chức đảng có liên quan chịu trách nhiệm thi hành Quy chế này." })));

    /** Articles (1-based numbers in Dự thảo 1) whose text Dự thảo 2 edits, with the new body. */
    static final List<Object[]> EDITED = List.of(
            new Object[] { 3, "Việc phối hợp bảo đảm sự lãnh đạo tuyệt đối, trực tiếp về mọi mặt của Đảng đối với"
                    + " Công an nhân dân; tuân thủ nguyên tắc tập trung dân chủ; đề cao trách nhiệm người đứng đầu; xác"
                    + " định rõ chủ trì, phối hợp của mỗi bên; thường xuyên, chặt chẽ, kịp thời và hiệu quả." },
            new Object[] { 5, "Hai bên phối hợp quán triệt, triển khai thực hiện các nghị quyết, chỉ thị, kết luận"
                    + " của Đảng, của Đảng ủy Công an Trung ương và của tỉnh ủy, thành ủy liên quan đến công tác công"
                    + " an tại địa phương; xây dựng chương trình, kế hoạch thực hiện phù hợp với đặc điểm từng địa"
                    + " phương." },
            new Object[] { 8, "Việc bổ nhiệm, điều động, luân chuyển Giám đốc, Phó Giám đốc Công an tỉnh, thành phố"
                    + " do Bộ Công an quyết định sau khi trao đổi, thống nhất bằng văn bản với ban thường vụ tỉnh ủy,"
                    + " thành ủy; việc giới thiệu nhân sự tham gia cấp ủy địa phương do tỉnh ủy, thành ủy quyết"
                    + " định." },
            new Object[] { 13, "Chủ trì lãnh đạo toàn diện công tác đảng, công tác chính trị trong Công an nhân dân;"
                    + " trao đổi, thống nhất với tỉnh ủy, thành ủy những vấn đề thuộc nội dung phối hợp; hướng dẫn,"
                    + " kiểm tra việc thực hiện Quy chế." });

    /** Article 9 of Dự thảo 1 is split in Dự thảo 2 into these two articles (heading, body). */
    static final String[][] SPLIT = {
        { "Phối hợp kiểm tra, giám sát", "Hai bên phối hợp xây dựng chương trình kiểm tra, giám sát hằng năm đối"
                + " với tổ chức đảng, đảng viên trong Công an tỉnh, thành phố, tránh chồng chéo." },
        { "Phối hợp thi hành kỷ luật đảng", "Việc xem xét, thi hành kỷ luật đảng viên vi phạm trong Công an tỉnh,"
                + " thành phố thực hiện theo thẩm quyền; trường hợp thuộc diện tỉnh ủy, thành ủy quản lý thì trao"
                + " đổi, thống nhất trước khi quyết định." } };

    /** The article Dự thảo 2 adds after the last article of Chương II (heading, body). */
    static final String[] ADDED = { "Phối hợp bảo vệ chính trị nội bộ", "Hai bên phối hợp thực hiện công tác bảo vệ"
            + " chính trị nội bộ, thẩm tra, xác minh lý lịch đối với cán bộ thuộc diện quản lý theo quy định." };

    /** Article 17 (Chế độ thông tin, báo cáo) is moved in Dự thảo 2 into Chương IV, before Hiệu lực thi hành. */
    static final int MOVED = 17;

    /** Comment texts on each article number of Dự thảo 1 (any article not listed gets the general ones). */
    static final List<String> GENERAL = List.of(
            "Đề nghị rà soát kỹ thuật soạn thảo, thống nhất cách dùng từ “tỉnh ủy, thành ủy” trong toàn bộ Quy chế.",
            "Nhất trí với nội dung dự thảo; đề nghị sớm trình ban hành để thống nhất thực hiện.",
            "Đề nghị quy định rõ hơn cơ quan đầu mối phối hợp ở mỗi bên để thuận lợi trong tổ chức thực hiện.",
            "Đề nghị bổ sung quy định về phối hợp trong trường hợp đột xuất, khẩn cấp.",
            "Đề nghị cân nhắc bố cục lại điều này cho gọn, tránh trùng lặp với các điều khác của Quy chế.");

    /** Comments aimed at particular articles of Dự thảo 1 (number, text). */
    static final List<Object[]> SPECIFIC = List.of(
            new Object[] { 1, "Đề nghị bổ sung cụm từ “và các đơn vị trực thuộc” sau cụm từ “Công an các tỉnh, thành"
                    + " phố” để bao quát đầy đủ." },
            new Object[] { 2, "Đề nghị bổ sung các ban xây dựng Đảng của tỉnh ủy, thành ủy vào đối tượng áp dụng." },
            new Object[] { 3, "Đề nghị bổ sung nguyên tắc đề cao trách nhiệm người đứng đầu cấp ủy trong phối hợp." },
            new Object[] { 4, "Đề nghị làm rõ khái niệm “công tác chính trị” để phân biệt với công tác đảng." },
            new Object[] { 5, "Đề nghị bổ sung việc xây dựng chương trình, kế hoạch thực hiện phù hợp với đặc điểm"
                    + " từng địa phương." },
            new Object[] { 6, "Đề nghị bổ sung nội dung phối hợp nắm tình hình dư luận xã hội liên quan đến lực lượng"
                    + " Công an." },
            new Object[] { 7, "Đề nghị quy định rõ việc chỉ đạo nhân sự đại hội đảng bộ Công an tỉnh do cấp nào chủ"
                    + " trì." },
            new Object[] { 9, "Đề nghị tách nội dung kiểm tra, giám sát và thi hành kỷ luật đảng thành hai điều riêng"
                    + " cho rõ." },
            new Object[] { 10, "Đề nghị bổ sung hình thức khen thưởng của tỉnh ủy, thành ủy đối với tập thể Công an"
                    + " tỉnh." },
            new Object[] { 11, "Đề nghị gắn công tác dân vận với phong trào “Công an nhân dân vì nhân dân phục vụ”." },
            new Object[] { 12, "Đề nghị quy định sơ kết 3 năm, tổng kết 5 năm thay cho sơ kết hằng năm." },
            new Object[] { 14, "Đề nghị bổ sung trách nhiệm của ban thường vụ tỉnh ủy trong cho ý kiến về công tác"
                    + " cán bộ." },
            new Object[] { 15, "Đề nghị quy định cụ thể chế độ báo cáo đột xuất của đảng ủy Công an tỉnh." },
            new Object[] { 16, "Đề nghị bổ sung Văn phòng tỉnh ủy là cơ quan tham mưu theo dõi thực hiện Quy chế." },
            new Object[] { 17, "Đề nghị chuyển điều này về chương Tổ chức thực hiện cho phù hợp." },
            new Object[] { 18, "Đề nghị quy định hiệu lực kể từ ngày ký ban hành và thay thế quy định trước đây." },
            new Object[] { 20, "Đề nghị giao Cục Công tác đảng và công tác chính trị hướng dẫn thực hiện Quy chế." });

    /**
     * Near-duplicates: the same concern sent by several provinces in nearly the same words (article number, the
     * wordings). The first two clusters are grouped and answered once in the demo; the last is left for the drafters.
     */
    static final List<Object[]> DUPLICATES = List.of(
            new Object[] { 8, List.of(
                    "Đề nghị quy định việc bổ nhiệm Giám đốc Công an tỉnh phải có ý kiến thống nhất bằng văn bản của"
                            + " ban thường vụ tỉnh ủy.",
                    "Đề nghị quy định việc bổ nhiệm Giám đốc Công an tỉnh phải có ý kiến thống nhất bằng văn bản của"
                            + " ban thường vụ tỉnh ủy, thành ủy.",
                    "Đề nghị quy định rõ việc bổ nhiệm Giám đốc Công an tỉnh phải có ý kiến thống nhất bằng văn bản"
                            + " của ban thường vụ tỉnh ủy.",
                    "Đề nghị quy định việc bổ nhiệm Giám đốc, Phó Giám đốc Công an tỉnh phải có ý kiến thống nhất"
                            + " bằng văn bản của ban thường vụ tỉnh ủy.") },
            new Object[] { 13, List.of(
                    "Đề nghị bổ sung trách nhiệm hướng dẫn, kiểm tra việc thực hiện Quy chế của Đảng ủy Công an"
                            + " Trung ương.",
                    "Đề nghị bổ sung trách nhiệm hướng dẫn, kiểm tra, đôn đốc việc thực hiện Quy chế của Đảng ủy"
                            + " Công an Trung ương.",
                    "Đề nghị bổ sung trách nhiệm hướng dẫn và kiểm tra việc thực hiện Quy chế của Đảng ủy Công an"
                            + " Trung ương.") },
            new Object[] { 15, List.of(
                    "Đề nghị quy định thời hạn gửi báo cáo 6 tháng trước ngày 15 tháng 6 và báo cáo năm trước ngày 15"
                            + " tháng 12.",
                    "Đề nghị quy định thời hạn gửi báo cáo 6 tháng trước ngày 15 tháng 6, báo cáo năm trước ngày 15"
                            + " tháng 12 hằng năm.") });

    static final List<String> ACCEPT_REASONS = List.of(
            "Đã tiếp thu, chỉnh sửa tại Dự thảo 2.",
            "Tiếp thu, bổ sung vào điều tương ứng của Dự thảo 2.");

    static final List<String> PARTLY_REASONS = List.of(
            "Tiếp thu về nội dung; về câu chữ, giữ như dự thảo để thống nhất với các quy chế phối hợp đã ban hành.",
            "Tiếp thu một phần; nội dung chi tiết sẽ được hướng dẫn trong văn bản của cơ quan tham mưu.");

    static final List<String> EXPLAIN_REASONS = List.of(
            "Xin giải trình: nội dung này đã được quy định tại văn bản của Trung ương, không cần quy định lại.",
            "Xin giải trình: Quy chế quy định những vấn đề chung; việc cụ thể do các bên thống nhất khi thực hiện.",
            "Xin giải trình: giữ như dự thảo để bảo đảm tính ổn định, phù hợp với quy định hiện hành.");

    /** The open round's small draft: articles (heading, body). */
    static final List<String[]> OPEN_ARTICLES = List.of(
            new String[] { "Phạm vi điều chỉnh", "Quy định này quy định chế độ thông tin, báo cáo công tác đảng,"
                    + " công tác chính trị của đảng ủy Công an các tỉnh, thành phố." },
            new String[] { "Kỳ báo cáo", "Báo cáo định kỳ gồm báo cáo quý, 6 tháng và năm; báo cáo đột xuất theo"
                    + " yêu cầu." },
            new String[] { "Nội dung báo cáo", "Báo cáo phản ánh tình hình tư tưởng, công tác xây dựng Đảng, công tác"
                    + " cán bộ và việc thực hiện các nghị quyết, chỉ thị." },
            new String[] { "Hình thức gửi báo cáo", "Báo cáo được gửi bằng văn bản giấy và qua hệ thống thông tin"
                    + " dùng chung của Đảng ủy Công an Trung ương." },
            new String[] { "Tổ chức thực hiện", "Cục Công tác đảng và công tác chính trị hướng dẫn, theo dõi việc"
                    + " thực hiện Quy định này." });

    private DemoTexts() {
    }
}
