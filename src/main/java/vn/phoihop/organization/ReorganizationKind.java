package vn.phoihop.organization;

/** The reorganisations the registry knows: sáp nhập, chia tách, đổi tên, chuyển, giải thể. */
public enum ReorganizationKind {
    MERGE, SPLIT, RENAME, MOVE, CLOSE;

    public String messageKey() {
        return "reorganization.kind." + name();
    }
}
