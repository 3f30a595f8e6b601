package vn.phoihop.reporting.web;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import vn.phoihop.organization.OrganizationSummary;
import vn.phoihop.organization.Organizations;
import vn.phoihop.organization.Scope;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.VietnamTime;
import vn.phoihop.platform.web.Notice;
import vn.phoihop.reporting.rollup.Hierarchy;
import vn.phoihop.reporting.rollup.Rollup;
import vn.phoihop.reporting.rollup.RollupFiles;
import vn.phoihop.reporting.rollup.RollupQuery;
import vn.phoihop.reporting.rollup.Rollups;
import vn.phoihop.reporting.submission.ReportingAccess;

/**
 * The roll-up page at {@code /reporting/rollup}: choose an indicator, an organisation within the reader's scope, the
 * months and the hierarchy; the answer (total, a table of child organisations, a bar chart of the children and a
 * line chart of the periods, drawn by {@code /js/reporting-rollup.js} with ECharts) comes back as an htmx fragment.
 * The same query downloads as CSV or XLSX from {@code /reporting/rollup.csv|xlsx} (the browser's session; the API's
 * exports take a bearer token). Bad input is a Vietnamese message above the form; an organisation outside the
 * reader's scope is "not found".
 */
@Controller
class RollupPageController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Rollups rollups;
    private final RollupFiles files;
    private final Organizations organizations;
    private final ReportingAccess access;

    RollupPageController(Rollups rollups, RollupFiles files, Organizations organizations, ReportingAccess access) {
        this.rollups = rollups;
        this.files = files;
        this.organizations = organizations;
        this.access = access;
    }

    /** The form's values as typed (so a refused value comes back as it was). */
    record Form(String indicator, String org, String from, String to, String hierarchy) {
    }

    @GetMapping("/reporting/rollup")
    String page(@RequestParam(required = false) String indicator, @RequestParam(required = false) String org,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String hierarchy,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        List<Rollups.RollupIndicator> indicators = rollups.indicators();
        Form form = defaults(indicators, new Form(indicator, org, from, to, hierarchy));
        model.addAttribute("form", form);
        if (form.indicator() != null) {
            try {
                Rollup rollup = rollups.rollup(RollupQuery.parse(form.indicator(), form.org(), form.from(), form.to(),
                        form.hierarchy()));
                model.addAttribute("rollup", rollup);
                model.addAttribute("chart", JSON.writeValueAsString(chart(rollup)));
                model.addAttribute("csvUrl", exportUrl("/reporting/rollup.csv", form));
                model.addAttribute("xlsxUrl", exportUrl("/reporting/rollup.xlsx", form));
            }
            catch (UserFacingException refused) {
                model.addAttribute("refusal", Notice.refusal(refused));
            }
        }
        if (htmx != null) {
            return "reporting/rollup-page :: result";
        }
        model.addAttribute("indicators", indicators);
        model.addAttribute("organizations", choices(form));
        model.addAttribute("hierarchies", Hierarchy.values());
        return "reporting/rollup-page";
    }

    @GetMapping("/reporting/rollup.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String indicator,
            @RequestParam(required = false) String org, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String hierarchy) {
        return file(RollupQuery.parse(indicator, org, from, to, hierarchy), RollupFiles.Format.CSV);
    }

    @GetMapping("/reporting/rollup.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String indicator,
            @RequestParam(required = false) String org, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String hierarchy) {
        return file(RollupQuery.parse(indicator, org, from, to, hierarchy), RollupFiles.Format.XLSX);
    }

    private ResponseEntity<byte[]> file(RollupQuery query, RollupFiles.Format format) {
        Rollup rollup = rollups.rollup(query);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(format.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(files.fileName(rollup, format)).build().toString())
                .body(files.write(rollup, format));
    }

    /** Missing values: the first indicator, the reader's own province (or the nation), the last twelve months. */
    private Form defaults(List<Rollups.RollupIndicator> indicators, Form form) {
        if (form.indicator() != null || indicators.isEmpty()) {
            return form;
        }
        YearMonth last = YearMonth.from(VietnamTime.today()).minusMonths(1);
        return new Form(indicators.get(0).code(), form.org() != null ? form.org() : String.valueOf(home()),
                form.from() != null ? form.from() : last.minusMonths(11).toString(),
                form.to() != null ? form.to() : last.toString(),
                form.hierarchy() != null ? form.hierarchy() : Hierarchy.CURRENT.code());
    }

    private long home() {
        long own = access.user().organizationId();
        return organizations.find(own).map(o -> o.provinceId() != null ? o.provinceId()
                : organizations.findByCode("VN").map(OrganizationSummary::id).orElse(own)).orElse(own);
    }

    /** The organisations in force today within the reader's scope (and the chosen one, if it has ended). */
    private List<OrganizationSummary> choices(Form form) {
        Scope scope = access.scope();
        Set<Long> within = organizations.idsWithin(scope);
        List<OrganizationSummary> choices = new ArrayList<>(organizations.all().stream()
                .filter(o -> scope.national() || within.contains(o.id())).toList());
        if (form.org() != null && form.org().matches("\\d{1,18}")) {
            long chosen = Long.parseLong(form.org());
            if (choices.stream().noneMatch(o -> o.id() == chosen) && access.within(chosen)) {
                organizations.find(chosen).ifPresent(o -> choices.add(0, o));
            }
        }
        return choices;
    }

    private static Map<String, Object> chart(Rollup rollup) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("rowNames", rollup.rows().stream().map(Rollup.Row::name).toList());
        chart.put("rowValues", rollup.rows().stream().map(Rollup.Row::value).toList());
        chart.put("periodNames", rollup.periods().stream().map(Rollup.PeriodValue::code).toList());
        chart.put("periodValues", rollup.periods().stream().map(Rollup.PeriodValue::value).toList());
        return chart;
    }

    private static String exportUrl(String path, Form form) {
        return UriComponentsBuilder.fromPath(path).queryParam("indicator", form.indicator())
                .queryParam("org", form.org()).queryParam("from", form.from()).queryParam("to", form.to())
                .queryParam("hierarchy", form.hierarchy()).encode().build().toUriString();
    }
}
