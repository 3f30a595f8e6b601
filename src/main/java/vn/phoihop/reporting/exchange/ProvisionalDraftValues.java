package vn.phoihop.reporting.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.platform.PlausibleDates;
import vn.phoihop.platform.Texts;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.reporting.period.Period;
import vn.phoihop.reporting.submission.SubmissionStatus;
import vn.phoihop.reporting.template.Indicator;
import vn.phoihop.reporting.template.Rule;
import vn.phoihop.reporting.template.TemplateVersion;

/**
 * The offline form's value checks and draft store until the submission package's {@code SubmissionValues} is merged
 * (see {@link DraftValues}). Numbers take a point or a comma as the decimal mark and at most four decimals; dates are
 * dd/MM/yyyy or ISO within the plausible range; choices match the template's answers ignoring case; texts are at most
 * 4,000 characters without control characters. Storing writes report_value, one report_value_change per changed
 * value, a CREATED event for a new draft, and bumps the submission's version.
 */
@Component
class ProvisionalDraftValues implements DraftValues {

    static final int MAX_TEXT = 4000;

    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,16}([.,]\\d{1,4})?");

    private final JdbcClient jdbc;

    ProvisionalDraftValues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Checked check(TemplateVersion version, Map<ValueKey, String> raw) {
        Map<ValueKey, Object> typed = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<ValueKey, String> entry : raw.entrySet()) {
            ValueKey key = entry.getKey();
            String text = Texts.nfc(entry.getValue() == null ? "" : entry.getValue().strip());
            Indicator indicator = version.indicator(key.indicator()).orElse(null);
            if (indicator == null || !indicator.optionCodes().contains(key.option())) {
                problems.add(new Problem(key, "reporting.exchange.value.unknown", List.of(key.indicator())));
                continue;
            }
            if (text.isEmpty()) {
                continue;
            }
            Object value = switch (indicator.type()) {
                case NUMBER, PERCENTAGE -> number(indicator, key, text, problems);
                case CHOICE -> indicator.choices().stream().filter(c -> c.equalsIgnoreCase(text)).findFirst()
                        .map(Object.class::cast).orElseGet(() -> problem(problems, key,
                                "reporting.exchange.value.choice", String.join(", ", indicator.choices())));
                case DATE -> date(key, text, problems);
                case TEXT -> text.length() > MAX_TEXT
                        ? problem(problems, key, "reporting.exchange.value.tooLong", MAX_TEXT)
                        : Texts.hasControlCharacters(text, true)
                                ? problem(problems, key, "reporting.exchange.value.control") : text;
            };
            if (value != null) {
                typed.put(key, value);
            }
        }
        for (Rule rule : version.rules()) {
            BigDecimal left = total(typed, rule.leftCode());
            BigDecimal right = rule.rightCode() != null ? total(typed, rule.rightCode()) : rule.rightConstant();
            if (!rule.holds(left, right)) {
                problems.add(new Problem(new ValueKey(rule.leftCode(), ""), "reporting.exchange.value.rule",
                        List.of(rule.message())));
            }
        }
        return new Checked(typed, problems);
    }

    private static BigDecimal number(Indicator indicator, ValueKey key, String text, List<Problem> problems) {
        if (!NUMBER.matcher(text).matches()) {
            return problem(problems, key, "reporting.exchange.value.number");
        }
        BigDecimal number = new BigDecimal(text.replace(',', '.'));
        if (indicator.min() != null && number.compareTo(indicator.min()) < 0) {
            return indicator.min().signum() == 0 ? problem(problems, key, "reporting.exchange.value.negative")
                    : problem(problems, key, "reporting.exchange.value.min", ExchangeForm.plain(indicator.min()));
        }
        if (indicator.max() != null && number.compareTo(indicator.max()) > 0) {
            return problem(problems, key, "reporting.exchange.value.max", ExchangeForm.plain(indicator.max()));
        }
        return number;
    }

    private static LocalDate date(ValueKey key, String text, List<Problem> problems) {
        LocalDate date;
        try {
            date = PlausibleDates.read(text);
        }
        catch (IllegalArgumentException notADate) {
            return problem(problems, key, "reporting.exchange.value.date");
        }
        return PlausibleDates.plausible(date) ? date : problem(problems, key, "reporting.exchange.value.dateRange");
    }

    private static <T> T problem(List<Problem> problems, ValueKey key, String messageKey, Object... args) {
        problems.add(new Problem(key, messageKey, List.of(args)));
        return null;
    }

    /** The number of an indicator, summed over its options; {@code null} when none was given. */
    private static BigDecimal total(Map<ValueKey, Object> values, String code) {
        return values.entrySet().stream().filter(e -> e.getKey().indicator().equals(code))
                .map(Map.Entry::getValue).filter(BigDecimal.class::isInstance).map(BigDecimal.class::cast)
                .reduce(BigDecimal::add).orElse(null);
    }

    @Override
    @Transactional
    public Stored store(Period period, TemplateVersion version, long organizationId, Map<ValueKey, Object> values,
            String actor) {
        OffsetDateTime now = OffsetDateTime.now();
        Map<String, Object> row = jdbc.sql("SELECT id, status FROM report_submission WHERE period_id = :p AND"
                + " organization_id = :o FOR UPDATE").param("p", period.id()).param("o", organizationId).query()
                .listOfRows().stream().findFirst().orElse(null);
        long id;
        if (row == null) {
            id = jdbc.sql("""
                    INSERT INTO report_submission (period_id, template_version_id, organization_id, status, created_by,
                                                   created_at)
                    VALUES (:p, :v, :o, 'DRAFT', :actor, :now) ON CONFLICT (period_id, organization_id) DO NOTHING
                    RETURNING id
                    """).param("p", period.id()).param("v", version.id()).param("o", organizationId)
                    .param("actor", actor).param("now", now).query(Long.class).optional()
                    .orElseThrow(() -> UserFacingException.conflict("reporting.exchange.concurrent"));
            jdbc.sql("INSERT INTO report_submission_event (submission_id, action, actor, at) VALUES (:s, 'CREATED',"
                    + " :actor, :now)").param("s", id).param("actor", actor).param("now", now).update();
        }
        else {
            id = ((Number) row.get("id")).longValue();
            if (!SubmissionStatus.valueOf((String) row.get("status")).editable()) {
                throw UserFacingException.conflict("reporting.exchange.notEditable");
            }
        }
        Map<ValueKey, String> old = new HashMap<>();
        jdbc.sql("SELECT indicator_code, option_code, number_value, text_value, date_value FROM report_value"
                + " WHERE submission_id = :s").param("s", id).query(rs -> {
                    old.put(new ValueKey(rs.getString(1), rs.getString(2)), text(rs.getBigDecimal(3), rs.getString(4),
                            rs.getObject(5, LocalDate.class)));
                });
        int changed = 0;
        java.util.Set<ValueKey> keys = new java.util.LinkedHashSet<>(old.keySet());
        keys.addAll(values.keySet());
        for (ValueKey key : keys) {
            Object value = values.get(key);
            String next = value == null ? null : text(value instanceof BigDecimal n ? n : null,
                    value instanceof String s ? s : null, value instanceof LocalDate d ? d : null);
            if (Objects.equals(old.get(key), next)) {
                continue;
            }
            changed++;
            if (value == null) {
                jdbc.sql("DELETE FROM report_value WHERE submission_id = :s AND indicator_code = :i AND option_code = :o")
                        .param("s", id).param("i", key.indicator()).param("o", key.option()).update();
            }
            else {
                jdbc.sql("""
                        INSERT INTO report_value (submission_id, indicator_code, option_code, number_value, text_value,
                                                  date_value)
                        VALUES (:s, :i, :o, :n, :t, :d) ON CONFLICT (submission_id, indicator_code, option_code)
                        DO UPDATE SET number_value = EXCLUDED.number_value, text_value = EXCLUDED.text_value,
                                      date_value = EXCLUDED.date_value
                        """).param("s", id).param("i", key.indicator()).param("o", key.option())
                        .param("n", value instanceof BigDecimal n ? n : null)
                        .param("t", value instanceof String t ? t : null)
                        .param("d", value instanceof LocalDate d ? d : null).update();
            }
            jdbc.sql("""
                    INSERT INTO report_value_change (submission_id, indicator_code, option_code, old_value, new_value,
                                                     changed_by, changed_at)
                    VALUES (:s, :i, :o, :old, :new, :actor, :now)
                    """).param("s", id).param("i", key.indicator()).param("o", key.option()).param("old", old.get(key))
                    .param("new", next).param("actor", actor).param("now", now).update();
        }
        if (changed > 0) {
            jdbc.sql("UPDATE report_submission SET version = version + 1, updated_by = :actor, updated_at = :now"
                    + " WHERE id = :s").param("s", id).param("actor", actor).param("now", now).update();
        }
        return new Stored(id, changed);
    }

    private static String text(BigDecimal number, String text, LocalDate date) {
        return number != null ? number.stripTrailingZeros().toPlainString() : text != null ? text
                : date != null ? date.toString() : null;
    }
}
