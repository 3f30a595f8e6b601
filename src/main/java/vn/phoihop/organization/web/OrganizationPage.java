package vn.phoihop.organization.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.organization.ReorganizationKind;
import vn.phoihop.organization.people.People;
import vn.phoihop.organization.people.PeopleCommands.CreatePerson;
import vn.phoihop.organization.people.PositionTitle;
import vn.phoihop.organization.people.PositionView;
import vn.phoihop.organization.people.Rank;
import vn.phoihop.organization.registry.LeadershipKind;
import vn.phoihop.organization.registry.LeadershipLinkView;
import vn.phoihop.organization.registry.OrganizationCommands.AddLeadershipLink;
import vn.phoihop.organization.registry.OrganizationCommands.CreateOrganization;
import vn.phoihop.organization.registry.OrganizationCommands.EndLeadershipLink;
import vn.phoihop.organization.registry.OrganizationCommands.UpdateOrganization;
import vn.phoihop.organization.registry.OrganizationDirectory;
import vn.phoihop.organization.registry.OrganizationView;
import vn.phoihop.platform.VietnamTime;

/**
 * An organisation's page ({@code organization/organization}): what it shows and the empty forms on it. Shown by
 * {@link OrganizationPagesController} and again, with the submitted form and its errors, by the controllers that
 * receive those forms ({@link OrganizationAdminController}, {@link PeoplePagesController}). Every read goes through
 * {@link OrganizationDirectory} and {@link People}, which check access.
 */
@Component
class OrganizationPage {

    /** The page's view name. */
    static final String VIEW = "organization/organization";

    /** The model attributes of the page's forms, each bound to the command it submits. */
    static final String UNIT = "unit";
    static final String CORRECTION = "correction";
    static final String LEADERSHIP_LINK = "leadershipLink";
    static final String END_LINK = "endLink";
    static final String NEW_PERSON = "newPerson";

    private final OrganizationDirectory directory;
    private final People people;

    OrganizationPage(OrganizationDirectory directory, People people) {
        this.directory = directory;
        this.people = people;
    }

    /**
     * Fills the model for the organisation as of {@code date} (today when null) and returns the view name; a form
     * already in the model (submitted with errors) is kept, the others are added empty.
     */
    String show(long id, LocalDate date, Model model) {
        LocalDate asOf = date == null ? VietnamTime.today() : date;
        var history = directory.history(id);
        OrganizationView shown = history.organization().validOn(asOf) ? directory.get(id, asOf) : history.organization();
        boolean inForce = shown.validOn(asOf);
        model.addAttribute("asOf", asOf);
        model.addAttribute("org", shown);
        model.addAttribute("history", history);
        model.addAttribute("predecessors", directory.predecessors(id));
        model.addAttribute("successors", inForce ? List.of() : directory.successors(id, asOf));
        List<LeadershipLinkView> leadership = directory.leadership(id, asOf);
        model.addAttribute("leadership", leadership);
        model.addAttribute("led", inForce ? ledFurther(id, asOf, leadership) : List.of());
        model.addAttribute("children", inForce ? sorted(directory.list(asOf, null, id)) : List.of());
        model.addAttribute("reorganizationKinds", ReorganizationKind.values());
        model.addAttribute("titles", PositionTitle.values());
        model.addAttribute("unitKinds", OrganizationKind.values());
        model.addAttribute("leadershipKinds", LeadershipKind.values());
        model.addAttribute("leaders", inForce ? leaders(asOf) : List.of());
        model.addAttribute("ranks", Rank.values());
        Optional<List<PositionView>> positions = people.positionsInScope(id, asOf);
        model.addAttribute("peopleInScope", positions.isPresent());
        model.addAttribute("positions", inForce ? positions.orElse(List.of()) : List.of());
        if (shown.parentId() != null) {
            model.addAttribute("parent", directory.get(shown.parentId(), inForce ? asOf : shown.asOf()));
        }
        Forms.addIfAbsent(model, UNIT, new CreateOrganization(null, null, null, null, null, id, null));
        Forms.addIfAbsent(model, CORRECTION, new UpdateOrganization(shown.code(), shown.name(), shown.shortName(),
                shown.abbreviation(), shown.version()));
        Forms.addIfAbsent(model, LEADERSHIP_LINK, new AddLeadershipLink(null, null, null, null));
        Forms.addIfAbsent(model, END_LINK, new EndLeadershipLink(null, null));
        Forms.addIfAbsent(model, NEW_PERSON, new CreatePerson(null, null, id, null, null));
        model.addAttribute("failedForm", Forms.failedForm(model));
        return VIEW;
    }

    /** The organisations led further down than directly: the direct ones are among the leadership links already. */
    private List<OrganizationView> ledFurther(long id, LocalDate date, List<LeadershipLinkView> leadership) {
        Set<Long> direct = leadership.stream().filter(l -> l.leaderId() == id).map(LeadershipLinkView::organizationId)
                .collect(Collectors.toSet());
        return directory.ledThrough(id, null, date).stream().filter(o -> !direct.contains(o.id())).toList();
    }

    /** Possible leaders for a leadership link: the Ministry, the Central Public Security Party Committee, the Party committees. */
    private List<OrganizationView> leaders(LocalDate date) {
        List<OrganizationView> leaders = new ArrayList<>();
        for (OrganizationKind kind : List.of(OrganizationKind.MINISTRY, OrganizationKind.CENTRAL_POLICE_PARTY_COMMITTEE,
                OrganizationKind.PROVINCIAL_PARTY_COMMITTEE)) {
            leaders.addAll(sorted(directory.list(date, kind, null)));
        }
        return leaders;
    }

    /** Central bodies first, then by kind, then in official order. */
    static List<OrganizationView> sorted(List<OrganizationView> organizations) {
        return organizations.stream()
                .sorted(Comparator.comparing((OrganizationView o) -> !o.kind().central())
                        .thenComparing(o -> o.kind().ordinal()).thenComparing(OrganizationView.OFFICIAL_ORDER))
                .toList();
    }
}
