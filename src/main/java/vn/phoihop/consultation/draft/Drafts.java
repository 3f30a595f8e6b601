package vn.phoihop.consultation.draft;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.account.AuditTrail;
import vn.phoihop.account.Clearance;
import vn.phoihop.consultation.access.ConsultationAccess;
import vn.phoihop.consultation.access.DraftHeader;
import vn.phoihop.consultation.draft.DraftCommands.DraftForm;
import vn.phoihop.consultation.draft.DraftViews.DraftDetail;
import vn.phoihop.consultation.draft.DraftViews.DraftSummary;
import vn.phoihop.consultation.draft.DraftViews.IssuedDocument;
import vn.phoihop.consultation.draft.DraftViews.VersionDetail;
import vn.phoihop.consultation.draft.DraftViews.VersionSummary;
import vn.phoihop.document.Documents;
import vn.phoihop.organization.OrganizationSummary;
import vn.phoihop.organization.Organizations;
import vn.phoihop.platform.Texts;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.VietnamTime;

/**
 * Drafts and their versions. Any staff member creates a draft, owned by their organisation (the drafting body); only
 * the drafting body's staff edit it, link it to the register's issued document (checked through
 * {@link Documents#find}: a document the user may not read is refused) and add versions (“Dự thảo N”: a DOCX
 * imported through {@link DraftImport} and matched to the previous version by {@link VersionMatching}, or a copy of
 * the previous version for editing in the page). Readers see the drafts and versions {@link ConsultationAccess} lets
 * them. Bad input is refused with a Vietnamese message and changes nothing; a stale edit is refused (409).
 */
@Service
@Transactional
public class Drafts {

    private static final Set<String> SECRECIES = Set.of("NONE", "CONFIDENTIAL", "SECRET", "TOP_SECRET");

    private static final String SUMMARY_COLUMNS = """
            d.id, d.title, d.addressee, d.secrecy, d.drafting_organization_id, d.created_at,
            (SELECT count(*) FROM consultation_version v WHERE v.draft_id = d.id) AS versions,
            (SELECT v.label FROM consultation_version v WHERE v.draft_id = d.id ORDER BY v.number DESC LIMIT 1) AS latest
            """;

    private final JdbcClient jdbc;
    private final ConsultationAccess access;
    private final Documents documents;
    private final Organizations organizations;
    private final AuditTrail audit;
    private final VersionWriter writer;
    private final VersionText text;

    Drafts(JdbcClient jdbc, ConsultationAccess access, Documents documents, Organizations organizations,
            AuditTrail audit, VersionWriter writer, VersionText text) {
        this.jdbc = jdbc;
        this.access = access;
        this.documents = documents;
        this.organizations = organizations;
        this.audit = audit;
        this.writer = writer;
        this.text = text;
    }

    /** Creates a draft of the acting user's organisation (any staff role); returns its id. */
    public long create(DraftForm form) {
        access.requireDraftCreator();
        Checked c = check(form);
        long id = jdbc.sql("""
                INSERT INTO consultation_draft (title, summary, drafting_organization_id, addressee, secrecy, created_by)
                VALUES (:title, :summary, :org, :addressee, :secrecy, :by) RETURNING id
                """).param("title", c.title()).param("summary", c.summary())
                .param("org", access.user().organizationId()).param("addressee", c.addressee())
                .param("secrecy", c.secrecy()).param("by", access.user().getUsername()).query(Long.class).single();
        audit.record("CONSULTATION_DRAFT_CREATED", "consultation_draft", id, c.title());
        return id;
    }

    /** Edits a draft's header (the drafting body's staff); refused (409) when {@code form.version()} is stale. */
    public void edit(long draftId, DraftForm form) {
        access.requireDrafter(draftId);
        Checked c = check(form);
        if (form.version() == null) {
            throw DraftRefusal.invalid(null, "consultation.draft.version.required");
        }
        int updated = jdbc.sql("""
                UPDATE consultation_draft SET title = :title, summary = :summary, addressee = :addressee,
                       secrecy = :secrecy, updated_by = :by, updated_at = now(), version = version + 1
                WHERE id = :id AND version = :version
                """).param("title", c.title()).param("summary", c.summary()).param("addressee", c.addressee())
                .param("secrecy", c.secrecy()).param("by", access.user().getUsername()).param("id", draftId)
                .param("version", form.version()).update();
        if (updated == 0) {
            throw DraftRefusal.conflict(null, "consultation.draft.stale");
        }
        audit.record("CONSULTATION_DRAFT_EDITED", "consultation_draft", draftId, c.title());
    }

