package vn.phoihop.reporting.template;

import java.util.List;

/** A way to split an indicator's value (e.g. by sex: nam / nữ); an indicator with one is reported per option. */
public record Disaggregation(long id, String code, String name, List<Indicator.Option> options) {

    public Disaggregation {
        options = List.copyOf(options);
    }
}
