package vn.phoihop.organization.spi;

/**
 * Something that refers to an organisation and that a reorganisation affects.
 *
 * @param type what it is, e.g. "user", "position"
 * @param reference how to find it, e.g. a username or an id
 * @param label what to show, e.g. a full name
 * @param organizationId the organisation it refers to
 */
public record AffectedItem(String type, String reference, String label, long organizationId) {
}
