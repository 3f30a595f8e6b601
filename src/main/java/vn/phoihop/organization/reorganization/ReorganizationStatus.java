package vn.phoihop.organization.reorganization;

/** APPLIED: in effect and still undoable; CONFIRMED: final; UNDONE: reverted, kept for the record only. */
public enum ReorganizationStatus {
    APPLIED, CONFIRMED, UNDONE;

    public String messageKey() {
        return "reorganization.status." + name();
    }
}
