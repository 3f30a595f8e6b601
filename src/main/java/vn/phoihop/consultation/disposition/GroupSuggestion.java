package vn.phoihop.consultation.disposition;

import java.util.List;

/**
 * Comments of one round with similar wording, suggested as a group: their ids (ascending), whether they are all on
 * the same provision, the highest pairwise similarity found (pg_trgm, 0–1) and a proposed label.
 */
public record GroupSuggestion(List<Long> commentIds, boolean sameProvision, double similarity, String label) {
}
