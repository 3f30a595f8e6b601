package vn.phoihop.document;

import java.time.LocalDate;

/**
 * What other modules see of a document.
 *
 * @param notation the notation as stored ({@code 90-QĐ/TW}), {@code null} for a draft without a number
 * @param issuedOn the issue date, {@code null} for a draft without one
 */
public record DocumentSummary(long id, String notation, String title, long issuerId, LocalDate issuedOn,
        DocumentStatus status, SecrecyMark secrecy) {
}
