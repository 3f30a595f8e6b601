package vn.phoihop.document.register;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.phoihop.document.DocumentStatus;
import vn.phoihop.document.SecrecyMark;
import vn.phoihop.document.UrgencyMark;
import vn.phoihop.document.notation.DocumentKind;
import vn.phoihop.document.notation.Notation;

/** The commands that change the register; forms and the API bind to these, never to a table row. */
public final class DocumentCommands {

    /** Longest summary or body accepted (characters). */
    public static final int MAX_TEXT = 200_000;

    private DocumentCommands() {
    }

    /**
     * Create or edit a document. The kind follows from the type when left out. A draft carries no number: it gets one
     * when issued ({@code issue} creates it issued at once). A number left out is the series' next free number; a
     * notation typed ({@code 90-QĐ/TW}) is parsed and must agree with the type and number, else it is built from the
     * type's abbreviation and the issuer's abbreviation on the issue date.
     *
     * @param recipientIds registered organisations among the recipients (nơi nhận), in order
     * @param recipientLines further recipients as free text, one a line ("Lưu VP")
     * @param tags comma-separated
     * @param issue whether to issue the document at once (create only; {@code null} means no)
     * @param version the version the editor started from (edits only)
     */
    public record EditDocument(
            DocumentKind kind,
            @NotBlank(message = "{document.type.required}") String typeCode,
            @Min(value = 1, message = "{document.number.range}")
            @Max(value = Notation.MAX_NUMBER, message = "{document.number.range}") Integer number,
            @Size(max = 80, message = "{document.notation.size}") String notation,
            @NotNull(message = "{document.issuer.required}") Long issuerId,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
            @Size(max = 120, message = "{document.place.size}") String place,
            @Size(max = 200, message = "{document.signer.size}") String signerName,
            @Size(max = 200, message = "{document.signer.size}") String signerPosition,
            SigningAuthority signingAuthority,
            @NotBlank(message = "{document.title.required}")
            @Size(max = 1000, message = "{document.title.size}") String title,
            @Size(max = MAX_TEXT, message = "{document.text.size}") String summary,
            @Size(max = MAX_TEXT, message = "{document.text.size}") String body,
            SecrecyMark secrecy,
            UrgencyMark urgency,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveTo,
            @Size(max = 100, message = "{document.recipients.size}") List<Long> recipientIds,
            @Size(max = 5000, message = "{document.recipients.size}") String recipientLines,
            @Size(max = 2000, message = "{document.tags.size}") String tags,
            Boolean issue,
            Integer version) {

        /** An empty form: a party draft of {@code issuerId}, not secret, not urgent. */
        public static EditDocument blank(Long issuerId) {
            return new EditDocument(DocumentKind.PARTY, null, null, null, issuerId, null, null, null, null, null, null,
                    null, null, SecrecyMark.NONE, UrgencyMark.NORMAL, null, null, List.of(), null, null, Boolean.FALSE, null);
        }
    }

    /**
     * Issue a draft: it gets its number (the series' next free one when left out, or as typed in {@code notation})
     * and its issue date (today when left out).
     */
    public record IssueDocument(Integer number, String notation, LocalDate issuedOn, Integer version) {
    }

    /** Set a status by hand (see {@link DocumentStatus#manualTargets()}). */
    public record ChangeStatus(DocumentStatus status, Integer version) {
    }

    /** Relate this document (the source) to {@code targetId}: "this document implements / replaces ... the target". */
    public record AddRelation(Long targetId, RelationKind kind,
            @Size(max = 500, message = "{document.relation.note.size}") String note) {
    }

    /** T/M (thay mặt, on behalf of a collective) or K/T (ký thay, signing for the head). */
    public enum SigningAuthority {
        TM, KT;

        public String messageKey() {
            return "document.authority." + name();
        }
    }

    /** How a source document relates to its target. */
    public enum RelationKind {
        IMPLEMENTS, GUIDES, REPLACES, AMENDS, REVIEWS, CITES;

        public String messageKey() {
            return "document.relation." + name();
        }
    }
}
