package vn.phoihop.organization.registry;

/**
 * The two lines of dual leadership (song trùng lãnh đạo): SECTORAL from the Ministry and the Central Public Security
 * Party Committee down the police, TERRITORIAL from the provincial Party committee.
 */
public enum LeadershipKind {
    SECTORAL, TERRITORIAL;

    public String messageKey() {
        return "leadership.kind." + name();
    }
}
