package vn.phoihop.document;

import java.time.LocalDate;

/**
 * A document was issued (it received its number): registered in the transaction of the change, delivered to
 * {@code @ApplicationModuleListener}s after commit. Carries no title, so a listener that shows it must look the
 * document up through {@link Documents} with its reader's rights.
 */
public record DocumentIssued(long documentId, String notation, long issuerId, LocalDate issuedOn,
        SecrecyMark secrecy) {
}
