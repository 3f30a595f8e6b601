package vn.phoihop.reporting.template;

/** How an indicator rolls up over organisations and periods: summed, averaged, or not at all (texts, dates). */
public enum Aggregation {
    SUM, AVERAGE, NONE;

    public String messageKey() {
        return "reporting.aggregation." + name();
    }
}
