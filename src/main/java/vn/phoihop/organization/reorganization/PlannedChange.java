package vn.phoihop.organization.reorganization;

import java.time.LocalDate;

/**
 * One change a reorganisation makes. {@code organizationId} is {@code null} for an organisation it creates;
 * {@code other} is the second party (the new parent, the leader, the successor, the person), when there is one.
 *
 * @param date the first day of the new state, or the last day of what ends
 *     <p>
 *     The message {@code type.messageKey()} takes {@code name}, {@code other} and {@code date} as {0}, {1}, {2}.
 */
public record PlannedChange(Type type, Long organizationId, String code, String name, String other, LocalDate date) {

    /** What happens; the Vietnamese wording is under {@code reorganization.change.*}. */
    public enum Type {
        CREATE, CLOSE, RENAME, MOVE, END_LINK, ADD_LINK, END_POSITION;

        public String messageKey() {
            return "reorganization.change." + name();
        }
    }
}
