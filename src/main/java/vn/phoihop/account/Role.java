package vn.phoihop.account;

/** What a user may do (see ACCESS.md); a user may hold several. */
public enum Role {
    SYSTEM_ADMIN, CENTRAL_STAFF, PROVINCE_PARTY_STAFF, PROVINCE_POLICE_STAFF, LEADER, VIEWER;

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The message key of this role's name. */
    public String messageKey() {
        return "role." + name();
    }
}
