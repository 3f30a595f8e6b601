package vn.phoihop.tracking.dashboard;

/** A plan the reader may read: its id, title, owner and how many assignments it has. */
public record PlanChoice(long id, String title, long ownerOrganizationId, long assignments) {
}
