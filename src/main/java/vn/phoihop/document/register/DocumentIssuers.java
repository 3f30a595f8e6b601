package vn.phoihop.document.register;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.phoihop.organization.OrganizationOnDate;
import vn.phoihop.organization.OrganizationSummary;
import vn.phoihop.organization.Organizations;
import vn.phoihop.platform.VietnamTime;

/**
 * Issuers through history: a document names its issuer as it was named on the issue date (a 2024 document of Tỉnh
 * ủy Bắc Giang stays "Tỉnh ủy Bắc Giang"), and a filter by an organisation may take in its predecessors (Tỉnh ủy Bắc
 * Ninh today finds Tỉnh ủy Bắc Giang's documents). Search and lists call this class rather than the registry.
 */
@Component
public class DocumentIssuers {

    private final Organizations organizations;

    DocumentIssuers(Organizations organizations) {
        this.organizations = organizations;
    }

    /** The organisation and every organisation it was formed from (empty for an unknown id). */
    public Set<Long> withPredecessors(long issuerId) {
        return organizations.withPredecessors(issuerId);
    }

    /** An issuer and the date a document names it on ({@code null}: a draft without a date, named as today). */
    public record Issue(long issuerId, LocalDate date) {
    }

    /**
     * The name of each issuer on each date, in one registry query; an issuer that did not exist on its date keeps
     * its current name.
     */
    public Map<Issue, String> namesOn(Collection<Issue> issues) {
        LocalDate today = VietnamTime.today();
        Map<OrganizationOnDate, OrganizationSummary> found = organizations.findEachAsOf(issues.stream()
                .map(i -> new OrganizationOnDate(i.issuerId(), i.date() == null ? today : i.date())).toList());
        Map<Issue, String> names = new HashMap<>();
        for (Issue issue : issues) {
            OrganizationSummary org = found.get(
                    new OrganizationOnDate(issue.issuerId(), issue.date() == null ? today : issue.date()));
            names.put(issue, org == null ? "" : org.name());
        }
        return names;
    }

    /** The issuer's name on {@code date}. */
    public String nameOn(long issuerId, LocalDate date) {
        Issue issue = new Issue(issuerId, date);
        return namesOn(List.of(issue)).get(issue);
    }
}
