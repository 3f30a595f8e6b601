package vn.phoihop.document.output;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.phoihop.document.SecrecyMark;
import vn.phoihop.document.notation.DocumentKind;

/** Reads what the official layout needs from the register's tables, by id, for a caller that checked access. */
@Component
class OutputQueries {

    private final JdbcClient jdbc;

    OutputQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<DocumentRow> find(long documentId) {
        return jdbc.sql("""
                SELECT d.id, d.kind, t.name AS type_name, t.abbreviation, d.notation, d.issuer_id, d.issued_on,
                       d.place, d.signer_name, d.signer_position, d.signing_authority, d.title, d.summary, d.body,
                       d.secrecy, d.urgency
                FROM document d JOIN document_type t ON t.code = d.type_code
                WHERE d.id = :id""")
                .param("id", documentId)
                .query((rs, n) -> new DocumentRow(rs.getLong("id"), DocumentKind.valueOf(rs.getString("kind")),
                        rs.getString("type_name"), rs.getString("abbreviation"), rs.getString("notation"),
                        rs.getLong("issuer_id"), rs.getObject("issued_on", java.time.LocalDate.class),
                        rs.getString("place"), rs.getString("signer_name"), rs.getString("signer_position"),
                        rs.getString("signing_authority"), rs.getString("title"), rs.getString("summary"),
                        rs.getString("body"), SecrecyMark.valueOf(rs.getString("secrecy")), rs.getString("urgency")))
                .optional();
    }

    /** The recipients (nơi nhận) in their printed order. */
    List<String> recipients(long documentId) {
        return jdbc.sql("SELECT text FROM document_recipient WHERE document_id = :id ORDER BY position")
                .param("id", documentId).query(String.class).list();
    }
}
