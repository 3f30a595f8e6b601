package vn.phoihop.document.output;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.document.register.DocumentAccess;
import vn.phoihop.document.register.DocumentSettings;
import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.organization.OrganizationSummary;
import vn.phoihop.organization.Organizations;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.VietnamTime;

/**
 * A document in its official layout as DOCX (party: 36-HD/VPTW; state: Nghị định 30/2020/NĐ-CP), for the acting
 * user. Reading follows {@link DocumentAccess#requireReadable} (not found when the document is not readable; a read
 * of a secret document is audited); the content of a secret document is refused unless the deployment allows secret
 * content ({@link DocumentSettings#secretContentAllowed()}). The issuer is named as it was on the issue date.
 */
@Service
@Transactional(readOnly = true)
public class OfficialDocuments {

    private final DocumentAccess access;
    private final DocumentSettings settings;
    private final OutputQueries queries;
    private final Organizations organizations;
    private final OfficialWording wording;

    OfficialDocuments(DocumentAccess access, DocumentSettings settings, OutputQueries queries,
            Organizations organizations, MessageSource messages) {
        this.access = access;
        this.settings = settings;
        this.queries = queries;
        this.organizations = organizations;
        this.wording = new OfficialWording(messages);
    }

    /**
     * The document as DOCX.
     *
     * @throws UserFacingException 404 when the document does not exist for the acting user, 403 when it is secret and
     *     this deployment keeps only the metadata of secret documents
     */
    public DocxFile docx(long documentId) {
        DocumentAccess.Header header = access.requireReadable(documentId);
        if (header.secrecy().secret() && !settings.secretContentAllowed()) {
            throw new UserFacingException(403, "document.output.secretContent");
        }
        DocumentRow row = queries.find(documentId)
                .orElseThrow(() -> UserFacingException.notFound("document.notFound"));
        LocalDate today = VietnamTime.today();
        OfficialDocument document = wording.compose(row, queries.recipients(documentId),
                issuer(row.issuerId(), row.issuedOn() == null ? today : row.issuedOn()), today);
        return DocxFile.of(row.id(), row.notation(), OfficialDocx.write(document));
    }

    /** The issuer, its parent and its province as named on {@code date} (today's names for what did not exist). */
    private OfficialWording.Issuer issuer(long issuerId, LocalDate date) {
        OrganizationSummary self = organizations.findAllAsOf(List.of(issuerId), date).get(issuerId);
        if (self == null) {
            self = organizations.find(issuerId).orElseThrow(() -> UserFacingException.notFound("document.notFound"));
        }
        List<Long> related = new ArrayList<>();
        if (self.parentId() != null) {
            related.add(self.parentId());
        }
        if (self.provinceId() != null) {
            related.add(self.provinceId());
        }
        Map<Long, OrganizationSummary> asOf = related.isEmpty() ? Map.of()
                : organizations.findAllAsOf(related, date);
        OrganizationSummary parent = named(self.parentId(), asOf);
        OrganizationSummary province = named(self.provinceId(), asOf);
        // A provincial police force sits under its province in the registry, but its state documents are headed by
        // the Ministry (Nghị định 30/2020: the direct superior body).
        String ministry = self.kind() == OrganizationKind.PROVINCIAL_POLICE
                ? organizations.findByCode("BCA").map(OrganizationSummary::name).orElse(null) : null;
        return new OfficialWording.Issuer(self, parent, province, ministry);
    }

    /** The organisation {@code id} as named on the date of {@code asOf}, else as named today; none for no id. */
    private OrganizationSummary named(Long id, Map<Long, OrganizationSummary> asOf) {
        if (id == null) {
            return null;
        }
        OrganizationSummary then = asOf.get(id);
        return then != null ? then : organizations.find(id).orElse(null);
    }
}
