package vn.phoihop.reporting.demo;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.phoihop.platform.VietnamTime;
import vn.phoihop.reporting.period.Period;

/**
 * Seeded, deterministic submissions of one demo template for every expected reporter of every period: in a closed
 * period about 4 % missing, 2 % left in draft, 4 % returned with a reason, submissions of the last two months partly
 * still awaiting review, the rest accepted (some after a return and a resubmission); about one in eight submitted
 * after the due date (and so marked late, before the lock date). In the open period (the one containing today) fewer
 * have reported and nothing is late unless today is past the due date. Events, first/last submission times, value
 * history and the late flag agree. Returns the accepted ones, for the caller to count in the roll-up.
 */
@Component
class DemoSubmissions {

    /** What one reporter reports for one period: code, option and value (a BigDecimal, a String or a LocalDate). */
    record Value(String indicator, String option, Object value) {
    }

    /** A reporter of a period: its id, its code, and how many former provinces it stands for (its size). */
    record Reporter(long id, String code, int size) {
    }

    /** Draws a reporter's values for a period (seeded random, the period, the reporter). */
    interface Values extends BiFunction<Random, Draw, List<Value>> {
    }

    /** What a value generator may look at. */
    record Draw(Period period, Reporter reporter) {
    }

    private static final String REVIEWER = "canbo.tw";

