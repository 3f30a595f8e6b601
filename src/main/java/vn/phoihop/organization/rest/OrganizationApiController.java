package vn.phoihop.organization.rest;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.phoihop.organization.registry.LeadershipKind;
import vn.phoihop.organization.registry.LeadershipLinkView;
import vn.phoihop.organization.registry.OrganizationAdministration;
import vn.phoihop.organization.registry.OrganizationCommands.AddLeadershipLink;
import vn.phoihop.organization.registry.OrganizationCommands.CreateOrganization;
import vn.phoihop.organization.registry.OrganizationCommands.EndLeadershipLink;
import vn.phoihop.organization.registry.OrganizationCommands.UpdateOrganization;
import vn.phoihop.organization.registry.OrganizationDirectory;
import vn.phoihop.organization.registry.OrganizationHistory;
import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.organization.registry.OrganizationView;
import vn.phoihop.organization.registry.SearchHit;
import vn.phoihop.organization.registry.Succession;
import vn.phoihop.organization.registry.TreeNode;

/**
 * The registry as JSON. Dates are ISO (YYYY-MM-DD); without {@code asOf} the answer is as of today. Access is
 * decided by the services (ACCESS.md): an organisation the caller may not read is 404.
 */
@RestController
@RequestMapping("/api/v1/organizations")
@Tag(name = "Tổ chức / Organisations")
class OrganizationApiController {

    private final OrganizationDirectory directory;
    private final OrganizationAdministration administration;

    OrganizationApiController(OrganizationDirectory directory, OrganizationAdministration administration) {
        this.directory = directory;
        this.administration = administration;
    }

    @GetMapping
    @Operation(summary = "Các tổ chức có hiệu lực vào một ngày / Organisations in force on a date")
    List<OrganizationView> list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) OrganizationKind kind, @RequestParam(required = false) Long parentId) {
        return directory.list(asOf, kind, parentId);
    }

    @GetMapping("/search")
    @Operation(summary = "Tìm theo tên, không phân biệt dấu / Search by name, ignoring diacritics")
    List<SearchHit> search(@RequestParam(required = false) String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return directory.search(q, asOf);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một tổ chức vào một ngày / One organisation as of a date")
    OrganizationView get(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return directory.get(id, asOf);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Lịch sử: tên, cấp trên, quan hệ lãnh đạo, sắp xếp / History")
    OrganizationHistory history(@PathVariable long id) {
        return directory.history(id);
    }

    @GetMapping("/{id}/successors")
    @Operation(summary = "Đơn vị kế thừa / Successor chain")
    List<Succession> successors(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return directory.successors(id, asOf);
    }

    @GetMapping("/{id}/predecessors")
    @Operation(summary = "Đơn vị tiền thân / Predecessor chain")
    List<Succession> predecessors(@PathVariable long id) {
        return directory.predecessors(id);
    }

    @GetMapping("/{id}/descendants")
    @Operation(summary = "Các đơn vị trực thuộc vào một ngày / Descendants as of a date")
    List<TreeNode> descendants(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return directory.descendants(id, asOf);
    }

    @GetMapping("/{id}/leadership")
    @Operation(summary = "Quan hệ lãnh đạo (song trùng) vào một ngày / Leadership links as of a date")
    List<LeadershipLinkView> leadership(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return directory.leadership(id, asOf);
    }

    @GetMapping("/{id}/led")
    @Operation(summary = "Các tổ chức được lãnh đạo (theo một hoặc cả hai ngành) / Organisations led along one or both lines")
    List<OrganizationView> led(@PathVariable long id, @RequestParam(required = false) LeadershipKind kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return directory.ledThrough(id, kind, asOf);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Tạo tổ chức (quản trị) / Create an organisation (administrators)")
    OrganizationView create(@RequestBody CreateOrganization command) {
        return administration.create(command);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Sửa mã, tên hiện hành (quản trị) / Correct code and current name (administrators)")
    OrganizationView update(@PathVariable long id, @RequestBody UpdateOrganization command) {
        return administration.update(id, command);
    }

    @PostMapping("/{id}/leadership")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Thêm quan hệ lãnh đạo (quản trị) / Add a leadership link (administrators)")
    LeadershipLinkView addLink(@PathVariable long id, @RequestBody AddLeadershipLink command) {
        return administration.addLeadershipLink(id, command);
    }

    @PostMapping("/{id}/leadership/end")
    @Operation(summary = "Kết thúc quan hệ lãnh đạo (quản trị) / End a leadership link (administrators)")
    LeadershipLinkView endLink(@PathVariable long id, @RequestBody EndLeadershipLink command) {
        return administration.endLeadershipLink(id, command);
    }
}
