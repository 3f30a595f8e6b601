package vn.phoihop.document.register;

import java.time.LocalDate;
import java.util.List;

import vn.phoihop.document.DocumentStatus;
import vn.phoihop.document.SecrecyMark;
import vn.phoihop.document.UrgencyMark;
import vn.phoihop.document.notation.DocumentKind;
import vn.phoihop.document.register.DocumentCommands.SigningAuthority;
import vn.phoihop.document.register.DocumentView.Recipient;

/** A document's values after every check, ready to be written. */
record DocumentData(DocumentKind kind, String typeCode, Integer number, String notation, String seriesKey,
        long issuerId, LocalDate issuedOn, String place, String signerName, String signerPosition,
        SigningAuthority signingAuthority, String title, String summary, String body, SecrecyMark secrecy,
        UrgencyMark urgency, DocumentStatus status, LocalDate effectiveFrom, LocalDate effectiveTo,
        List<Recipient> recipients, List<String> tags) {
}
