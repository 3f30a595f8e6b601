package vn.phoihop.document;

import vn.phoihop.account.Clearance;

/**
 * A document's secrecy mark (độ mật): Thường, Mật, Tối mật, Tuyệt mật, on the same scale as a user's
 * {@link Clearance} and with the same names (the API reports them as {@code NONE} … {@code TOP_SECRET}).
 */
public enum SecrecyMark {
    NONE, CONFIDENTIAL, SECRET, TOP_SECRET;

    /** Whether a reader with {@code clearance} may know this document exists. */
    public boolean readableWith(Clearance clearance) {
        return clearance != null && clearance.ordinal() >= ordinal();
    }

    /** Whether the document is secret (Mật or above): its reads are audited and its content may be withheld. */
    public boolean secret() {
        return this != NONE;
    }

    public String messageKey() {
        return "document.secrecy." + name();
    }
}
