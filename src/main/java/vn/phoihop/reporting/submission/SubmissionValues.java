package vn.phoihop.reporting.submission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import vn.phoihop.platform.PlausibleDates;
import vn.phoihop.platform.Texts;
import vn.phoihop.reporting.template.Indicator;
import vn.phoihop.reporting.template.Rule;
import vn.phoihop.reporting.template.TemplateVersion;
import vn.phoihop.reporting.template.ValueType;

/**
 * The one check of raw report values against a template version, used by the submission form, the API and the
 * offline XLSX import: each raw text is parsed by its indicator's {@link ValueType}, then required flags (only when
 * submitting) and the version's cross-field {@link Rule}s are checked. Pure: reads and writes nothing.
 *
 * <p><b>Numbers.</b> The comma is always the decimal separator ({@code "12,5"} = 12.5) and the dot groups thousands
 * in Vietnamese notation ({@code "1.234.567"}, {@code "1.234,5"}); plain notation with a decimal point is read when
 * it cannot be a thousands group ({@code "12.5"}, {@code "0.25"}). A single dot followed by exactly three digits
 * without a comma ({@code "1.234"}) means 1234 to a Vietnamese reader and 1.234 to a program, so it is refused with
 * a message asking for {@code 1234} or {@code 1,234}. Spaces, signs other than a leading minus, exponents and more
 * than four decimals (the column's scale) are refused. {@link #text(BigDecimal)} writes a number back in a form this
 * parser reads unambiguously (no grouping, decimal comma): importers should send numbers that way.
 *
 * <p><b>Percentages</b> are numbers from 0 to 100 (a trailing {@code %} is allowed). <b>Dates</b> are
 * {@code dd/MM/yyyy} (or ISO {@code yyyy-MM-dd}), real calendar days within {@link PlausibleDates}. <b>Texts</b> are
 * NFC-normalised, at most 4000 characters, without control characters (line breaks allowed). A <b>choice</b> must be
 * one of the indicator's choices. An empty text clears the value.
 */
public final class SubmissionValues {

    /** Longest text value (the column's size), in characters. */
    public static final int MAX_TEXT = 4000;