    /**
     * Links the draft to the register's document it was issued as ({@code null}: unlinks); the document must be one
     * the acting user reads. Refused (409) when {@code version} is stale.
     */
    public void linkIssued(long draftId, Long documentId, Long version) {
        access.requireDrafter(draftId);
        if (documentId != null && documents.find(documentId).isEmpty()) {
            throw DraftRefusal.invalid("documentId", "consultation.draft.issued.notFound");
        }
        if (version == null) {
            throw DraftRefusal.invalid(null, "consultation.draft.version.required");
        }
        int updated = jdbc.sql("UPDATE consultation_draft SET issued_document_id = :doc, updated_by = :by,"
                + " updated_at = now(), version = version + 1 WHERE id = :id AND version = :version")
                .param("doc", documentId).param("by", access.user().getUsername()).param("id", draftId)
                .param("version", version).update();
        if (updated == 0) {
            throw DraftRefusal.conflict(null, "consultation.draft.stale");
        }
        audit.record("CONSULTATION_DRAFT_ISSUED", "consultation_draft", draftId, String.valueOf(documentId));
    }

    /** The drafts the acting user reads, newest first; two queries. */
    @Transactional(readOnly = true)
    public List<DraftSummary> list() {
        List<Row> rows = jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM consultation_draft d WHERE "
                + access.draftReadable("d") + " ORDER BY d.created_at DESC, d.id DESC")
                .params(access.parameters()).query(this::row).list();
        return summaries(rows);
    }

    /** The draft with the versions the acting user reads, else “not found”. */
    @Transactional(readOnly = true)
    public DraftDetail find(long draftId) {
        DraftHeader header = access.requireDraftReadable(draftId);
        DraftSummary summary = summary(draftId);
        Map<String, Object> params = access.parameters();
        params.put("draft", draftId);
        List<VersionSummary> versions = jdbc.sql("""
                SELECT v.id, v.number, v.label, v.note, v.source_file_name, v.frozen_at, v.created_by, v.created_at,
                       (SELECT count(*) FROM consultation_provision_text t WHERE t.version_id = v.id)
                FROM consultation_version v WHERE v.draft_id = :draft AND\s""" + access.versionReadable("v")
                + " ORDER BY v.number").params(params).query(Drafts::version).list();
        var extra = jdbc.sql("SELECT summary, issued_document_id FROM consultation_draft WHERE id = :id")
                .param("id", draftId).query((rs, n) -> new Object[] {rs.getString(1), rs.getObject(2)}).single();
        Long issuedId = extra[1] == null ? null : ((Number) extra[1]).longValue();
        IssuedDocument issued = issuedId == null ? null : documents.find(issuedId)
                .map(d -> new IssuedDocument(d.id(), d.notation(), d.title())).orElse(null);
        boolean drafter = header.drafting() && access.staff();
        return new DraftDetail(summary, (String) extra[0], drafter ? issuedId : null, issued, versions, drafter,
                header.version());
    }

    /** One version with its provisions, if the acting user reads it, else “not found”. */
    @Transactional(readOnly = true)
    public VersionDetail version(long draftId, long versionId) {
        DraftHeader header = access.requireDraftReadable(draftId);
        VersionSummary v = versionOf(draftId, versionId);
        access.requireVersionReadable(header, versionId);
        boolean drafter = header.drafting() && access.staff();
        return new VersionDetail(summary(draftId), v, text.provisionsUnchecked(versionId), drafter && !v.frozen(),
                drafter);
    }

    /**
     * Imports version N+1 from a DOCX (the drafting body's staff): read by {@link DraftImport}, matched to version N
     * by {@link VersionMatching}; returns the new version's id. A bad file is refused and nothing is stored.
     */
    public long importVersion(long draftId, String fileName, byte[] bytes, String note) {
        access.requireDrafter(draftId);
        String name = Texts.nfcOrNull(fileName);
        if (name != null && (name.length() > 255 || Texts.hasControlCharacters(name, false))) {
            throw DraftRefusal.invalid("file", "consultation.version.import.fileName");
        }
        String n = note(note);
        List<ParsedProvision> parsed = DraftImport.read(bytes);
        long versionId = writer.importNext(draftId, parsed, name, n, access.user().getUsername());
        audit.record("CONSULTATION_VERSION_IMPORTED", "consultation_version", versionId, name);
        return versionId;
    }

    /** Version N+1 as a copy of version N, for editing in the page (the drafting body's staff); its id. */
    public long copyVersion(long draftId, String note) {
        access.requireDrafter(draftId);
        String n = note(note);
        long versionId = writer.copyLatest(draftId, n, access.user().getUsername());
        audit.record("CONSULTATION_VERSION_COPIED", "consultation_version", versionId, n);
        return versionId;
    }

    /** The version's summary if it belongs to the draft, else “not found”. */
    VersionSummary versionOf(long draftId, long versionId) {
        return jdbc.sql("""
                SELECT v.id, v.number, v.label, v.note, v.source_file_name, v.frozen_at, v.created_by, v.created_at,
                       (SELECT count(*) FROM consultation_provision_text t WHERE t.version_id = v.id)
                FROM consultation_version v WHERE v.draft_id = :draft AND v.id = :id
                """).param("draft", draftId).param("id", versionId).query(Drafts::version).optional()
                .orElseThrow(() -> UserFacingException.notFound("consultation.version.notFound"));
    }

    private DraftSummary summary(long draftId) {
        return summaries(jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM consultation_draft d WHERE d.id = :id")
                .param("id", draftId).query(this::row).list()).get(0);
    }

    private List<DraftSummary> summaries(List<Row> rows) {
        Map<Long, OrganizationSummary> orgs = organizations.findAllAsOf(
                rows.stream().map(Row::org).distinct().toList(), VietnamTime.today());
        return rows.stream().map(r -> new DraftSummary(r.id(), r.title(), r.addressee(), r.secrecy(), r.org(),
                orgs.containsKey(r.org()) ? orgs.get(r.org()).name() : "", r.versions(), r.latest(), r.createdAt()))
                .toList();
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getInt(7), rs.getString(8));
    }

    private static VersionSummary version(ResultSet rs, int n) throws SQLException {
        OffsetDateTime frozen = rs.getObject(6, OffsetDateTime.class);
        return new VersionSummary(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                frozen == null ? null : frozen.toInstant(), rs.getString(7),
                rs.getObject(8, OffsetDateTime.class).toInstant(), rs.getInt(9));
    }

    private static String note(String note) {
        String n = Texts.nfcOrNull(note);
        if (n != null && (n.length() > 2000 || Texts.hasControlCharacters(n, true))) {
            throw DraftRefusal.invalid("note", "consultation.version.note.size");
        }
        return n;
    }

    private Checked check(DraftForm form) {
        DraftForm f = form == null ? DraftForm.blank() : form;
        String title = Texts.nfcOrNull(f.title());
        if (title == null) {
            throw DraftRefusal.invalid("title", "consultation.draft.title.required");
        }
        if (title.length() > 500 || Texts.hasControlCharacters(title, false)) {
            throw DraftRefusal.invalid("title", "consultation.draft.title.size");
        }
        String summary = Texts.nfcOrNull(f.summary());
        if (summary != null && (summary.length() > 4000 || Texts.hasControlCharacters(summary, true))) {
            throw DraftRefusal.invalid("summary", "consultation.draft.summary.size");
        }
        String addressee = Texts.nfcOrNull(f.addressee());
        if (addressee != null && (addressee.length() > 300 || Texts.hasControlCharacters(addressee, false))) {
            throw DraftRefusal.invalid("addressee", "consultation.draft.addressee.size");
        }
        String secrecy = f.secrecy() == null || f.secrecy().isBlank() ? "NONE" : f.secrecy().strip();
        if (!SECRECIES.contains(secrecy)) {
            throw DraftRefusal.invalid("secrecy", "consultation.draft.secrecy.invalid");
        }
        if (!access.clears(secrecy)) {
            throw DraftRefusal.invalid("secrecy", "consultation.draft.secrecy.aboveClearance");
        }
        return new Checked(title, summary, addressee, Clearance.valueOf(secrecy).name());
    }

    private record Checked(String title, String summary, String addressee, String secrecy) {
    }

    private record Row(long id, String title, String addressee, String secrecy, long org, Instant createdAt,
            int versions, String latest) {
    }
}
