package vn.phoihop.reporting.exchange;

import java.util.List;
import java.util.Map;

import vn.phoihop.reporting.period.Period;
import vn.phoihop.reporting.template.TemplateVersion;

/**
 * The seam between the offline form and the submission package: the value checks of a form and the draft store.
 * The upload reads cells into raw strings; this turns them into typed values (or errors, per value) and stores them
 * as the organisation's draft. {@link SubmissionDraftValues} implements it over the submission package's
 * {@code SubmissionValues} and {@code Submissions}, so a value is checked and stored the same way whether typed in the
 * form page, posted to the API or uploaded.
 */
public interface DraftValues {

    /** A value that breaks a rule of the template: a message key and its arguments. */
    record Problem(ValueKey value, String key, List<Object> args) {

        public Problem {
            args = List.copyOf(args);
        }
    }

    /** Checked values: typed ({@code BigDecimal}, {@code String} or {@code LocalDate}; absent when empty) or problems. */
    record Checked(Map<ValueKey, Object> values, List<Problem> problems) {

        public Checked {
            values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
            problems = List.copyOf(problems);
        }
    }

    /** The draft as stored: its submission id and how many values changed. */
    record Stored(long submissionId, int changed) {
    }

    /**
     * Types and checks raw values against {@code version}: types, ranges, choices, text length, the cross-field rules.
     * Required flags are not checked here (a draft may be partial; submitting checks them).
     */
    Checked check(TemplateVersion version, Map<ValueKey, String> raw);

    /**
     * Stores checked values as the draft of {@code organizationId} for {@code period} (created when there is none),
     * keeping every change in the value history; a value absent from {@code values} is cleared. The caller has
     * checked who acts.
     *
     * @throws vn.phoihop.platform.UserFacingException 409 when the submission is not editable (submitted, accepted)
     */
    Stored store(Period period, TemplateVersion version, long organizationId, Map<ValueKey, Object> values,
            String actor);
}
