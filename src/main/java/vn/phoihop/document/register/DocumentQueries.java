package vn.phoihop.document.register;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.document.DocumentSummary;
import vn.phoihop.document.Documents;
import vn.phoihop.document.notation.DocumentKind;
import vn.phoihop.platform.UserFacingException;

/**
 * Reading one document, for its page, the API and other modules ({@link Documents}): only what the acting reader may
 * read ({@link DocumentAccess#requireReadable}: "not found" otherwise, and a read of a secret document is audited).
 */
@Service
@Transactional(readOnly = true)
public class DocumentQueries implements Documents {

    private final DocumentAccess access;
    private final DocumentStore store;
    private final DocumentTypes types;
    private final DocumentIssuers issuers;

    DocumentQueries(DocumentAccess access, DocumentStore store, DocumentTypes types, DocumentIssuers issuers) {
        this.access = access;
        this.store = store;
        this.types = types;
        this.issuers = issuers;
    }

    /** The document as its page shows it, if the acting user may read it. */
    public DocumentView view(long id) {
        access.requireReadable(id);
        DocumentRow row = store.find(id).orElseThrow(() -> UserFacingException.notFound("document.notFound"));
        String typeName = types.all().stream().filter(t -> t.code().equals(row.typeCode())).findFirst()
                .map(DocumentType::name).orElse(row.typeCode());
        String printed = row.notation() == null ? null
                : (row.kind() == DocumentKind.PARTY ? "Số " : "Số: ") + row.notation();
        return new DocumentView(row.id(), row.version(), row.kind(), row.typeCode(), typeName, row.number(),
                row.notation(), printed, row.issuerId(), issuers.nameOn(row.issuerId(), row.issuedOn()),
                row.issuedOn(), row.place(), row.signerName(), row.signerPosition(), row.signingAuthority(),
                row.title(), row.summary(), row.body(), row.secrecy(), row.urgency(), row.status(),
                row.effectiveFrom(), row.effectiveTo(), store.recipients(id), store.tags(id), row.createdBy(),
                row.createdAt(), row.updatedBy(), row.updatedAt(), access.writesFor(row.issuerId()));
    }

    @Override
    public Optional<DocumentSummary> find(long id) {
        Optional<DocumentAccess.Header> header = access.find(id).filter(access.reader()::reads);
        if (header.isEmpty()) {
            return Optional.empty();
        }
        access.requireReadable(id);
        return store.find(id).map(r -> new DocumentSummary(r.id(), r.notation(), r.title(), r.issuerId(),
                r.issuedOn(), r.status(), r.secrecy()));
    }
}
