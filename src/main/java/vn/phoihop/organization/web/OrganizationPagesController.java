package vn.phoihop.organization.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.phoihop.organization.unitfile.FileFormat;
import vn.phoihop.organization.registry.OrganizationDirectory;
import vn.phoihop.organization.registry.LeadershipKind;
import vn.phoihop.organization.registry.LeadershipLinkView;
import vn.phoihop.organization.unitfile.OrganizationImports;
import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.organization.registry.OrganizationView;
import vn.phoihop.organization.people.People;
import vn.phoihop.organization.people.PositionTitle;
import vn.phoihop.organization.people.PositionView;
import vn.phoihop.organization.people.Rank;
import vn.phoihop.organization.ReorganizationKind;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.VietnamTime;
import vn.phoihop.platform.web.Formats;

/**
 * The registry's pages: the tree as of a date (expanded level by level with htmx), search that ignores
 * diacritics, an organisation's page (history timeline, predecessors and successors, leadership, units, people)
 * and the export of its units. Every read goes through {@link OrganizationDirectory}, which checks access.
 */
@Controller
@RequestMapping("/organizations")
class OrganizationPagesController {

    static final String DATE = "dd/MM/yyyy";

    private final OrganizationDirectory directory;
    private final People people;
    private final OrganizationImports files;

    OrganizationPagesController(OrganizationDirectory directory, People people, OrganizationImports files) {
        this.directory = directory;
        this.people = people;
        this.files = files;
    }

    @GetMapping
    String tree(@RequestParam(name = "asOf", required = false) @DateTimeFormat(pattern = DATE) LocalDate asOf,
            @RequestParam(name = "q", required = false) String query,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        LocalDate date = asOf == null ? today() : asOf;
        model.addAttribute("asOf", date);
        model.addAttribute("q", query);
        if (query != null) {
            model.addAttribute("hits", directory.search(query, date));
        }
        OrganizationView root = directory.nationalRoot();
        model.addAttribute("root", root);
        model.addAttribute("children", sorted(directory.list(date, null, root.id())));
        return htmx != null ? "organization/tree :: results" : "organization/tree";
    }

    @GetMapping("/{id}/children")
    String children(@PathVariable long id,
            @RequestParam(name = "asOf", required = false) @DateTimeFormat(pattern = DATE) LocalDate asOf, Model model) {
        LocalDate date = asOf == null ? today() : asOf;
        directory.get(id, date);
        model.addAttribute("asOf", date);
        model.addAttribute("children", sorted(directory.list(date, null, id)));
        return "organization/tree :: branch";
    }

    @GetMapping("/{id}")
    String organization(@PathVariable long id,
            @RequestParam(name = "asOf", required = false) @DateTimeFormat(pattern = DATE) LocalDate asOf, Model model) {
        LocalDate date = asOf == null ? today() : asOf;
        var history = directory.history(id);
        OrganizationView shown = history.organization().validOn(date) ? directory.get(id, date) : history.organization();
        model.addAttribute("asOf", date);
        model.addAttribute("org", shown);
        model.addAttribute("history", history);
        model.addAttribute("predecessors", directory.predecessors(id));
        model.addAttribute("successors", shown.validOn(date) ? List.of() : directory.successors(id, date));
        List<LeadershipLinkView> leadership = directory.leadership(id, date);
        model.addAttribute("leadership", leadership);
        model.addAttribute("led", shown.validOn(date) ? ledFurther(id, date, leadership) : List.of());
        model.addAttribute("children", shown.validOn(date) ? sorted(directory.list(date, null, id)) : List.of());
        model.addAttribute("reorganizationKinds", ReorganizationKind.values());
        model.addAttribute("titles", PositionTitle.values());
        model.addAttribute("unitKinds", OrganizationKind.values());
        model.addAttribute("leadershipKinds", LeadershipKind.values());
        model.addAttribute("leaders", shown.validOn(date) ? leaders(date) : List.of());
        model.addAttribute("ranks", Rank.values());
        Optional<List<PositionView>> positions = people.positionsInScope(id, date);
        model.addAttribute("peopleInScope", positions.isPresent());
        model.addAttribute("positions", shown.validOn(date) ? positions.orElse(List.of()) : List.of());
        if (shown.parentId() != null) {
            model.addAttribute("parent", directory.get(shown.parentId(), shown.validOn(date) ? date : shown.asOf()));
        }
        return "organization/organization";
    }

    @GetMapping("/{id}/units.{format}")
    ResponseEntity<byte[]> export(@PathVariable long id, @PathVariable String format,
            @RequestParam(name = "asOf", required = false) @DateTimeFormat(pattern = DATE) LocalDate asOf) {
        FileFormat fileFormat = FileFormat.of(format, null)
                .orElseThrow(() -> UserFacingException.notFound("import.format.unknown"));
        LocalDate date = asOf == null ? today() : asOf;
        OrganizationView org = directory.get(id, date);
        byte[] content = files.export(id, date, fileFormat);
        String name = "don-vi-" + org.code() + "-" + date + "." + fileFormat.extension();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(fileFormat.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(content);
    }

    /** The organisations led further down than directly: the direct ones are among the leadership links already. */
    private List<OrganizationView> ledFurther(long id, LocalDate date, List<LeadershipLinkView> leadership) {
        Set<Long> direct = leadership.stream().filter(l -> l.leaderId() == id).map(LeadershipLinkView::organizationId)
                .collect(Collectors.toSet());
        return directory.ledThrough(id, null, date).stream().filter(o -> !direct.contains(o.id())).toList();
    }

    /** Possible leaders for a leadership link: the Ministry, the Central Public Security Party Committee, the Party committees. */
    private List<OrganizationView> leaders(LocalDate date) {
        List<OrganizationView> leaders = new java.util.ArrayList<>();
        for (OrganizationKind kind : List.of(OrganizationKind.MINISTRY, OrganizationKind.CENTRAL_POLICE_PARTY_COMMITTEE,
                OrganizationKind.PROVINCIAL_PARTY_COMMITTEE)) {
            leaders.addAll(sorted(directory.list(date, kind, null)));
        }
        return leaders;
    }

    static LocalDate today() {
        return VietnamTime.today();
    }

    private static List<OrganizationView> sorted(List<OrganizationView> organizations) {
        return organizations.stream()
                .sorted(Comparator.comparing((OrganizationView o) -> !o.kind().central())
                        .thenComparing(o -> o.kind().ordinal()).thenComparing(OrganizationView.OFFICIAL_ORDER))
                .toList();
    }
}
