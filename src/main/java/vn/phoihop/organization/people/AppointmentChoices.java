package vn.phoihop.organization.people;

import vn.phoihop.organization.Scope;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.platform.VietnamTime;
import vn.phoihop.organization.registry.OrganizationDirectory;
import vn.phoihop.organization.registry.OrganizationView;
import vn.phoihop.organization.registry.SearchHit;
import vn.phoihop.organization.scope.Access;
import vn.phoihop.organization.scope.Scopes;
import vn.phoihop.organization.spi.Actor;

/**
 * The organisations an administrator may appoint a person to, found by name: the registry's search
 * ({@link OrganizationDirectory#search}, diacritics ignored, as of today) narrowed to the administrator's own scope,
 * so the chooser never offers an organisation that {@link People#appoint} would refuse. Administrators only (else
 * 403), for a person they may see (else 404).
 */
@Service
@Transactional(readOnly = true)
public class AppointmentChoices {

    private final Access access;
    private final Scopes scopes;
    private final OrganizationDirectory directory;
    private final People people;

    AppointmentChoices(Access access, Scopes scopes, OrganizationDirectory directory, People people) {
        this.access = access;
        this.scopes = scopes;
        this.directory = directory;
        this.people = people;
    }

    /** Organisations in force today whose name contains {@code text}, within the acting administrator's scope. */
    public List<OrganizationView> search(long personId, String text) {
        Actor actor = access.requireAdministrator();
        people.person(personId);
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Scope scope = access.scope(actor);
        List<OrganizationView> found = directory.search(text, VietnamTime.today()).stream()
                .map(SearchHit::organization).toList();
        Set<Long> within = scopes.within(scope, found.stream().map(OrganizationView::id).toList());
        return found.stream().filter(o -> within.contains(o.id())).toList();
    }
}
