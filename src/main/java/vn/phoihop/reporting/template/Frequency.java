package vn.phoihop.reporting.template;

/** How often a template is reported: periodic, or period by period (đột xuất, chuyên đề). */
public enum Frequency {
    MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY, AD_HOC, THEMATIC;

    /** Whether the periods follow the calendar (created ahead by the platform) rather than one by one. */
    public boolean periodic() {
        return this != AD_HOC && this != THEMATIC;
    }

    public String messageKey() {
        return "reporting.frequency." + name();
    }
}
