package vn.phoihop.reporting.submission;

import java.util.List;

import vn.phoihop.platform.UserFacingException;

/**
 * Values that do not pass {@link SubmissionValues} (400): nothing was stored. The API lists every problem in the
 * problem detail's {@code errors}; the form shows each beside its field.
 */
public class InvalidValues extends UserFacingException {

    private final transient List<SubmissionValues.Problem> problems;

    InvalidValues(List<SubmissionValues.Problem> problems) {
        super(400, "reporting.value.invalid", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<SubmissionValues.Problem> problems() {
        return problems;
    }
}
