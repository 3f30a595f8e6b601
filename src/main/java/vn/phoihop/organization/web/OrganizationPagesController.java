package vn.phoihop.organization.web;

import java.time.LocalDate;

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
import vn.phoihop.organization.unitfile.OrganizationImports;
import vn.phoihop.organization.registry.OrganizationView;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.VietnamTime;

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
    private final OrganizationPage page;
    private final OrganizationImports files;

    OrganizationPagesController(OrganizationDirectory directory, OrganizationPage page, OrganizationImports files) {
        this.directory = directory;
        this.page = page;
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
        model.addAttribute("children", OrganizationPage.sorted(directory.list(date, null, root.id())));
        return htmx != null ? "organization/tree :: results" : "organization/tree";
    }

    @GetMapping("/{id}/children")
    String children(@PathVariable long id,
            @RequestParam(name = "asOf", required = false) @DateTimeFormat(pattern = DATE) LocalDate asOf, Model model) {
        LocalDate date = asOf == null ? today() : asOf;
        directory.get(id, date);
        model.addAttribute("asOf", date);
        model.addAttribute("children", OrganizationPage.sorted(directory.list(date, null, id)));
        return "organization/tree :: branch";
    }

    @GetMapping("/{id}")
    String organization(@PathVariable long id,
            @RequestParam(name = "asOf", required = false) @DateTimeFormat(pattern = DATE) LocalDate asOf, Model model) {
        return page.show(id, asOf, model);
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

    static LocalDate today() {
        return VietnamTime.today();
    }
}
