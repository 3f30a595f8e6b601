package vn.phoihop.reporting.exchange;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.reporting.period.Period;
import vn.phoihop.reporting.submission.SubmissionValues;
import vn.phoihop.reporting.submission.SubmissionValues.Key;
import vn.phoihop.reporting.submission.SubmissionValues.Raw;
import vn.phoihop.reporting.submission.SubmissionValues.Value;
import vn.phoihop.reporting.submission.Submissions;
import vn.phoihop.reporting.template.Indicator;
import vn.phoihop.reporting.template.TemplateVersion;

/**
 * The offline form's values go through the submission package exactly as typed ones do: checked by
 * {@link SubmissionValues#check} (types, ranges, choices, dates, texts) and stored by {@link Submissions#open} and
 * {@link Submissions#save} (value history, version, the editable states). An upload also reports the cross-field
 * rules that do not hold (a draft saved in the page only shows them), since the filled form is meant to be complete.
 */
@Component
class SubmissionDraftValues implements DraftValues {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Submissions submissions;

    SubmissionDraftValues(Submissions submissions) {
        this.submissions = submissions;
    }

    @Override
    public Checked check(TemplateVersion version, Map<ValueKey, String> raw) {
        List<Raw> raws = new ArrayList<>();
        raw.forEach((key, text) -> raws.add(new Raw(key.indicator(), key.option(), text)));
        SubmissionValues.Checked checked = SubmissionValues.check(version, Map.of(), raws, false);
        List<Problem> problems = new ArrayList<>();
        checked.problems().forEach(p -> problems.add(new Problem(new ValueKey(p.indicator(), p.option()),
                p.messageKey(), p.arguments())));
        checked.rules().stream().filter(r -> !r.holds()).forEach(r -> problems.add(new Problem(
                new ValueKey(r.rule().leftCode(), ""), "reporting.value.rule", List.of(r.rule().message()))));
        Map<ValueKey, Object> typed = new LinkedHashMap<>();
        checked.values().forEach((key, value) -> {
            Object plain = plain(value);
            if (plain != null) {
                typed.put(new ValueKey(key.indicator(), key.option()), plain);
            }
        });
        return new Checked(typed, problems);
    }

    @Override
    @Transactional
    public Stored store(Period period, TemplateVersion version, long organizationId, Map<ValueKey, Object> values,
            String actor) {
        long id = submissions.open(period.id(), organizationId);
        Map<Key, Value> before = submissions.values(id);
        List<Raw> raws = new ArrayList<>();
        int changed = 0;
        for (Indicator indicator : version.indicators()) {
            for (String option : indicator.optionCodes()) {
                Object value = values.get(new ValueKey(indicator.code(), option));
                String text = text(value);
                raws.add(new Raw(indicator.code(), option, text));
                Value now = text.isEmpty() ? null : SubmissionValues.parse(indicator, text);
                if (!SubmissionValues.same(before.get(new Key(indicator.code(), option)), now)) {
                    changed++;
                }
            }
        }
        submissions.save(id, null, raws);
        return new Stored(id, changed);
    }

    private static Object plain(Value value) {
        if (value == null) {
            return null;
        }
        return value.number() != null ? value.number() : value.date() != null ? value.date() : value.text();
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return SubmissionValues.text(number);
        }
        if (value instanceof java.time.LocalDate date) {
            return DATE.format(date);
        }
        return value.toString();
    }
}
