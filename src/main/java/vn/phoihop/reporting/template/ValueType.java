package vn.phoihop.reporting.template;

/** What an indicator's value is. Numbers and percentages can be summed or averaged in a roll-up. */
public enum ValueType {
    NUMBER, PERCENTAGE, TEXT, CHOICE, DATE;

    public boolean numeric() {
        return this == NUMBER || this == PERCENTAGE;
    }

    public String messageKey() {
        return "reporting.valueType." + name();
    }
}
