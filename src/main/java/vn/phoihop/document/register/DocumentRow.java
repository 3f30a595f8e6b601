package vn.phoihop.document.register;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

import vn.phoihop.document.DocumentStatus;
import vn.phoihop.document.SecrecyMark;
import vn.phoihop.document.UrgencyMark;
import vn.phoihop.document.notation.DocumentKind;
import vn.phoihop.document.register.DocumentCommands.SigningAuthority;

/** A row of {@code document} (without the attachment text, which the attachment store owns). */
record DocumentRow(long id, int version, DocumentKind kind, String typeCode, Integer number, String notation,
        String seriesKey, long issuerId, LocalDate issuedOn, String place, String signerName, String signerPosition,
        SigningAuthority signingAuthority, String title, String summary, String body, SecrecyMark secrecy,
        UrgencyMark urgency, DocumentStatus status, LocalDate effectiveFrom, LocalDate effectiveTo, String createdBy,
        Instant createdAt, String updatedBy, Instant updatedAt) {

    static final String COLUMNS = "id, version, kind, type_code, number, notation, series_key, issuer_id, issued_on,"
            + " place, signer_name, signer_position, signing_authority, title, summary, body, secrecy, urgency, status,"
            + " effective_from, effective_to, created_by, created_at, updated_by, updated_at";

    static DocumentRow map(ResultSet rs, int row) throws SQLException {
        String authority = rs.getString("signing_authority");
        return new DocumentRow(rs.getLong("id"), rs.getInt("version"), DocumentKind.valueOf(rs.getString("kind")),
                rs.getString("type_code"), (Integer) rs.getObject("number"), rs.getString("notation"),
                rs.getString("series_key"), rs.getLong("issuer_id"), rs.getObject("issued_on", LocalDate.class),
                rs.getString("place"), rs.getString("signer_name"), rs.getString("signer_position"),
                authority == null ? null : SigningAuthority.valueOf(authority), rs.getString("title"),
                rs.getString("summary"), rs.getString("body"), SecrecyMark.valueOf(rs.getString("secrecy")),
                UrgencyMark.valueOf(rs.getString("urgency")), DocumentStatus.valueOf(rs.getString("status")),
                rs.getObject("effective_from", LocalDate.class), rs.getObject("effective_to", LocalDate.class),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toInstant());
    }

    boolean draft() {
        return status == DocumentStatus.DRAFT;
    }
}
