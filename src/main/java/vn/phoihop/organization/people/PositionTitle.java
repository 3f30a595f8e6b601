package vn.phoihop.organization.people;

/** Positions held in organisations (chức vụ); the Vietnamese titles are in the message bundles. */
public enum PositionTitle {
    SECRETARY, DEPUTY_SECRETARY, STANDING_COMMITTEE_MEMBER, COMMITTEE_MEMBER, MINISTER, DEPUTY_MINISTER,
    DEPARTMENT_DIRECTOR, DEPUTY_DEPARTMENT_DIRECTOR, DIRECTOR, DEPUTY_DIRECTOR, DIVISION_HEAD, DEPUTY_DIVISION_HEAD,
    POLICE_CHIEF, DEPUTY_POLICE_CHIEF, OFFICER;

    public String messageKey() {
        return "position.title." + name();
    }
}
