package vn.phoihop.reporting.rest;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.VietnamTime;
import vn.phoihop.reporting.period.Period;
import vn.phoihop.reporting.period.PeriodQueries;
import vn.phoihop.reporting.period.PeriodQueries.Reporter;
import vn.phoihop.reporting.period.PeriodQueries.TemplateCalendar;

/**
 * The reporting calendar: a template's periods (with data window, due and lock dates and where each stands today),
 * and who is expected to report a period, cut to the reader's scope. Errors are problem details in Vietnamese: 400
 * (no template code, implausible year), 404 (unknown template or period).
 */
@RestController
@RequestMapping("/api/v1/reporting/periods")
@Tag(name = "Báo cáo định kỳ / Periodic reporting")
class PeriodApi {

    private final PeriodQueries queries;

    PeriodApi(PeriodQueries queries) {
        this.queries = queries;
    }

    /** A period as the API shows it. */
    record PeriodJson(long id, String templateCode, String code, String name, LocalDate startsOn, LocalDate endsOn,
            LocalDate dataFrom, LocalDate dataTo, LocalDate dueOn, LocalDate lockedOn, String phase) {

        static PeriodJson of(String templateCode, Period p, LocalDate today) {
            return new PeriodJson(p.id(), templateCode, p.code(), p.name(), p.startsOn(), p.endsOn(), p.dataFrom(),
                    p.dataTo(), p.dueOn(), p.lockedOn(), p.phaseOn(today).name());
        }
    }

    @GetMapping
    @Operation(summary = "Các kỳ báo cáo của một mẫu (theo năm) / A template's periods (of a year)")
    List<PeriodJson> periods(@RequestParam(name = "template", required = false) String template,
            @RequestParam(name = "year", required = false) Integer year) {
        if (template == null || template.isBlank()) {
            throw UserFacingException.invalid("reporting.period.templateCode.required");
        }
        TemplateCalendar calendar = queries.calendar(template, year);
        LocalDate today = VietnamTime.today();
        return calendar.periods().stream().map(p -> PeriodJson.of(calendar.template().code(), p, today)).toList();
    }

    @GetMapping("/{id}/expected")
    @Operation(summary = "Đơn vị phải báo cáo kỳ này, trong phạm vi người đọc / Expected reporters within scope")
    List<Reporter> expected(@PathVariable long id) {
        return queries.expected(id);
    }
}
