package vn.phoihop.reporting.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.phoihop.account.CurrentUser;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.VietnamTime;
import vn.phoihop.reporting.template.Aggregation;
import vn.phoihop.reporting.template.Frequency;
import vn.phoihop.reporting.template.Indicator;
import vn.phoihop.reporting.template.Rule;
import vn.phoihop.reporting.template.TemplateCatalog;
import vn.phoihop.reporting.template.TemplateDesigner;
import vn.phoihop.reporting.template.TemplateHeader;
import vn.phoihop.reporting.template.TemplateVersion;
import vn.phoihop.reporting.template.ValueType;
import vn.phoihop.reporting.template.VersionSummary;

/**
 * Report templates under {@code /api/v1/reporting/templates}: the list with the indicators of the version in force
 * today, and one template with all its versions (a draft only for its designers). Everyone signed in reads
 * templates; they hold no organisation's data.
 */
@RestController
@Tag(name = "Báo cáo định kỳ: mẫu báo cáo / Reporting templates")
class TemplateApi {

    private final TemplateCatalog catalog;
    private final TemplateDesigner designer;

    TemplateApi(TemplateCatalog catalog, TemplateDesigner designer) {
        this.catalog = catalog;
        this.designer = designer;
    }

    /** A template in the list: its settings and the indicators of the version in force today (none: empty). */
    record TemplateItem(long id, String code, String name, Frequency frequency, boolean active, Integer versionNumber,
            LocalDate validFrom, LocalDate validTo, List<IndicatorItem> indicators) {
    }

    /** An indicator as a reporter fills it in. */
    record IndicatorItem(String code, String name, ValueType type, String unit, boolean required, BigDecimal min,
            BigDecimal max, List<String> choices, Aggregation aggregation, List<Indicator.Option> options) {

        static IndicatorItem of(Indicator i) {
            return new IndicatorItem(i.code(), i.name(), i.type(), i.unit(), i.required(), i.min(), i.max(),
                    i.choices(), i.aggregation(), i.options());
        }
    }

    /** One template with its settings and every version readable by the caller, newest first. */
    record TemplateDetails(long id, String code, String name, String description, Frequency frequency, long ownerId,
            Integer cutoffDay, int dueDay, int dueOffsetMonths, Integer lockAfterDays, boolean unacceptedVisible,
            List<Integer> reminderDays, boolean active, long version, List<VersionItem> versions) {
    }

    /** A version: status, days in force, sections with indicators, rules. */
    record VersionItem(long id, int number, String status, LocalDate validFrom, LocalDate validTo,
            List<SectionItem> sections, List<Rule> rules) {
    }

    /** A section of a version's form. */
    record SectionItem(String title, List<IndicatorItem> indicators) {
    }

    @GetMapping("/api/v1/reporting/templates")
    @Operation(summary = "Mẫu báo cáo với các chỉ tiêu của phiên bản đang áp dụng / Templates with today's indicators")
    List<TemplateItem> list() {
        CurrentUser.require();
        LocalDate today = VietnamTime.today();
        List<TemplateHeader> templates = catalog.all();
        Map<Long, List<VersionSummary>> versions = catalog.versions(templates.stream().map(TemplateHeader::id).toList());
        return templates.stream().map(t -> {
            VersionSummary inForce = versions.getOrDefault(t.id(), List.of()).stream().filter(v -> v.inForceOn(today))
                    .findFirst().orElse(null);
            List<IndicatorItem> indicators = inForce == null ? List.of()
                    : catalog.version(inForce.id()).indicators().stream().map(IndicatorItem::of).toList();
            return new TemplateItem(t.id(), t.code(), t.name(), t.frequency(), t.active(),
                    inForce == null ? null : inForce.number(), inForce == null ? null : inForce.validFrom(),
                    inForce == null ? null : inForce.validTo(), indicators);
        }).toList();
    }

    @GetMapping("/api/v1/reporting/templates/{id}")
    @Operation(summary = "Một mẫu báo cáo với mọi phiên bản / One template with all its versions")
    TemplateDetails get(@PathVariable long id) {
        CurrentUser.require();
        TemplateHeader t = catalog.find(id)
                .orElseThrow(() -> UserFacingException.notFound("reporting.template.notFound"));
        boolean designs = designer.designs(t);
        List<VersionItem> versions = catalog.versions(id).stream().filter(v -> designs || !v.draft()).map(v -> {
            TemplateVersion contents = catalog.version(v.id());
            return new VersionItem(v.id(), v.number(), v.status(), v.validFrom(), v.validTo(),
                    contents.sections().stream().map(s -> new SectionItem(s.title(),
                            s.indicators().stream().map(IndicatorItem::of).toList())).toList(),
                    contents.rules());
        }).toList();
        return new TemplateDetails(t.id(), t.code(), t.name(), t.description(), t.frequency(), t.ownerId(),
                t.cutoffDay(), t.dueDay(), t.dueOffsetMonths(), t.lockAfterDays(), t.unacceptedVisible(),
                t.reminderDays(), t.active(), t.version(), versions);
    }
}
