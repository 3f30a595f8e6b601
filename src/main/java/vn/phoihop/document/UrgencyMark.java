package vn.phoihop.document;

/** A document's urgency mark (độ khẩn): Thường, Khẩn, Thượng khẩn, Hỏa tốc, in increasing order. */
public enum UrgencyMark {
    NORMAL, URGENT, VERY_URGENT, FLASH;

    public String messageKey() {
        return "document.urgency." + name();
    }
}
