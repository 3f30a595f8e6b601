package vn.phoihop.consultation.redline;

/**
 * How an article of the later version stands against the earlier one: {@code UNCHANGED}; {@code EDITED} (same place,
 * words inserted or deleted); {@code ADDED} (no source); {@code REMOVED} (no successor); {@code MOVED} (another place:
 * another parent or out of order, possibly edited too); {@code SPLIT} (one old article became several);
 * {@code MERGED} (several old articles became one).
 */
public enum RedlineKind {
    UNCHANGED, EDITED, ADDED, REMOVED, MOVED, SPLIT, MERGED
}
