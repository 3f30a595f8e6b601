package vn.phoihop.account.rest;

import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.phoihop.account.Clearance;
import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.organization.OrganizationSummary;
import vn.phoihop.organization.Organizations;

/** Who the caller is. */
@RestController
@Tag(name = "Tài khoản / Account")
class MeApiController {

    private final Organizations organizations;

    MeApiController(Organizations organizations) {
        this.organizations = organizations;
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "Người dùng hiện tại / The current user")
    Me me() {
        CurrentUser user = CurrentUser.require();
        OrganizationSummary org = organizations.find(user.organizationId()).orElseThrow();
        return new Me(user.getUsername(), user.fullName(), user.roles(),
                new Organization(org.id(), org.code(), org.name()), user.clearance());
    }

    record Me(String username, String fullName, Set<Role> roles, Organization organization, Clearance clearance) {
    }

    record Organization(long id, String code, String name) {
    }
}
