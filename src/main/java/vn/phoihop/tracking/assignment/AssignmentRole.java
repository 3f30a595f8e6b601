package vn.phoihop.tracking.assignment;

/** The part an organisation plays in a task: it leads it, or supports the lead. */
public enum AssignmentRole {
    LEAD, SUPPORT;

    /** The message key of this role's name. */
    public String messageKey() {
        return "tracking.assignment.role." + name();
    }
}
