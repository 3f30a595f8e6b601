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
    private volatile List<DocumentType> types;

    DocumentTypes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every type, party ones first, in the configured order. Read once: the catalogue is reference data that changes
     * only with a migration, so checking a type costs no statement per request.
     */
    public List<DocumentType> all() {
        List<DocumentType> loaded = types;
        if (loaded == null) {
            loaded = jdbc.sql("SELECT code, kind, name, abbreviation, confirmed FROM document_type"
                    + " ORDER BY sort_order, code")
                    .query((rs, n) -> new DocumentType(rs.getString("code"), DocumentKind.valueOf(rs.getString("kind")),
                            rs.getString("name"), rs.getString("abbreviation"), rs.getBoolean("confirmed")))
                    .list();
            types = loaded;
        }
        return loaded;
    }

    /** Whether a type with this code exists. */
    public boolean known(String code) {
        return all().stream().anyMatch(t -> t.code().equals(code));
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
