/**
 * Directive documents: the register of party and state documents with their official notation, numbering series,
 * relations (implements, guides, replaces, amends, reviews, cites), attachments, secrecy and urgency marks,
 * Vietnamese full-text search and the official DOCX layout.
 *
 * <p>The base package is the module's contract for other modules (tracking, consultation): look a document up by id,
 * learn when one is issued or replaced, and keep files through the checked file store ({@code FileStore}). Everything else lives in sub-packages by capability:
 * {@code notation} (parsing and printing "Số 90-QĐ/TW" and "Số: 04/CT-BCA"), {@code register} (documents, series,
 * relations, secrecy rules), {@code search}, {@code attachment} (the file store), {@code output} (DOCX), and the
 * adapters {@code web} (pages) and {@code rest} ({@code /api/v1/documents}).
 *
 * <p>Access (ACCESS.md): issued documents are read by everyone signed in whose clearance reaches the document's
 * secrecy mark; a document above the reader's clearance does not exist for them (404), and every read of a marked
 * document is audited. Drafts are read only by the issuing organisation's staff. Central staff write central
 * documents; a province's staff write their own organisation's documents.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directive documents")
package vn.phoihop.document;
