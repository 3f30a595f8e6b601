package vn.phoihop.document;

import java.util.Optional;

/**
 * The document module's contract for other modules (tracking, consultation): look a document up for the acting user.
 * A document the user may not read (above their clearance, or another organisation's draft) is absent, exactly as
 * on the document's page; a read of a secret document is audited.
 */
public interface Documents {

    /** The document if the signed-in user may read it. */
    Optional<DocumentSummary> find(long id);
}
