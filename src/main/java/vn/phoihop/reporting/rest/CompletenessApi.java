package vn.phoihop.reporting.rest;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.phoihop.reporting.completeness.Completeness;
import vn.phoihop.reporting.completeness.Counts;
import vn.phoihop.reporting.completeness.ReporterRow;
import vn.phoihop.reporting.completeness.Standing;
import vn.phoihop.reporting.period.Period;
import vn.phoihop.reporting.submission.SubmissionStatus;
import vn.phoihop.reporting.template.TemplateHeader;

/**
 * {@code GET /api/v1/reporting/completeness?template={code}&period={code}}: the expected reporters of one period
 * within the caller's scope, each with its state, and the totals. Without {@code template} the first active template,
 * without {@code period} its latest period whose due date has passed. An unknown code is 400 with a Vietnamese
 * message; no template or no period gives empty rows.
 */
@RestController
@Tag(name = "Báo cáo định kỳ / Periodic reporting")
class CompletenessApi {

    /** One expected report. */
    record Row(long organizationId, String code, String name, SubmissionStatus status, Standing standing,
            boolean late, LocalDate firstSubmitted) {
    }

    /** The answer: the template and period codes (null when there is none), the rows and their totals. */
    record Answer(String template, String period, String periodName, LocalDate dueOn, Counts totals, Integer rate,
            List<Row> rows) {
    }

    private final Completeness completeness;

    CompletenessApi(Completeness completeness) {
        this.completeness = completeness;
    }

    @GetMapping("/api/v1/reporting/completeness")
    @Operation(summary = "Tính đầy đủ, đúng hạn của một kỳ báo cáo / Completeness and timeliness of a period")
    Answer completeness(@RequestParam(required = false) String template,
            @RequestParam(required = false) String period) {
        TemplateHeader t = completeness.template(template).orElse(null);
        Period p = t == null ? null : completeness.period(t, period).orElse(null);
        if (p == null) {
            return new Answer(t == null ? null : t.code(), null, null, null, Counts.NONE, null, List.of());
        }
        List<ReporterRow> rows = completeness.byReporter(t.id(), p.startsOn(), p.endsOn()).stream()
                .filter(r -> r.periodId() == p.id()).toList();
        Counts totals = Completeness.total(rows);
        return new Answer(t.code(), p.code(), p.name(), p.dueOn(), totals, totals.rate(), rows.stream()
                .map(r -> new Row(r.organizationId(), r.code(), r.name(), r.status(), r.standing(),
                        r.standing() == Standing.LATE, r.firstSubmitted()))
                .toList());
    }
}
