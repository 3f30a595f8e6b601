package vn.phoihop.account;

/** How secret a document a user may see: Thường, Mật, Tối mật, Tuyệt mật (in increasing order). */
public enum Clearance {
    NONE, CONFIDENTIAL, SECRET, TOP_SECRET;

    /** Whether this clearance allows reading an item marked {@code mark}. */
    public boolean allows(Clearance mark) {
        return compareTo(mark) >= 0;
    }

    public String messageKey() {
        return "clearance." + name();
    }
}
