package vn.phoihop.document.register;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.phoihop.document.notation.DocumentKind;
import vn.phoihop.document.notation.Notation;
import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.organization.OrganizationSummary;
import vn.phoihop.organization.Organizations;

/**
 * Numbering series (notation-rules.md). A party document is numbered per type abbreviation and issuer within the
 * issuer's term ({@code document_term}: the issuer's own row, else the row for every issuer; without a term covering
 * the date, the calendar year); a state document per type abbreviation and issuer within the calendar year. Types
 * printing the same abbreviation share a series (party Quyết định and Quy định: QĐ), and secret documents share
 * their type's series, so the key names neither the type code nor the mark. The Politburo and the Secretariat issue
 * on behalf of the Central Committee ("/TW"): their party documents are numbered in the Central Committee's series
 * (one 12-NQ/TW, whichever of the three signs it), so the key names the committee whose series it is
 * ({@link #seriesOwner}), not the signing body. The unique index
 * {@code document_series_number} keeps a number once per series, also under concurrent requests.
 */
@Component
class NumberingSeries {

    private static final Set<OrganizationKind> ON_BEHALF_OF_THE_CENTRAL_COMMITTEE = EnumSet.of(
            OrganizationKind.POLITBURO, OrganizationKind.SECRETARIAT);

    private final JdbcClient jdbc;
    private final Organizations organizations;

    NumberingSeries(JdbcClient jdbc, Organizations organizations) {
        this.jdbc = jdbc;
        this.organizations = organizations;
    }

    /** The series a document of this type, issuer and issue date is numbered in. */
    String key(DocumentType type, long issuerId, LocalDate issuedOn) {
        long owner = type.kind() == DocumentKind.PARTY ? seriesOwner(issuerId) : issuerId;
        String abbreviation = type.abbreviation() == null ? "-" : type.abbreviation();
        String period;
        if (type.kind() == DocumentKind.PARTY) {
            period = jdbc.sql("""
                    SELECT starts_on FROM document_term
                    WHERE (issuer_id = :issuer OR issuer_id IS NULL) AND starts_on <= :date
                      AND (ends_on IS NULL OR ends_on >= :date)
                    ORDER BY issuer_id NULLS LAST, starts_on DESC LIMIT 1""")
                    .param("issuer", issuerId).param("date", issuedOn).query(LocalDate.class).optional()
                    .map(LocalDate::toString).orElse(Integer.toString(issuedOn.getYear()));
        }
        else {
            period = Integer.toString(issuedOn.getYear());
        }
        return type.kind() + "|" + abbreviation + "|" + owner + "|" + period;
    }

    /**
     * The committee whose party series an issuer numbers in: the Central Committee for the Politburo and the
     * Secretariat (their parent), the issuer itself otherwise.
     */
    long seriesOwner(long issuerId) {
        return organizations.find(issuerId)
                .filter(o -> ON_BEHALF_OF_THE_CENTRAL_COMMITTEE.contains(o.kind()) && o.parentId() != null)
                .map(OrganizationSummary::parentId).orElse(issuerId);
    }

    /** The next free number of the series: one after the largest taken (1 for a new series). */
    int next(String seriesKey) {
        int last = jdbc.sql("SELECT coalesce(max(number), 0) FROM document WHERE series_key = :key")
                .param("key", seriesKey).query(Integer.class).single();
        return Math.min(last + 1, Notation.MAX_NUMBER);
    }

    /** Whether the number is taken in the series by a document other than {@code exceptId}. */
    boolean taken(String seriesKey, int number, Long exceptId) {
        return jdbc.sql("SELECT count(*) FROM document WHERE series_key = :key AND number = :number"
                + " AND id <> coalesce(:except, -1)").param("key", seriesKey).param("number", number)
                .param("except", exceptId).query(Integer.class).single() > 0;
    }
}
