package vn.phoihop.reporting.template;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A template as one period reports it: its sections with their indicators, and its cross-field rules.
 *
 * @param validTo last day (inclusive), or {@code null} while it is the latest
 */
public record TemplateVersion(long id, long templateId, int number, LocalDate validFrom, LocalDate validTo,
        List<Section> sections, List<Rule> rules) {

    public TemplateVersion {
        sections = List.copyOf(sections);
        rules = List.copyOf(rules);
    }

    /** Every indicator, in section and position order. */
    public List<Indicator> indicators() {
        return sections.stream().flatMap(s -> s.indicators().stream()).toList();
    }

    public Optional<Indicator> indicator(String code) {
        return indicators().stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** A section of the form. */
    public record Section(long id, String title, List<Indicator> indicators) {

        public Section {
            indicators = List.copyOf(indicators);
        }
    }
}
