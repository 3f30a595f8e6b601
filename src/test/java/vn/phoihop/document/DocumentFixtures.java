package vn.phoihop.document;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

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
    private final TransactionTemplate committed;

    DocumentFixtures(Fixtures fixtures, DocumentRegister register, DocumentRelations relations, JdbcClient jdbc,
            PlatformTransactionManager transactions) {
        this.fixtures = fixtures;
        this.register = register;
        this.relations = relations;
        this.jdbc = jdbc;
        // Committed on their own even inside a @Transactional test, like the account fixtures: a document's audit row
        // takes the audit trail's lock, which the test's open transaction would otherwise hold.
        this.committed = new TransactionTemplate(transactions);
        this.committed.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The access matrix's targets: {@code {doc}} is an issued document of Công an tỉnh Bắc Ninh (own) or a draft of
     * Công an thành phố Hà Nội (other); {@code {rel}} a relation of each ("cites" another Bắc Ninh document).
     */
    public long[][] matrixTargets() {
        LocalDate date = LocalDate.of(2049, 1, 15);
        long own = document("T20-CA", "STATE_KH", "Kế hoạch thử của ma trận quyền (Bắc Ninh)", null, "901/KH-CABN",
                date, SecrecyMark.NONE, null);
        long cited = document("T20-CA", "STATE_KH", "Kế hoạch thử được dẫn chiếu (ma trận quyền)", null,
                "902/KH-CABN", date, SecrecyMark.NONE, null);
        long other = document("T01-CA", "STATE_KH", "Dự thảo thử của ma trận quyền (Hà Nội)", null, date,
                SecrecyMark.NONE);
        relate("T20-CA", own, cited, RelationKind.CITES);
        relate("T01-CA", other, cited, RelationKind.CITES);
        long ownRelation = relationId(own, cited);
        long otherRelation = relationId(other, cited);
        return new long[][] { { own, other }, { ownRelation, otherRelation } };
    }

    private long relationId(long source, long target) {
        return jdbc.sql("SELECT id FROM document_relation WHERE source_id = :s AND target_id = :t").param("s", source)
                .param("t", target).query(Long.class).single();
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
        CurrentUser writer = writer(orgCode);
        return Fixtures.as(writer, () -> committed.execute(s -> register.create(new EditDocument(null, typeCode,
                issue ? number : null, notation, id(orgCode), issuedOn, null, null, null, null, title, summary, null,
                secrecy, UrgencyMark.NORMAL, null, null, List.of(), null, null, issue, null))));
    }

    /** Relates two documents as a writer of the source's issuer (once). */
    public void relate(String sourceOrgCode, long source, long target, RelationKind kind) {
        boolean exists = jdbc.sql("SELECT count(*) FROM document_relation WHERE source_id = :s AND target_id = :t"
                + " AND kind = :k").param("s", source).param("t", target).param("k", kind.name())
                .query(Integer.class).single() > 0;
        if (!exists) {
            CurrentUser writer = writer(sourceOrgCode);
            Fixtures.as(writer, () -> committed.execute(s -> relations.add(source, new AddRelation(target, kind,
                    null))));
        }
    }
}
