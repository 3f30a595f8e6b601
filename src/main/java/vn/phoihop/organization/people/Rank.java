package vn.phoihop.organization.people;

/** Police ranks (cấp hàm), lowest first; the Vietnamese names are in the message bundles. */
public enum Rank {
    SECOND_LIEUTENANT, FIRST_LIEUTENANT, SENIOR_LIEUTENANT, CAPTAIN, MAJOR, LIEUTENANT_COLONEL,
    SENIOR_LIEUTENANT_COLONEL, COLONEL, MAJOR_GENERAL, LIEUTENANT_GENERAL, SENIOR_LIEUTENANT_GENERAL, GENERAL;

    public String messageKey() {
        return "rank." + name();
    }
}
