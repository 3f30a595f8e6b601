package vn.phoihop.organization;

import java.util.EnumSet;
import java.util.Set;

/**
 * What an organisation is. Central kinds give their members a national scope. Provincial-level kinds (the
 * province, its Party committee, police force and police party committee) and central kinds are readable by
 * every signed-in user; everything else only within scope (ACCESS.md).
 */
public enum OrganizationKind {
    NATION(true),
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

    private static final Set<OrganizationKind> PROVINCIAL_LEVEL = EnumSet.of(PROVINCE, PROVINCIAL_PARTY_COMMITTEE,
            PROVINCIAL_POLICE, POLICE_PARTY_COMMITTEE);

    private final boolean central;

    OrganizationKind(boolean central) {
        this.central = central;
    }

    /** Whether the organisation is a central body (its users' scope is national). */
    public boolean central() {
        return central;
    }

    /** Whether it is one of the four provincial-level organisations of a province. */
    public boolean provincialLevel() {
        return PROVINCIAL_LEVEL.contains(this);
    }

    /** Whether every signed-in user may read it with its history: central and provincial-level kinds. */
    public boolean publiclyVisible() {
        return central || provincialLevel();
    }

    /** The message key of this kind's name. */
    public String messageKey() {
        return "organization.kind." + name();
    }
}
