package vn.phoihop.reporting.submission;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import vn.phoihop.organization.OrganizationSummary;
import vn.phoihop.reporting.period.Period;
import vn.phoihop.reporting.submission.SubmissionValues.Key;
import vn.phoihop.reporting.submission.SubmissionValues.RuleResult;
import vn.phoihop.reporting.submission.SubmissionValues.Value;
import vn.phoihop.reporting.template.TemplateHeader;
import vn.phoihop.reporting.template.TemplateVersion;

/**
 * A submission as its page and the API show it to a reader: the row, template, period, organisation, the version's
 * form, the stored values with the rules' results, and its history (events and value changes).
 *
 * @param editable whether the reader may change the values and submit now
 * @param reviewable whether the reader may accept or return it now
 */
public record SubmissionView(SubmissionRow row, TemplateHeader template, Period period,
        OrganizationSummary organization, TemplateVersion version, Map<Key, Value> values, List<RuleResult> rules,
        List<Event> events, List<Change> changes, boolean editable, boolean reviewable) {

    public SubmissionView {
        values = Map.copyOf(values);
        rules = List.copyOf(rules);
        events = List.copyOf(events);
        changes = List.copyOf(changes);
    }

    /** The stored value of an indicator (and option), as shown; {@code ""} when empty. */
    public String display(String indicator, String option) {
        Value value = values.get(new Key(indicator, option));
        return value == null ? "" : value.display();
    }

    /** An event of the submission's life. */
    public record Event(String action, String actor, OffsetDateTime at, boolean late, String reason) {
    }

    /** A change of one value: old and new as shown, who and when. */
    public record Change(String indicator, String option, String oldValue, String newValue, String changedBy,
            OffsetDateTime changedAt) {
    }
}
