package vn.phoihop.organization;

import java.time.LocalDate;

/**
 * One link of a predecessor or successor chain: the organisation at the other end, and the reorganisation that
 * made the link. For an organisation that simply continues (it still exists on the date asked), the successor is
 * the organisation itself and {@code reorganizationId} is {@code null}.
 *
 * @param generation 1 for a direct predecessor or successor, 2 for the next one along the chain, ...
 */
public record Succession(OrganizationView organization, Long reorganizationId, ReorganizationKind via,
        LocalDate date, String legalBasis, int generation) {
}
