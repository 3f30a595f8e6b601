package vn.phoihop.document;

/**
 * A document was replaced by another ({@code replacementId} REPLACES {@code replacedId}); the replaced one's status
 * is now REPLACED. Registered in the transaction of the change.
 */
public record DocumentReplaced(long replacedId, long replacementId) {
}
