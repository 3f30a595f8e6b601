package vn.phoihop.document.register;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.phoihop.document.notation.DocumentKind;
import vn.phoihop.document.notation.Notation;
import vn.phoihop.platform.Texts;
import vn.phoihop.platform.UserFacingException;

/**
 * The document types of {@code document_type} (configurable data, read once per call: the table is small) and the
 * notation parser's knowledge of their abbreviations.
 */
@Component
public class DocumentTypes implements Notation.TypeAbbreviations {

    private final JdbcClient jdbc;

    DocumentTypes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every type, party ones first, in the configured order. */
    public List<DocumentType> all() {
        return jdbc.sql("SELECT code, kind, name, abbreviation, confirmed FROM document_type ORDER BY sort_order, code")
                .query((rs, n) -> new DocumentType(rs.getString("code"), DocumentKind.valueOf(rs.getString("kind")),
                        rs.getString("name"), rs.getString("abbreviation"), rs.getBoolean("confirmed")))
                .list();
    }

    /** The type with this code, or a 400 with a Vietnamese message. */
    public DocumentType require(String code) {
        return all().stream().filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow(() -> UserFacingException.invalid("document.type.unknown", String.valueOf(code)));
    }

    @Override
    public Optional<String> canonical(DocumentKind kind, String written) {
        String folded = Texts.fold(written);
        return all().stream().filter(t -> t.kind() == kind && t.abbreviation() != null)
                .map(DocumentType::abbreviation).filter(a -> Texts.fold(a).equals(folded)).findFirst();
    }
}
