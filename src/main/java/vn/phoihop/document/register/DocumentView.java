package vn.phoihop.document.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.phoihop.document.DocumentStatus;
import vn.phoihop.document.SecrecyMark;
import vn.phoihop.document.UrgencyMark;
import vn.phoihop.document.notation.DocumentKind;
import vn.phoihop.document.register.DocumentCommands.SigningAuthority;

/**
 * A document as its page and the API show it to a reader who may read it.
 *
 * @param printedNotation the number line as printed ({@code Số 90-QĐ/TW}, {@code Số: 04/CT-BCA}), {@code null} for a
 *     draft
 * @param issuerName the issuer as named on the issue date (today for a draft without a date)
 * @param summary {@code null} when not stored (a secret document in an internet-facing deployment)
 * @param writable whether the reader may change the document
 */
public record DocumentView(long id, int version, DocumentKind kind, String typeCode, String typeName, Integer number,
        String notation, String printedNotation, long issuerId, String issuerName, LocalDate issuedOn, String place,
        String signerName, String signerPosition, SigningAuthority signingAuthority, String title, String summary,
        String body, SecrecyMark secrecy, UrgencyMark urgency, DocumentStatus status, LocalDate effectiveFrom,
        LocalDate effectiveTo, List<Recipient> recipients, List<String> tags, String createdBy, Instant createdAt,
        String updatedBy, Instant updatedAt, boolean writable) {

    /** A recipient (nơi nhận): a registered organisation (its name when the document was saved) or free text. */
    public record Recipient(Long organizationId, String text) {
    }
}
