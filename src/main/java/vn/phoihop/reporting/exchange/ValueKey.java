package vn.phoihop.reporting.exchange;

/** One value of a form: an indicator and a disaggregation option ({@code ""} when none). */
public record ValueKey(String indicator, String option) {

    /** How the form's hidden code column writes it: {@code PH_VAN_BAN}, or {@code CTD_DANG_VIEN|NAM}. */
    String cellText() {
        return option.isEmpty() ? indicator : indicator + "|" + option;
    }

    static ValueKey ofCellText(String text) {
        int bar = text.indexOf('|');
        return bar < 0 ? new ValueKey(text, "") : new ValueKey(text.substring(0, bar), text.substring(bar + 1));
    }
}
