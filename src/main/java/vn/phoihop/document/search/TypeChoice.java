package vn.phoihop.document.search;

/** A document type as offered in the list's type filter: {@code PARTY_QD}, party, "Quyết định". */
public record TypeChoice(String code, String kind, String name) {
}
