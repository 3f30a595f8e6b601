package vn.phoihop.document.register;

import vn.phoihop.document.notation.DocumentKind;

/**
 * A document type of {@code document_type}: party or state, its name and the abbreviation written in the notation
 * ({@code null} for a state công văn).
 *
 * @param confirmed whether the abbreviation is confirmed by an official text (else likely, kept configurable)
 */
public record DocumentType(String code, DocumentKind kind, String name, String abbreviation, boolean confirmed) {
}
