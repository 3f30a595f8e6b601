package vn.phoihop.reporting.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.phoihop.reporting.submission.SubmissionValues;
import vn.phoihop.reporting.submission.SubmissionValues.Key;
import vn.phoihop.reporting.submission.SubmissionValues.Problem;
import vn.phoihop.reporting.submission.SubmissionValues.Raw;
import vn.phoihop.reporting.submission.SubmissionValues.RuleResult;
import vn.phoihop.reporting.submission.SubmissionView;
import vn.phoihop.reporting.template.Indicator;
import vn.phoihop.reporting.template.TemplateVersion;

/**
 * The submission form as the page draws it: sections of fields (one per indicator and disaggregation option) with
 * the value to show (what the user entered when it was refused, else the stored one), the problem beside the field,
 * and the cross-field rules whose left side is the field's indicator.
 */
public record SubmissionForm(List<Section> sections, List<RuleResult> rules, List<Problem> general) {

    public record Section(String title, List<Field> fields) {
    }

    /** One input: its form name and element id, the indicator and option, the value shown and its problem. */
    public record Field(String name, String id, Indicator indicator, Indicator.Option option, String value,
            Problem problem, List<RuleResult> rules) {

        public String label() {
            return option == null ? indicator.name() : indicator.name() + " — " + option.name();
        }
    }

    /**
     * @param entered values the user entered (shown instead of the stored ones, e.g. after a refused submit)
     * @param problems refused values and failed rules, placed beside their fields
     */
    static SubmissionForm of(SubmissionView view, List<Raw> entered, List<Problem> problems) {
        TemplateVersion version = view.version();
        Map<Key, String> shown = new HashMap<>();
        entered.forEach(r -> shown.put(new Key(r.indicator(), r.option()), r.value()));
        Map<Key, Problem> byField = new HashMap<>();
        List<Problem> general = new ArrayList<>();
        for (Problem p : problems) {
            Key key = new Key(p.indicator(), p.option());
            boolean known = version.indicator(String.valueOf(p.indicator())).map(i -> i.optionCodes()
                    .contains(p.option())).orElse(false);
            if (known && !byField.containsKey(key)) {
                byField.put(key, p);
            }
            else {
                general.add(p);
            }
        }
        List<RuleResult> rules = SubmissionValues.rules(version, view.values());
        List<Section> sections = new ArrayList<>();
        int n = 0;
        for (TemplateVersion.Section s : version.sections()) {
            List<Field> fields = new ArrayList<>();
            for (Indicator i : s.indicators()) {
                List<RuleResult> own = rules.stream().filter(r -> r.rule().leftCode().equals(i.code())).toList();
                List<Indicator.Option> options = i.options().isEmpty() ? java.util.Collections.singletonList(null)
                        : i.options();
                for (Indicator.Option o : options) {
                    Key key = new Key(i.code(), o == null ? "" : o.code());
                    String value = shown.containsKey(key) ? shown.get(key) : view.display(key.indicator(), key.option());
                    fields.add(new Field(key.field(), "f" + (++n), i, o, value, byField.get(key), own));
                }
            }
            sections.add(new Section(s.title(), fields));
        }
        return new SubmissionForm(sections, rules, general);
    }
}
