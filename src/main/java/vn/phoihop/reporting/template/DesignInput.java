package vn.phoihop.reporting.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import vn.phoihop.platform.Texts;

/**
 * The designer's input rules, each refusing with a {@link TemplateRefusal} on its field: text in NFC without control
 * characters and within the schema's lengths, codes, numbers that fit {@code NUMERIC(20,4)}, reminder days, choices.
 */
final class DesignInput {

    /** Largest absolute value a {@code NUMERIC(20,4)} column holds, exclusive. */
    private static final BigDecimal NUMERIC_LIMIT = new BigDecimal("1e16");

    static final int MAX_CHOICES = 50;
    static final int MAX_CHOICE_LENGTH = 200;

    private DesignInput() {
    }

    /** The NFC text, or {@code null} when blank; refused when longer than {@code max} or holding control characters. */
    static String text(String field, String value, int max, boolean lineBreaks) {
        if (Texts.hasControlCharacters(value, lineBreaks)) {
            throw TemplateRefusal.invalid(field, "reporting.text.control");
        }
        String text = Texts.nfcOrNull(value);
        if (text != null && text.length() > max) {
            throw TemplateRefusal.invalid(field, "reporting.text.size", max);
        }
        return text;
    }

    /** Like {@link #text} but required. */
    static String required(String field, String value, int max, String requiredKey) {
        String text = text(field, value, max, false);
        if (text == null) {
            throw TemplateRefusal.invalid(field, requiredKey);
        }
        return text;
    }

    /** A code ({@link TemplateCommands#CODE}), trimmed. */
    static String code(String field, String value) {
        String code = required(field, value, 40, "reporting.code.required");
        if (!code.matches(TemplateCommands.CODE)) {
            throw TemplateRefusal.invalid(field, "reporting.code.pattern");
        }
        return code;
    }

    /** A number that a {@code NUMERIC(20,4)} column stores exactly, or {@code null}. */
    static BigDecimal number(String field, BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.abs().compareTo(NUMERIC_LIMIT) >= 0 || stripped.scale() > 4) {
            throw TemplateRefusal.invalid(field, "reporting.number.size");
        }
        return value;
    }

    /** Reminder days: whole numbers from -31 to 31 separated by commas or spaces, at most 10, sorted. */
    static List<Integer> reminderDays(String value) {
        String text = text("reminderDays", value, 100, false);
        Set<Integer> days = new TreeSet<>();
        if (text != null) {
            for (String part : text.split("[,;\\s]+")) {
                if (part.isEmpty()) {
                    continue;
                }
                if (!part.matches("[+-]?\\d{1,2}")) {
                    throw TemplateRefusal.invalid("reminderDays", "reporting.template.reminderDays.invalid");
                }
                int day = Integer.parseInt(part);
                if (day < -31 || day > 31) {
                    throw TemplateRefusal.invalid("reminderDays", "reporting.template.reminderDays.invalid");
                }
                days.add(day);
            }
        }
        if (days.size() > 10) {
            throw TemplateRefusal.invalid("reminderDays", "reporting.template.reminderDays.invalid");
        }
        return List.copyOf(days);
    }

    /** The answers of a choice, one a line, distinct, in order. */
    static List<String> choices(String value) {
        if (Texts.hasControlCharacters(value, true)) {
            throw TemplateRefusal.invalid("choices", "reporting.text.control");
        }
        Set<String> choices = new LinkedHashSet<>();
        if (value != null) {
            for (String line : value.split("\\R")) {
                String choice = Texts.nfcOrNull(line);
                if (choice == null) {
                    continue;
                }
                if (choice.length() > MAX_CHOICE_LENGTH || Texts.hasControlCharacters(choice, false)) {
                    throw TemplateRefusal.invalid("choices", "reporting.indicator.choices.size");
                }
                choices.add(choice);
            }
        }
        if (choices.size() > MAX_CHOICES) {
            throw TemplateRefusal.invalid("choices", "reporting.indicator.choices.size");
        }
        return new ArrayList<>(choices);
    }
}
