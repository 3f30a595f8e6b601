package vn.phoihop.organization.registry;

import java.time.LocalDate;
import vn.phoihop.organization.ReorganizationKind;

/**
 * One link of a predecessor or successor chain: the organisation at the other end, and the reorganisation that
 * made the link. For an organisation that simply continues (it still exists on the date asked), the successor is
 * the organisation itself and {@code reorganizationId} is {@code null}. An organisation outside the reader's scope
 * keeps its place in the chain as a placeholder: {@code organization} is {@code null} and {@code outsideScope} true,
 * so neither its name, nor its code, nor its id is given.
 *
 * @param generation 1 for a direct predecessor or successor, 2 for the next one along the chain, ...
 */
public record Succession(OrganizationView organization, Long reorganizationId, ReorganizationKind via,
        LocalDate date, String legalBasis, int generation, boolean outsideScope) {

    public Succession(OrganizationView organization, Long reorganizationId, ReorganizationKind via, LocalDate date,
            String legalBasis, int generation) {
        this(organization, reorganizationId, via, date, legalBasis, generation, false);
    }

    /** The same link with the organisation replaced by the placeholder. */
    public Succession outside() {
        return new Succession(null, reorganizationId, via, date, legalBasis, generation, true);
    }
}
