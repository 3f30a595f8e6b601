package vn.phoihop.document.search;

import java.time.LocalDate;

import vn.phoihop.document.SecrecyMark;

/**
 * One document found, as a list row or an API item.
 *
 * @param notation the notation as stored ({@code 90-QĐ/TW}), {@code null} for a draft without a number
 * @param issuerId the issuing organisation, {@code null} when it is a unit outside the reader's scope
 * @param issuerName the issuer as named on the issue date (today's name for a draft without a date), or
 *     {@code null} when the issuer is a unit outside the reader's scope (neither its id nor its name is shown)
 * @param titleHtml the title, HTML-escaped, with the query's words inside {@code <mark>}; no other markup
 * @param snippet a passage of the summary or the attachment text, HTML-escaped, with the query's words inside
 *     {@code <mark>}; empty when there is nothing to show
 */
public record DocumentHit(long id, String kind, String typeCode, String typeName, String notation, String title,
        String titleHtml, String snippet, Long issuerId, String issuerName, LocalDate issuedOn, SecrecyMark secrecy,
        String urgency, String status, double score) {
}