    private static final List<String> RETURN_REASONS = List.of(
            "Số liệu chưa khớp với báo cáo kỳ trước, đề nghị kiểm tra lại.",
            "Thiếu nhận xét, kiến nghị cụ thể; đề nghị bổ sung.",
            "Số văn bản phối hợp chưa khớp với sổ theo dõi văn bản đi.",
            "Đề nghị rà soát lại tỷ lệ nhiệm vụ hoàn thành.");

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    DemoSubmissions(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * Generates the period's submissions; reporters listed in {@code skipped} get none (left for the demo users).
     *
     * @param accepted receives the ids of the accepted submissions (not yet counted in the roll-up)
     * @return how many submissions were stored
     */
    int generate(long seed, long versionId, Period period, List<Reporter> reporters, Values values,
            Map<String, Object> skipped, LocalDate today, List<Long> accepted) {
        List<Object[]> valueRows = new ArrayList<>();
        List<Object[]> eventRows = new ArrayList<>();
        boolean open = !period.endsOn().isBefore(today);
        int stored = 0;
        for (Reporter reporter : reporters) {
            if (skipped.containsKey(reporter.code())) {
                continue;
            }
            Random random = new Random(seed ^ ((long) period.code().hashCode() << 20) ^ reporter.code().hashCode());
            Story story = open ? openStory(random, period, today) : closedStory(random, period, today);
            if (story == null) {
                continue;
            }
            long id = insert(versionId, period, reporter, story);
            stored++;
            for (Value v : values.apply(random, new Draw(period, reporter))) {
                valueRows.add(new Object[] { id, v.indicator(), v.option(),
                        v.value() instanceof BigDecimal n ? n : null, v.value() instanceof String s ? s : null,
                        v.value() instanceof LocalDate d ? Date.valueOf(d) : null });
            }
            story.events(id, reporter, eventRows);
            if ("ACCEPTED".equals(story.status)) {
                accepted.add(id);
            }
        }
        batch.batchUpdate("INSERT INTO report_value (submission_id, indicator_code, option_code, number_value,"
                + " text_value, date_value) VALUES (?, ?, ?, ?, ?, ?)", valueRows);
        batch.batchUpdate("INSERT INTO report_submission_event (submission_id, action, actor, at, late, reason)"
                + " VALUES (?, ?, ?, ?, ?, ?)", eventRows);
        return stored;
    }

    /**
     * Stores one submission SUBMITTED on {@code day} (on time or late by the period's due date), not reviewed: the
     * canary of another province's unaccepted report.
     */
    long submitted(long versionId, Period period, Reporter reporter, List<Value> values, LocalDate day) {
        Random random = new Random(day.toEpochDay());
        Story story = new Story();
        story.status = "SUBMITTED";
        story.created = at(random, day);
        story.firstSubmitted = story.created.plusMinutes(30);
        story.late = period.lateOn(day);
        long id = insert(versionId, period, reporter, story);
        List<Object[]> events = new ArrayList<>();
        story.events(id, reporter, events);
        batch.batchUpdate("INSERT INTO report_value (submission_id, indicator_code, option_code, number_value,"
                + " text_value, date_value) VALUES (?, ?, ?, ?, ?, ?)", values.stream().map(v -> new Object[] { id,
                        v.indicator(), v.option(), v.value() instanceof BigDecimal n ? n : null,
                        v.value() instanceof String s ? s : null,
                        v.value() instanceof LocalDate d ? Date.valueOf(d) : null }).toList());
        batch.batchUpdate("INSERT INTO report_submission_event (submission_id, action, actor, at, late, reason)"
                + " VALUES (?, ?, ?, ?, ?, ?)", events);
        return id;
    }

    /** A submission's life, as timestamps ({@code null}: did not happen). */
    private static final class Story {
        String status;
        OffsetDateTime created;
        OffsetDateTime firstSubmitted;
        OffsetDateTime returned;
        OffsetDateTime resubmitted;
        OffsetDateTime accepted;
        String reason;
        boolean late;

        OffsetDateTime lastSubmitted() {
            return resubmitted != null ? resubmitted : firstSubmitted;
        }

        OffsetDateTime reviewed() {
            return accepted != null ? accepted : "RETURNED".equals(status) ? returned : null;
        }

        int changes() {
            return 1 + (firstSubmitted != null ? 1 : 0) + (returned != null ? 1 : 0) + (resubmitted != null ? 1 : 0)
                    + (accepted != null ? 1 : 0);
        }

        void events(long id, Reporter reporter, List<Object[]> rows) {
            String actor = submitter(reporter);
            rows.add(new Object[] { id, "CREATED", actor, created, false, null });
            if (firstSubmitted != null) {
                rows.add(new Object[] { id, "SUBMITTED", actor, firstSubmitted, late, null });
            }
            if (returned != null) {
                rows.add(new Object[] { id, "RETURNED", REVIEWER, returned, false, reason });
            }
            if (resubmitted != null) {
                rows.add(new Object[] { id, "RESUBMITTED", actor, resubmitted, false, null });
            }
            if (accepted != null) {
                rows.add(new Object[] { id, "ACCEPTED", REVIEWER, accepted, false, null });
            }
        }
    }

    private static Story closedStory(Random random, Period period, LocalDate today) {
        double r = random.nextDouble();
        if (r < 0.04) {
            return null;
        }
        Story story = new Story();
        boolean late = random.nextInt(8) == 0;
        LocalDate submitted = late ? period.dueOn().plusDays(1 + random.nextInt(9))
                : period.dueOn().minusDays(random.nextInt(10));
        if (!submitted.isBefore(today)) {
            return null;
        }
        story.created = at(random, submitted.minusDays(1 + random.nextInt(3)));
        if (r < 0.06) {
            story.status = "DRAFT";
            return story;
        }
        story.firstSubmitted = at(random, submitted);
        story.late = late;
        boolean recent = !period.endsOn().plusMonths(2).isBefore(today);
        LocalDate returned = submitted.plusDays(1 + random.nextInt(4));
        if (r < 0.10 && returned.isBefore(today)) {
            story.status = "RETURNED";
            story.returned = at(random, returned);
            story.reason = RETURN_REASONS.get(random.nextInt(RETURN_REASONS.size()));
            return story;
        }
        LocalDate review = submitted.plusDays(1 + random.nextInt(5));
        boolean resubmitted = random.nextInt(7) == 0;
        LocalDate last = resubmitted ? review.plusDays(4) : review;
        if ((recent && r < 0.25) || !last.isBefore(today)) {
            story.status = "SUBMITTED";
            return story;
        }
        if (resubmitted) {
            story.returned = at(random, review);
            story.reason = RETURN_REASONS.get(random.nextInt(RETURN_REASONS.size()));
            story.resubmitted = at(random, review.plusDays(2));
            review = review.plusDays(4);
        }
        story.status = "ACCEPTED";
        story.accepted = at(random, review);
        return story;
    }

    private static Story openStory(Random random, Period period, LocalDate today) {
        LocalDate yesterday = today.minusDays(1);
        LocalDate from = period.dataTo().plusDays(1).isAfter(yesterday) ? period.startsOn()
                : period.dataTo().plusDays(1);
        if (from.isAfter(yesterday)) {
            return null;
        }
        double r = random.nextDouble();
        if (r < 0.35) {
            return null;
        }
        LocalDate submitted = from.plusDays(random.nextInt((int) (yesterday.toEpochDay() - from.toEpochDay()) + 1));
        Story story = new Story();
        story.created = at(random, submitted);
        if (r < 0.45) {
            story.status = "DRAFT";
            return story;
        }
        story.firstSubmitted = story.created.plusHours(1);
        story.late = period.lateOn(submitted);
        if (r < 0.85 || !submitted.plusDays(2).isBefore(today)) {
            story.status = "SUBMITTED";
            return story;
        }
        story.status = "ACCEPTED";
        story.accepted = at(random, submitted.plusDays(1));
        return story;
    }

    private long insert(long versionId, Period period, Reporter reporter, Story story) {
        String actor = submitter(reporter);
        return jdbc.sql("""
                INSERT INTO report_submission (period_id, template_version_id, organization_id, status, late,
                    first_submitted_at, submitted_at, submitted_by, reviewed_at, reviewed_by, return_reason,
                    created_by, created_at, updated_by, updated_at, version)
                VALUES (:p, :v, :o, :status, :late, :first, :last, :by, :reviewed, :reviewer, :reason, :actor,
                    :created, :actor, :updated, :version) RETURNING id
                """).param("p", period.id()).param("v", versionId).param("o", reporter.id())
                .param("status", story.status).param("late", story.late).param("first", story.firstSubmitted)
                .param("last", story.lastSubmitted()).param("by", story.firstSubmitted == null ? null : actor)
                .param("reviewed", story.reviewed()).param("reviewer", story.reviewed() == null ? null : REVIEWER)
                .param("reason", "RETURNED".equals(story.status) ? story.reason : null).param("actor", actor)
                .param("created", story.created)
                .param("updated", story.reviewed() != null ? story.reviewed()
                        : story.lastSubmitted() != null ? story.lastSubmitted() : story.created)
                .param("version", story.changes()).query(Long.class).single();
    }

    /** The demo accounts of Bắc Ninh and Hà Nội; an illustrative name for the other provinces. */
    static String submitter(Reporter reporter) {
        return switch (reporter.code()) {
            case "T20-CA" -> "congan.bacninh";
            case "T01-CA" -> "congan.hanoi";
            default -> "demo." + reporter.code().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static OffsetDateTime at(Random random, LocalDate day) {
        return day.atTime(LocalTime.of(8 + random.nextInt(9), random.nextInt(60))).atZone(VietnamTime.ZONE)
                .toOffsetDateTime();
    }

}
