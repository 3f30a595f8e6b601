package vn.phoihop.organization;

/** What an organisation is. Central kinds give their members a national scope. */
public enum OrganizationKind {
    CENTRAL_PARTY_BODY(true),
    POLITBURO(true),
    SECRETARIAT(true),
    CENTRAL_POLICE_PARTY_COMMITTEE(true),
    MINISTRY(true),
    CENTRAL_STATE_BODY(true),
    STAFF_AGENCY(true),
    PROVINCE(false),
    PROVINCIAL_PARTY_COMMITTEE(false),
    PROVINCIAL_POLICE(false),
    POLICE_PARTY_COMMITTEE(false),
    POLICE_UNIT(false),
    COMMUNE_POLICE(false),
    GRASSROOTS_PARTY_ORGANIZATION(false),
    PARTY_CELL(false);

    private final boolean central;

    OrganizationKind(boolean central) {
        this.central = central;
    }

    /** Whether the organisation is a central body (its users' scope is national). */
    public boolean central() {
        return central;
    }
}
