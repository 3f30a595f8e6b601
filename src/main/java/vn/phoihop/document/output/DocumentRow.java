package vn.phoihop.document.output;

import java.time.LocalDate;

import vn.phoihop.document.SecrecyMark;
import vn.phoihop.document.notation.DocumentKind;

/**
 * What the official layout needs of one document row, as stored.
 *
 * @param typeAbbreviation the abbreviation of the document's type, {@code null} for a state công văn
 * @param notation the canonical notation ({@code 90-QĐ/TW}), {@code null} for a draft without a number
 * @param issuedOn the issue date, {@code null} for a draft
 * @param signingAuthority {@code TM}, {@code KT} or {@code null}
 * @param urgency {@code NORMAL}, {@code URGENT}, {@code VERY_URGENT} or {@code FLASH}
 */
record DocumentRow(long id, DocumentKind kind, String typeName, String typeAbbreviation, String notation,
        long issuerId, LocalDate issuedOn, String place, String signerName, String signerPosition,
        String signingAuthority, String title, String summary, String body, SecrecyMark secrecy, String urgency) {
}
