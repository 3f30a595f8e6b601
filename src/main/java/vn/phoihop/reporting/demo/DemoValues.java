package vn.phoihop.reporting.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import vn.phoihop.reporting.demo.DemoSubmissions.Draw;
import vn.phoihop.reporting.demo.DemoSubmissions.Value;

/**
 * Plausible values of the two demo templates, drawn from a seeded random generator and scaled by the reporter's size
 * (a province formed from two former ones reports about twice as much). Party work keeps its rule: admitted members
 * never outnumber the candidates considered.
 */
final class DemoValues {

    private static final String[] RATINGS = { "Tốt", "Tốt", "Tốt", "Tốt", "Tốt", "Khá", "Khá", "Khá", "Trung bình",
            "Yếu" };

    private static final String[] REMARKS = {
            "Phối hợp chặt chẽ trong công tác nắm tình hình, bảo đảm an ninh trật tự trên địa bàn.",
            "Duy trì nền nếp giao ban định kỳ giữa Đảng ủy Công an tỉnh và các ban xây dựng Đảng của Tỉnh ủy.",
            "Đề nghị tăng cường trao đổi thông tin về công tác cán bộ theo Quy chế phối hợp.",
            "Một số nội dung phối hợp còn chậm do thay đổi tổ chức bộ máy sau sắp xếp.",
            "" };

    private static final String[] NOTES = { "", "", "Số liệu tính đến ngày 14 của tháng cuối kỳ.",
            "Đã rà soát, đối chiếu với hồ sơ đảng viên." };

    private DemoValues() {
    }

    /** A month of coordination results. */
    static List<Value> coordination(Random random, Draw draw) {
        int size = draw.reporter().size();
        List<Value> values = new ArrayList<>();
        values.add(number("PH_HOP_GIAO_BAN", 1 + random.nextInt(2 + size)));
        values.add(number("PH_VAN_BAN", size * (2 + random.nextInt(10))));
        values.add(number("PH_VU_VIEC", size * random.nextInt(21)));
        values.add(number("PH_KIEM_TRA", random.nextInt(4)));
        values.add(number("PH_TIN_BAI", size * (5 + random.nextInt(36))));
        LocalDate from = draw.period().dataFrom();
        values.add(new Value("PH_NGAY_GIAO_BAN", "", from.plusDays(random.nextInt(
                (int) (draw.period().dataTo().toEpochDay() - from.toEpochDay()) + 1))));
        values.add(new Value("PH_TY_LE_HOAN_THANH", "", BigDecimal.valueOf(700 + random.nextInt(301))
                .divide(BigDecimal.TEN, 1, RoundingMode.UNNECESSARY)));
        values.add(new Value("PH_DANH_GIA", "", RATINGS[random.nextInt(RATINGS.length)]));
        String remark = REMARKS[random.nextInt(REMARKS.length)];
        if (!remark.isEmpty()) {
            values.add(new Value("PH_NHAN_XET", "", remark));
        }
        return values;
    }

    /** A quarter of party-work statistics; {@code sexOptions} the disaggregation's option codes (men first). */
    static List<Value> partyWork(Random random, Draw draw, List<String> sexOptions) {
        int size = draw.reporter().size();
        List<Value> values = new ArrayList<>();
        int[] members = { size * (800 + random.nextInt(1700)), size * (150 + random.nextInt(350)) };
        for (int i = 0; i < sexOptions.size(); i++) {
            values.add(new Value("CTD_DANG_VIEN", sexOptions.get(i), BigDecimal.valueOf(members[Math.min(i, 1)])));
        }
        int candidates = size * (10 + random.nextInt(51));
        values.add(number("CTD_QUAN_CHUNG", candidates));
        values.add(number("CTD_KET_NAP", candidates * (50 + random.nextInt(41)) / 100));
        values.add(number("CTD_KY_LUAT", random.nextInt(4)));
        values.add(number("CTD_CHI_BO", size * (40 + random.nextInt(81))));
        values.add(new Value("CTD_CHI_BO_TOT", "", BigDecimal.valueOf(800 + random.nextInt(181))
                .divide(BigDecimal.TEN, 1, RoundingMode.UNNECESSARY)));
        String note = NOTES[random.nextInt(NOTES.length)];
        if (!note.isEmpty()) {
            values.add(new Value("CTD_GHI_CHU", "", note));
        }
        return values;
    }

    private static Value number(String code, int value) {
        return new Value(code, "", BigDecimal.valueOf(value));
    }
}
