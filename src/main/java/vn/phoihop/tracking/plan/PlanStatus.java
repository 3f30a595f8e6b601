package vn.phoihop.tracking.plan;

/** Whether a plan is being carried out or closed. */
public enum PlanStatus {
    ACTIVE, CLOSED;

    /** The message key of this status's name. */
    public String messageKey() {
        return "tracking.plan.status." + name();
    }
}
