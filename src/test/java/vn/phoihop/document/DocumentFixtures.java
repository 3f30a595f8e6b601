package vn.phoihop.document;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.phoihop.account.Clearance;
import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.document.register.DocumentCommands.AddRelation;
import vn.phoihop.document.register.DocumentCommands.EditDocument;
import vn.phoihop.document.register.DocumentCommands.RelationKind;
import vn.phoihop.document.register.DocumentRegister;
import vn.phoihop.document.register.DocumentRelations;
import vn.phoihop.support.Fixtures;

/**
 * Documents for tests, created through the register's services as a writer of the issuing organisation (so they
 * pass every check and land in the audit trail). Each caller uses titles, issue years or numbers of its own.
 */
@Component
public class DocumentFixtures {

    private final Fixtures fixtures;
    private final DocumentRegister register;
    private final DocumentRelations relations;
    private final JdbcClient jdbc;

    DocumentFixtures(Fixtures fixtures, DocumentRegister register, DocumentRelations relations, JdbcClient jdbc) {
        this.fixtures = fixtures;
        this.register = register;
        this.relations = relations;
        this.jdbc = jdbc;
    }

    /** A writer for the organisation with {@code orgCode} (central staff for a central body), cleared to top secret. */
    public CurrentUser writer(String orgCode) {
        boolean central = List.of("BBT", "BCT", "DUCA", "BCA", "CTDCT", "TW").contains(orgCode);
        Role role = central ? Role.CENTRAL_STAFF : orgCode.endsWith("-TU") ? Role.PROVINCE_PARTY_STAFF
                : Role.PROVINCE_POLICE_STAFF;
        String home = central ? "CTDCT" : orgCode;
        return Fixtures.principal(fixtures.user("docwriter." + home.toLowerCase(), home, EnumSet.of(role),
                Clearance.TOP_SECRET));
    }

    /** A reader of the organisation with {@code orgCode} with the given role and clearance. */
    public CurrentUser reader(String username, String orgCode, Role role, Clearance clearance) {
        return Fixtures.principal(fixtures.user(username, orgCode, EnumSet.of(role), clearance));
    }

    public long id(String orgCode) {
        return jdbc.sql("SELECT id FROM organization WHERE code = :c").param("c", orgCode).query(Long.class).single();
    }

    /** The document with this title, created on first use (issued with {@code number} unless that is {@code null}). */
    public long document(String orgCode, String typeCode, String title, Integer number, LocalDate issuedOn,
            SecrecyMark secrecy) {
        return document(orgCode, typeCode, title, number, null, issuedOn, secrecy, null);
    }

    /** As {@link #document(String, String, String, Integer, LocalDate, SecrecyMark)}, with a typed notation and summary. */
    public long document(String orgCode, String typeCode, String title, Integer number, String notation,
            LocalDate issuedOn, SecrecyMark secrecy, String summary) {
        List<Long> existing = jdbc.sql("SELECT id FROM document WHERE title = :t").param("t", title).query(Long.class)
                .list();
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        boolean issue = number != null || notation != null;
        return Fixtures.as(writer(orgCode), () -> register.create(new EditDocument(null, typeCode,
                issue ? number : null, notation, id(orgCode), issuedOn, null, null, null, null, title, summary, null,
                secrecy, UrgencyMark.NORMAL, null, null, List.of(), null, null, issue, null)));
    }

    /** Relates two documents as a writer of the source's issuer (once). */
    public void relate(String sourceOrgCode, long source, long target, RelationKind kind) {
        boolean exists = jdbc.sql("SELECT count(*) FROM document_relation WHERE source_id = :s AND target_id = :t"
                + " AND kind = :k").param("s", source).param("t", target).param("k", kind.name())
                .query(Integer.class).single() > 0;
        if (!exists) {
            Fixtures.as(writer(sourceOrgCode), () -> relations.add(source, new AddRelation(target, kind, null)));
        }
    }
}
