package vn.phoihop.tracking.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * The wording of the demo plans: the seven groups of tasks and solutions of Resolution 12-NQ/TW (16/3/2022) and,
 * for Plan 118-KH/ĐUCA, one task per group with its due date.
 */
final class DemoPlans {

    static final String RESOLUTION_PLAN = "Thực hiện Nghị quyết số 12-NQ/TW";

    static final String PLAN_118 = "Thực hiện Kế hoạch số 118-KH/ĐUCA của Đảng ủy Công an Trung ương";

    /** A task group of the resolution and the task Plan 118 derives from it, with its due date. */
    record Group(String code, String title, String task, LocalDate dueOn) {
    }

    static final List<Group> GROUPS = List.of(
            new Group("1", "Nâng cao nhận thức, trách nhiệm của các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ"
                    + " quốc, các tổ chức chính trị - xã hội và nhân dân đối với việc xây dựng lực lượng Công an"
                    + " nhân dân", "Tổ chức học tập, quán triệt, tuyên truyền Nghị quyết số 12-NQ/TW đến toàn thể cán"
                    + " bộ, chiến sĩ", LocalDate.of(2023, 12, 31)),
            new Group("2", "Tăng cường sự lãnh đạo tuyệt đối, trực tiếp về mọi mặt của Đảng, sự quản lý tập trung,"
                    + " thống nhất của Nhà nước đối với Công an nhân dân", "Ban hành nghị quyết, chương trình hành"
                    + " động của cấp ủy thực hiện Nghị quyết", LocalDate.of(2024, 6, 30)),
            new Group("3", "Xây dựng Công an nhân dân thật sự trong sạch, vững mạnh về chính trị, tư tưởng, đạo đức,"
                    + " tổ chức và cán bộ", "Rà soát, kiện toàn tổ chức bộ máy, đội ngũ cán bộ theo hướng tinh, gọn,"
                    + " mạnh", LocalDate.of(2024, 12, 31)),
            new Group("4", "Xây dựng Công an nhân dân chính quy, tinh nhuệ", "Nâng cao chất lượng đào tạo, bồi"
                    + " dưỡng, huấn luyện nghiệp vụ", LocalDate.of(2025, 6, 30)),
            new Group("5", "Xây dựng Công an nhân dân hiện đại, đẩy mạnh phát triển công nghiệp an ninh và ứng dụng"
                    + " khoa học, công nghệ", "Triển khai chuyển đổi số, khai thác cơ sở dữ liệu quốc gia về dân cư",
                    LocalDate.of(2025, 12, 31)),
            new Group("6", "Hoàn thiện cơ chế, chính sách, pháp luật về Công an nhân dân", "Rà soát, đề xuất sửa"
                    + " đổi, bổ sung văn bản quy phạm pháp luật thuộc thẩm quyền", LocalDate.of(2026, 6, 30)),
            new Group("7", "Phát huy sức mạnh tổng hợp của cả hệ thống chính trị và toàn dân; tăng cường hợp tác quốc"
                    + " tế trong xây dựng lực lượng Công an nhân dân", "Xây dựng phong trào toàn dân bảo vệ an ninh Tổ"
                    + " quốc, phối hợp với các lực lượng", LocalDate.of(2026, 12, 31)));

    private DemoPlans() {
    }
}
