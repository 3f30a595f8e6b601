package vn.phoihop.tracking.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded progress of one demo assignment: a few updates, each reported on a day and accepted some days later (or
 * still pending when that day has not come), ending done, in progress, blocked, not started, or with a pending update.
 */
final class DemoProgress {

    private static final String[] WORKING = {
        "Đã tổ chức hội nghị quán triệt, xây dựng kế hoạch triển khai chi tiết.",
        "Đang triển khai theo kế hoạch, đã hoàn thành phần lớn nội dung.",
        "Đã phân công đơn vị chủ trì, đang rà soát, tổng hợp kết quả.",
    };

    private static final String[] BLOCKED = {
        "Vướng mắc về kinh phí thực hiện, đề nghị cấp trên hướng dẫn.",
        "Chờ hướng dẫn của cơ quan cấp trên sau khi sắp xếp tổ chức bộ máy.",
    };

    private DemoProgress() {
    }

    /** The updates of an assignment given on {@code assigned}, due on {@code dueOn}, seen from {@code today}. */
    static List<DemoUpdate> of(Random random, LocalDate assigned, LocalDate dueOn, LocalDate today, boolean keepOpen) {
        List<DemoUpdate> updates = new ArrayList<>();
        LocalDate first = assigned.plusDays(30 + random.nextInt(150));
        double draw = keepOpen ? 0.5 : random.nextDouble();
        if (!first.isBefore(today) || (draw >= 0.73 && draw < 0.85)) {
            return updates;
        }
        add(updates, first, random, today, "IN_PROGRESS", 10 + random.nextInt(40), pick(random, WORKING));
        LocalDate later = between(random, first.plusDays(20), today);
        if (later == null) {
            return updates;
        }
        if (draw < 0.38) {
            LocalDate done = dueOn.plusDays(random.nextInt(150) - 90);
            done = done.isAfter(later) ? later : done.isBefore(first.plusDays(20)) ? first.plusDays(20) : done;
            add(updates, done, random, today, "DONE", 100, "Đã hoàn thành nhiệm vụ, có báo cáo kết quả kèm theo.");
        }
        else if (draw < 0.63) {
            add(updates, later, random, today, "IN_PROGRESS", 50 + random.nextInt(40), pick(random, WORKING));
        }
        else if (draw < 0.73) {
            add(updates, later, random, today, "BLOCKED", 20 + random.nextInt(40), pick(random, BLOCKED));
        }
        else {
            LocalDate recent = today.minusDays(1 + random.nextInt(20));
            if (recent.isAfter(first)) {
                updates.add(new DemoUpdate(recent, null, "IN_PROGRESS", 60 + random.nextInt(30), pick(random, WORKING)));
            }
        }
        return updates;
    }

    private static void add(List<DemoUpdate> updates, LocalDate reported, Random random, LocalDate today, String status,
            int percent, String narrative) {
        LocalDate accepted = reported.plusDays(1 + random.nextInt(7));
        updates.add(new DemoUpdate(reported, accepted.isBefore(today) ? accepted : null, status, percent, narrative));
    }

    /** A day from {@code from} (included) to {@code to} (excluded), or {@code null} when there is none. */
    private static LocalDate between(Random random, LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return days <= 0 ? null : from.plusDays(random.nextLong(days));
    }

    private static String pick(Random random, String[] texts) {
        return texts[random.nextInt(texts.length)];
    }
}
