package vn.phoihop.consultation.access;

/**
 * What the access rule knows of a draft the acting user reads: its drafting body and whether the acting user is a
 * member of it ({@code drafting}).
 */
public record DraftHeader(long id, long draftingOrganizationId, String secrecy, boolean drafting, long version) {
}
