package vn.phoihop.document.notation;

/**
 * Party documents (Đảng, 36-HD/VPTW: {@code 90-QĐ/TW}, numbered per type within the issuer's term) and state
 * documents (Nhà nước, Nghị định 30/2020/NĐ-CP: {@code 04/CT-BCA}, numbered per calendar year).
 */
public enum DocumentKind {
    PARTY, STATE;

    public String messageKey() {
        return "document.kind." + name();
    }
}
