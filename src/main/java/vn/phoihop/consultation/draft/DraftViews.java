package vn.phoihop.consultation.draft;

import java.time.Instant;
import java.util.List;

/** What the draft pages and the API show. */
public final class DraftViews {

    private DraftViews() {
    }

    /** A draft in a list: its drafting body's name, the number of versions and the latest version's label. */
    public record DraftSummary(long id, String title, String addressee, String secrecy, long draftingOrganizationId,
            String draftingOrganization, int versions, String latestVersion, Instant createdAt) {
    }

    /** A version of a draft: number, label (“Dự thảo 2”), source file, when frozen (or {@code null}). */
    public record VersionSummary(long id, int number, String label, String note, String sourceFileName,
            Instant frozenAt, String createdBy, Instant createdAt, int provisions) {

        public boolean frozen() {
            return frozenAt != null;
        }
    }

    /** The register's document a draft was issued as, as the reader may see it. */
    public record IssuedDocument(long id, String notation, String title) {
    }

    /**
     * A draft with the versions the reader reads; {@code drafter}: the reader is on the drafting body's staff (edits,
     * imports, opens rounds); {@code issued} is {@code null} when none is linked or the reader may not read it.
     */
    public record DraftDetail(DraftSummary draft, String summary, Long issuedDocumentId, IssuedDocument issued,
            List<VersionSummary> versions, boolean drafter, long version) {
    }

    /** A version with its provisions in document order; {@code editable}: a drafter and not frozen. */
    public record VersionDetail(DraftSummary draft, VersionSummary version, List<ProvisionView> provisions,
            boolean editable, boolean drafter) {
    }
}
