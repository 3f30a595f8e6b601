package vn.phoihop.reporting.template;

import java.math.BigDecimal;
import java.util.List;

/**
 * One indicator of a template version. Its code is stable across versions and unique across templates.
 *
 * @param options the disaggregation's options (e.g. nam / nữ): one value per option; empty for a single value,
 *        stored with option code {@code ""}
 * @param min lowest allowed number, or {@code null}
 * @param max highest allowed number, or {@code null}
 * @param choices the allowed answers of a {@link ValueType#CHOICE}
 */
public record Indicator(String code, String name, ValueType type, String unit, boolean required, BigDecimal min,
        BigDecimal max, List<String> choices, Aggregation aggregation, List<Option> options) {

    public Indicator {
        choices = List.copyOf(choices);
        options = List.copyOf(options);
    }

    /** The option codes values are stored under: the options', or the single {@code ""}. */
    public List<String> optionCodes() {
        return options.isEmpty() ? List.of("") : options.stream().map(Option::code).toList();
    }

    /** A disaggregation option. */
    public record Option(String code, String name) {
    }
}
