/**
 * Vietnamese full-text search over the document register, in PostgreSQL (no second store, so several instances
 * need nothing more than the shared database).
 *
 * <p>Index (migration V22): triggers keep a narrow table {@code document_search}, one row per document however it
 * is written, with the register's filter columns, the folded words ({@code words}, configuration
 * {@code phoihop_fold}: unaccent, whose rules fold every Vietnamese letter with Đ/đ → D/d, then lower case, as
 * {@code platform.Texts.fold} folds the query; notation A, type name and title B, summary C, attachment text D), a
 * small folded {@code head} (notation, type name, title) for ranking, the same head as written ({@code exact}), the
 * notation's token set with the type name ({@code {90, qd, tw, quyet, dinh}}), the separator-free notation for
 * trigrams ({@code 90qdtw}) and {@code cited_by} (documents that build on this one, from {@code document_relation}).
 * Migration V30 keeps {@code words} as lexemes only (small enough to stay in the row), indexes {@code head} (GIN),
 * the cited documents and the newest-first order, so a search ranks a bounded set of candidates and counts up to a
 * bound ({@link vn.phoihop.document.search.DocumentSearch}'s class comment states the trade-off).
 *
 * <p>{@link vn.phoihop.document.search.DocumentSearch} builds one statement per search with the reading rule in its
 * {@code WHERE}; {@link vn.phoihop.document.search.SearchQuery} checks request parameters;
 * {@link vn.phoihop.document.search.DocumentGenerator} and {@code GeneratedDemoDocuments} add generated demo documents.
 */
package vn.phoihop.document.search;