    private static final Pattern PLAIN_INTEGER = Pattern.compile("-?\\d+");
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");
    private static final Pattern GROUPED_DECIMAL = Pattern.compile("-?\\d{1,3}(\\.\\d{3})*,\\d+");
    private static final Pattern COMMA_DECIMAL = Pattern.compile("-?\\d+,\\d+");
    private static final Pattern POINT_DECIMAL = Pattern.compile("-?\\d+\\.\\d+");
    private static final Pattern AMBIGUOUS = Pattern.compile("-?\\d{1,3}\\.\\d{3}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int MAX_SCALE = 4;
    private static final int MAX_INTEGER_DIGITS = 16;

    private SubmissionValues() {
    }

    /** A raw value as entered: indicator code, disaggregation option ({@code ""} when none) and text. */
    public record Raw(String indicator, String option, String value) {

        public Raw {
            option = option == null ? "" : option;
        }
    }

    /** Where a value is stored: indicator code and option code ({@code ""} when none). */
    public record Key(String indicator, String option) {

        public Key {
            option = option == null ? "" : option;
        }

        /** The form field name of this value. */
        public String field() {
            return "v:" + indicator + ":" + option;
        }
    }

    /** A parsed value: exactly one of number, text and date is set. */
    public record Value(BigDecimal number, String text, LocalDate date) {

        public static Value ofNumber(BigDecimal number) {
            return new Value(number, null, null);
        }

        /** The value as shown and kept in the history (numbers with a decimal comma, dates dd/MM/yyyy). */
        public String display() {
            if (number != null) {
                return SubmissionValues.text(number);
            }
            return date != null ? PlausibleDates.display(date) : text;
        }
    }

    /** A refused value or a rule that does not hold: the message key and arguments, beside the field. */
    public record Problem(String indicator, String option, String messageKey, List<Object> arguments) {

        public Problem {
            option = option == null ? "" : option;
            arguments = List.copyOf(arguments);
        }

        public Object[] args() {
            return arguments.toArray();
        }
    }

    /** A cross-field rule with its outcome for the values checked ({@code holds} when a side is missing). */
    public record RuleResult(Rule rule, boolean holds) {
    }

    /**
     * The outcome of {@link #check}: the parsed values by key ({@code null} = cleared), the problems (empty when all
     * is well) and every rule's result.
     */
    public record Checked(Map<Key, Value> values, List<Problem> problems, List<RuleResult> rules) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * Parses {@code raw} values against {@code version}.
     *
     * @param stored the values already stored (keys not in {@code raw} keep these), for required flags and rules
     * @param submitting whether required values and rules are enforced (a draft save checks only each value itself)
     */
    public static Checked check(TemplateVersion version, Map<Key, Value> stored, List<Raw> raw, boolean submitting) {
        List<Problem> problems = new ArrayList<>();
        Map<Key, Value> parsed = new LinkedHashMap<>();
        for (Raw r : raw) {
            Indicator indicator = version.indicator(r.indicator() == null ? "" : r.indicator()).orElse(null);
            if (indicator == null) {
                problems.add(new Problem(r.indicator(), r.option(), "reporting.value.unknownIndicator",
                        List.of(String.valueOf(r.indicator()))));
                continue;
            }
            if (!indicator.optionCodes().contains(r.option())) {
                problems.add(new Problem(r.indicator(), r.option(), "reporting.value.unknownOption",
                        List.of(r.option(), indicator.name())));
                continue;
            }
            Key key = new Key(r.indicator(), r.option());
            if (parsed.containsKey(key)) {
                problems.add(new Problem(r.indicator(), r.option(), "reporting.value.duplicate", List.of(indicator.name())));
                continue;
            }
            try {
                parsed.put(key, parse(indicator, r.value()));
            }
            catch (Refused refused) {
                problems.add(new Problem(r.indicator(), r.option(), refused.key, refused.arguments));
            }
        }
        Map<Key, Value> merged = new LinkedHashMap<>(stored);
        merged.putAll(parsed);
        List<RuleResult> rules = rules(version, merged);
        if (submitting) {
            java.util.Set<Key> refused = new java.util.HashSet<>();
            problems.forEach(p -> refused.add(new Key(p.indicator(), p.option())));
            for (Indicator indicator : version.indicators()) {
                for (String option : indicator.optionCodes()) {
                    Key key = new Key(indicator.code(), option);
                    if (indicator.required() && merged.get(key) == null && !refused.contains(key)) {
                        problems.add(new Problem(indicator.code(), option, "reporting.value.required",
                                List.of(indicator.name())));
                    }
                }
            }
            for (RuleResult result : rules) {
                if (!result.holds()) {
                    problems.add(new Problem(result.rule().leftCode(), "", "reporting.value.rule",
                            List.of(result.rule().message())));
                }
            }
        }
        return new Checked(parsed, List.copyOf(problems), rules);
    }

    /** Every rule of {@code version} over {@code values}; a disaggregated indicator counts as the sum of its options. */
    public static List<RuleResult> rules(TemplateVersion version, Map<Key, Value> values) {
        List<RuleResult> results = new ArrayList<>();
        for (Rule rule : version.rules()) {
            BigDecimal left = total(values, rule.leftCode());
            BigDecimal right = rule.rightCode() != null ? total(values, rule.rightCode()) : rule.rightConstant();
            results.add(new RuleResult(rule, rule.holds(left, right)));
        }
        return results;
    }

    private static BigDecimal total(Map<Key, Value> values, String code) {
        BigDecimal sum = null;
        for (Map.Entry<Key, Value> e : values.entrySet()) {
            if (e.getKey().indicator().equals(code) && e.getValue() != null && e.getValue().number() != null) {
                sum = sum == null ? e.getValue().number() : sum.add(e.getValue().number());
            }
        }
        return sum;
    }

    /**
     * One value of {@code indicator} from its raw text; {@code null} for an empty text (the value is cleared).
     *
     * @throws Refused with the message key and arguments when the text is not a valid value
     */
    public static Value parse(Indicator indicator, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String name = indicator.name();
        if (Texts.hasControlCharacters(raw, indicator.type() == ValueType.TEXT)) {
            throw new Refused("reporting.value.control", name);
        }
        String value = Texts.nfc(raw);
        return switch (indicator.type()) {
            case NUMBER -> Value.ofNumber(inRange(indicator, number(name, value)));
            case PERCENTAGE -> {
                BigDecimal p = number(name, value.endsWith("%") ? value.substring(0, value.length() - 1).strip() : value);
                if (p.signum() < 0 || p.compareTo(HUNDRED) > 0) {
                    throw new Refused("reporting.value.percentage", name);
                }
                yield Value.ofNumber(inRange(indicator, p));
            }
            case DATE -> new Value(null, null, date(name, value));
            case CHOICE -> {
                if (!indicator.choices().contains(value)) {
                    throw new Refused("reporting.value.choice", name, String.join("; ", indicator.choices()));
                }
                yield new Value(null, value, null);
            }
            case TEXT -> {
                if (value.codePointCount(0, value.length()) > MAX_TEXT) {
                    throw new Refused("reporting.value.tooLong", name, MAX_TEXT);
                }
                yield new Value(null, value, null);
            }
        };
    }

    /**
     * A number in Vietnamese or plain notation (see the class comment).
     *
     * @throws Refused when it is not a number, is ambiguous or has too many digits
     */
    public static BigDecimal number(String name, String text) {
        String t = text.strip();
        BigDecimal n;
        if (PLAIN_INTEGER.matcher(t).matches()) {
            n = new BigDecimal(t);
        }
        else if (AMBIGUOUS.matcher(t).matches()) {
            throw new Refused("reporting.value.ambiguous", name, t, t.replace(".", ""), t.replace('.', ','));
        }
        else if (GROUPED.matcher(t).matches()) {
            n = new BigDecimal(t.replace(".", ""));
        }
        else if (GROUPED_DECIMAL.matcher(t).matches() || COMMA_DECIMAL.matcher(t).matches()) {
            n = new BigDecimal(t.replace(".", "").replace(',', '.'));
        }
        else if (POINT_DECIMAL.matcher(t).matches()) {
            n = new BigDecimal(t);
        }
        else {
            throw new Refused("reporting.value.number", name, t);
        }
        n = n.stripTrailingZeros();
        if (n.scale() < 0) {
            n = n.setScale(0);
        }
        if (n.scale() > MAX_SCALE || n.precision() - n.scale() > MAX_INTEGER_DIGITS) {
            throw new Refused("reporting.value.digits", name, MAX_SCALE);
        }
        return n;
    }

    /** {@code number} written so that {@link #number} reads it back unambiguously: no grouping, decimal comma. */
    public static String text(BigDecimal number) {
        BigDecimal n = number.stripTrailingZeros();
        return (n.scale() < 0 ? n.setScale(0) : n).toPlainString().replace('.', ',');
    }

    private static BigDecimal inRange(Indicator indicator, BigDecimal n) {
        if (indicator.min() != null && n.compareTo(indicator.min()) < 0) {
            throw new Refused("reporting.value.min", indicator.name(), text(indicator.min()));
        }
        if (indicator.max() != null && n.compareTo(indicator.max()) > 0) {
            throw new Refused("reporting.value.max", indicator.name(), text(indicator.max()));
        }
        return n;
    }

    private static LocalDate date(String name, String text) {
        LocalDate date;
        try {
            date = PlausibleDates.read(text);
        }
        catch (IllegalArgumentException ex) {
            throw new Refused("reporting.value.date", name, text);
        }
        if (!PlausibleDates.plausible(date)) {
            throw new Refused("reporting.value.dateRange", name, text, PlausibleDates.display(PlausibleDates.EARLIEST),
                    PlausibleDates.display(PlausibleDates.LATEST));
        }
        return date;
    }

    /** Whether two stored values are the same (numbers compared by value: 12 and 12,0 are one value). */
    public static boolean same(Value a, Value b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.number() != null || b.number() != null) {
            return a.number() != null && b.number() != null && a.number().compareTo(b.number()) == 0;
        }
        return Objects.equals(a.text(), b.text()) && Objects.equals(a.date(), b.date());
    }

    /** A raw value that is not valid: the message key and its arguments (the indicator's name first). */
    public static final class Refused extends IllegalArgumentException {

        private final String key;
        private final transient List<Object> arguments;

        Refused(String key, Object... arguments) {
            super(key);
            this.key = key;
            this.arguments = List.of(arguments);
        }

        public String messageKey() {
            return key;
        }

        public List<Object> arguments() {
            return arguments;
        }
    }
}
