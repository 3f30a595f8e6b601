package vn.phoihop.organization;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's contract for other modules: look organisations up and decide scope. A user's scope is national
 * when their organisation is a central body, and otherwise the subtree of the province that contains it.
 */
@Service
@Transactional(readOnly = true)
public class Organizations {

    private final OrganizationRepository repository;

    Organizations(OrganizationRepository repository) {
        this.repository = repository;
    }

    public Optional<OrganizationSummary> find(long id) {
        return repository.findById(id).map(this::summary);
    }

    public Optional<OrganizationSummary> findByCode(String code) {
        return repository.findByCode(code).map(this::summary);
    }

    /** Every organisation, central bodies first; for choosers in administration pages. */
    public List<OrganizationSummary> all() {
        List<Organization> all = repository.findAllOrdered();
        Map<Long, Organization> byId = all.stream().collect(Collectors.toMap(Organization::id, o -> o));
        return all.stream().map(o -> summary(o, provinceIn(o, byId))).toList();
    }

    /**
     * Whether {@code targetId} lies in the scope of a member of {@code scopeOrganizationId}: always for a central
     * body, otherwise when both lie in the same province.
     */
    public boolean inScope(long scopeOrganizationId, long targetId) {
        Optional<OrganizationSummary> scope = find(scopeOrganizationId);
        if (scope.isEmpty()) {
            return false;
        }
        if (scope.get().national()) {
            return repository.existsById(targetId);
        }
        return repository.findProvinceOf(targetId).map(p -> p.equals(scope.get().provinceId())).orElse(false);
    }

    /**
     * The organisations a member of {@code organizationId} reaches: empty for a national scope (everything),
     * otherwise the ids of their province's subtree.
     */
    public Optional<Set<Long>> scopeOf(long organizationId) {
        OrganizationSummary org = find(organizationId).orElseThrow();
        if (org.national()) {
            return Optional.empty();
        }
        return Optional.of(Set.copyOf(repository.findSubtreeIds(org.provinceId())));
    }

    private static Long provinceIn(Organization o, Map<Long, Organization> byId) {
        for (Organization at = o; at != null; at = at.parentId() == null ? null : byId.get(at.parentId())) {
            if (at.kind() == OrganizationKind.PROVINCE) {
                return at.id();
            }
        }
        return null;
    }

    private OrganizationSummary summary(Organization o) {
        return summary(o, o.kind().central() ? null : repository.findProvinceOf(o.id()).orElse(null));
    }

    private static OrganizationSummary summary(Organization o, Long province) {
        return new OrganizationSummary(o.id(), o.code(), o.kind(), o.name(), o.shortName(), o.parentId(), province);
    }
}
