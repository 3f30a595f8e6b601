package vn.phoihop.document.search;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The catalogue of document types (V21), read once: it is reference data that changes only with a migration, so
 * validating a type filter costs no statement per search.
 */
@Component
class DocumentTypes {

    private final JdbcClient jdbc;
    private volatile List<TypeChoice> types;

    DocumentTypes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<TypeChoice> all() {
        List<TypeChoice> loaded = types;
        if (loaded == null) {
            loaded = jdbc.sql("SELECT code, kind, name FROM document_type ORDER BY sort_order")
                    .query((rs, n) -> new TypeChoice(rs.getString("code"), rs.getString("kind"), rs.getString("name")))
                    .list();
            types = loaded;
        }
        return loaded;
    }

    boolean known(String code) {
        return all().stream().anyMatch(t -> t.code().equals(code));
    }
}
