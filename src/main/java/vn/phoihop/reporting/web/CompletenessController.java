package vn.phoihop.reporting.web;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.VietnamTime;
import vn.phoihop.reporting.completeness.Completeness;
import vn.phoihop.reporting.completeness.MonthRange;
import vn.phoihop.reporting.completeness.PeriodRow;
import vn.phoihop.reporting.completeness.ReporterRow;
import vn.phoihop.reporting.completeness.TileLayout;
import vn.phoihop.reporting.period.Period;
import vn.phoihop.reporting.template.TemplateHeader;

/**
 * The completeness dashboard {@code /reporting/completeness}: for a template and one of its periods, the expected
 * reporters within the reader's scope with their state (table) and the 34 provinces' tile map; for a range of months,
 * the periods' counts as a stacked ECharts bar chart (drawn by {@code /js/reporting-completeness.js} from the
 * element's {@code data-chart}, no inline script) with the same numbers as a table. {@code /reporting/completeness/
 * province} is one province's detail: its reporters and their predecessors, period by period.
 */
@Controller
class CompletenessController {

    private final Completeness completeness;
    private final JsonMapper json;
    private final MessageSource messages;

    CompletenessController(Completeness completeness, JsonMapper json, MessageSource messages) {
        this.completeness = completeness;
        this.json = json;
        this.messages = messages;
    }

    @GetMapping("/reporting/completeness")
    String dashboard(@RequestParam(required = false) String template, @RequestParam(required = false) String period,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model,
            Locale locale) {
        model.addAttribute("templates", completeness.templates());
        Optional<TemplateHeader> chosen = completeness.template(template);
        if (chosen.isEmpty()) {
            return "reporting/completeness-dashboard";
        }
        TemplateHeader t = chosen.get();
        Optional<Period> p = completeness.period(t, period);
        MonthRange range = MonthRange.parse(from, to,
                p.map(x -> YearMonth.from(x.endsOn())).orElse(YearMonth.now(VietnamTime.ZONE)));
        List<PeriodRow> periods = completeness.byPeriod(t.id(), range.firstDay(), range.lastDay());
        model.addAttribute("template", t);
        model.addAttribute("range", range);
        model.addAttribute("periods", periods);
        model.addAttribute("chart", chart(periods, locale));
        if (p.isPresent()) {
            List<ReporterRow> rows = completeness.byReporter(t.id(), p.get().startsOn(), p.get().endsOn()).stream()
                    .filter(r -> r.periodId() == p.get().id()).toList();
            model.addAttribute("period", p.get());
            model.addAttribute("rows", rows);
            model.addAttribute("totals", Completeness.total(rows));
            model.addAttribute("tiles", completeness.tiles(rows));
            model.addAttribute("tileColumns", TileLayout.COLUMNS);
            model.addAttribute("tileRows", TileLayout.ROWS);
        }
        return "reporting/completeness-dashboard";
    }

    @GetMapping("/reporting/completeness/province")
    String province(@RequestParam(required = false) String template, @RequestParam(required = false) String code,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        if (code == null || !completeness.reaches(code.strip())) {
            throw UserFacingException.notFound("reporting.completeness.provinceNotFound");
        }
        String province = code.strip();
        TemplateHeader t = completeness.template(template)
                .orElseThrow(() -> UserFacingException.notFound("reporting.completeness.noTemplate"));
        MonthRange range = MonthRange.parse(from, to, completeness.period(t, null)
                .map(x -> YearMonth.from(x.endsOn())).orElse(YearMonth.now(VietnamTime.ZONE)));
        List<ReporterRow> rows = completeness.ofProvince(
                completeness.byReporter(t.id(), range.firstDay(), range.lastDay()), province);
        model.addAttribute("templates", completeness.templates());
        model.addAttribute("template", t);
        model.addAttribute("range", range);
        model.addAttribute("code", province);
        model.addAttribute("provinceName", TileLayout.name(province).orElse(province));
        model.addAttribute("rows", rows);
        model.addAttribute("totals", Completeness.total(rows));
        return "reporting/completeness-province";
    }

    /** The chart's data: period codes and the on time / late / missing / not yet due series, with their names. */
    private String chart(List<PeriodRow> periods, Locale locale) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("periods", periods.stream().map(PeriodRow::code).toList());
        chart.put("series", List.of(
                series("onTime", locale, "#198754", periods.stream().map(p -> p.counts().onTime()).toList()),
                series("late", locale, "#fd7e14", periods.stream().map(p -> p.counts().late()).toList()),
                series("missing", locale, "#dc3545", periods.stream().map(p -> p.counts().missing()).toList()),
                series("notDue", locale, "#adb5bd", periods.stream().map(p -> p.counts().notDue()).toList())));
        return json.writeValueAsString(chart);
    }

    private Map<String, Object> series(String key, Locale locale, String colour, List<Long> values) {
        return Map.of("name", messages.getMessage("reporting.completeness." + key, null, locale), "colour", colour,
                "values", values);
    }
}
