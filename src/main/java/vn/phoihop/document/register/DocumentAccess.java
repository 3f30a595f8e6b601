package vn.phoihop.document.register;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.phoihop.account.AuditTrail;
import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.document.SecrecyMark;
import vn.phoihop.organization.Organizations;
import vn.phoihop.platform.UserFacingException;

/**
 * Who reads which document (ACCESS.md): everyone signed in reads issued documents whose secrecy mark their clearance
 * reaches; a draft only the staff (or leader) of its issuing organisation. Anything else does not exist for the
 * reader ("not found", so its existence is not revealed). Every read of a secret document is audited.
 *
 * <p>Who writes: central staff (CENTRAL_STAFF) the documents of central bodies; the staff or leader of an organisation
 * that is not central the documents of that same organisation; in both cases only when their clearance reaches the
 * document's mark ({@link #requireWritable}).
 *
 * <p>The one rule, in Java ({@link Reader#reads}) and in SQL ({@link #READABLE} with {@link Reader#parameters()}):
 * every list, search, count, relation, export and attachment of the module goes through one of them.
 */
@Component
public class DocumentAccess {

    /**
     * The rule as an SQL condition over the document table aliased {@code d}, with the bound parameters of
     * {@link Reader#parameters()}.
     */
    public static final String READABLE = "(d.secrecy = ANY (:readerMarks)"
            + " AND (d.status <> 'DRAFT' OR (d.issuer_id = :readerOrganization AND :readerStaff)))";

    private static final Set<Role> STAFF = EnumSet.of(Role.CENTRAL_STAFF, Role.PROVINCE_PARTY_STAFF,
            Role.PROVINCE_POLICE_STAFF, Role.LEADER);

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Organizations organizations;

    DocumentAccess(JdbcClient jdbc, AuditTrail audit, Organizations organizations) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.organizations = organizations;
    }

    /** The acting reader; access is denied when nobody is signed in. */
    public Reader reader() {
        CurrentUser user = CurrentUser.require();
        return new Reader(user.getUsername(), user.organizationId(),
                Arrays.stream(SecrecyMark.values()).filter(m -> m.readableWith(user.clearance())).toList(),
                user.roles().stream().anyMatch(STAFF::contains));
    }

    /**
     * The document's header if the acting user may read it, else "not found"; a read of a secret document is
     * written to the audit trail ({@link AuditTrail#recordRead}: a read-only caller is still audited), with its
     * id and mark but not its notation: administrators read audit rows about every central body whatever their
     * clearance.
     */
    public Header requireReadable(long documentId) {
        Reader reader = reader();
        Header header = find(documentId).filter(reader::reads)
                .orElseThrow(() -> UserFacingException.notFound("document.notFound"));
        if (header.secrecy().secret()) {
            auditRead(header);
        }
        return header;
    }

    /**
     * The document's header if the acting user may change it (its attachments, relations, fields): it must be
     * readable ("not found" otherwise) and the user must write for its issuer ("forbidden" otherwise).
     */
    public Header requireWritable(long documentId) {
        Header header = requireReadable(documentId);
        requireIssuer(header.issuerId());
        return header;
    }

    /** Denies access unless the acting user writes documents for {@code issuerId} (see the class comment). */
    public void requireIssuer(long issuerId) {
        if (!writesFor(CurrentUser.require(), issuerId)) {
            throw new AccessDeniedException("not a writer for organisation " + issuerId);
        }
    }

    /** Whether the acting user writes documents for {@code issuerId}. */
    public boolean writesFor(long issuerId) {
        return CurrentUser.find().map(user -> writesFor(user, issuerId)).orElse(false);
    }

    private boolean writesFor(CurrentUser user, long issuerId) {
        boolean central = organizations.find(issuerId).map(o -> o.kind().central()).orElse(false);
        if (central) {
            return user.has(Role.CENTRAL_STAFF);
        }
        return user.organizationId() == issuerId && user.roles().stream().anyMatch(STAFF::contains);
    }

    /** The header of a document regardless of who asks (for checks that follow with {@link Reader#reads}). */
    public Optional<Header> find(long documentId) {
        return jdbc.sql("SELECT id, issuer_id, status, secrecy, notation FROM document WHERE id = :id")
                .param("id", documentId)
                .query((rs, n) -> new Header(rs.getLong("id"), rs.getLong("issuer_id"), rs.getString("status"),
                        SecrecyMark.valueOf(rs.getString("secrecy")), rs.getString("notation")))
                .optional();
    }

    private void auditRead(Header header) {
        audit.recordRead("document.read", "document", header.id(), header.secrecy().name(),
                List.of(header.issuerId()));
    }

    /** What decides visibility of a document. */
    public record Header(long id, long issuerId, String status, SecrecyMark secrecy, String notation) {

        public boolean draft() {
            return "DRAFT".equals(status);
        }
    }

    /**
     * A reader: their organisation, the secrecy marks their clearance reaches, and whether they are staff (who read
     * their own organisation's drafts).
     */
    public record Reader(String username, long organizationId, List<SecrecyMark> marks, boolean staff) {

        /** Whether this reader may read the document. */
        public boolean reads(Header header) {
            return marks.contains(header.secrecy()) && (!header.draft() || (staff && organizationId == header.issuerId()));
        }

        /** The bound parameters of {@link DocumentAccess#READABLE}. */
        public Map<String, Object> parameters() {
            return Map.of("readerMarks", marks.stream().map(Enum::name).toArray(String[]::new),
                    "readerOrganization", organizationId, "readerStaff", staff);
        }
    }
}
