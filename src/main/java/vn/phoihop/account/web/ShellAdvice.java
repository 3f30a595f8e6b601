package vn.phoihop.account.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.organization.OrganizationSummary;
import vn.phoihop.organization.Organizations;
import vn.phoihop.platform.PhoiHopSettings;

/** Gives every page what the layout needs: the signed-in user, their organisation, the menu, the DEMO banner. */
@ControllerAdvice(annotations = Controller.class)
class ShellAdvice {

    private final PhoiHopSettings settings;
    private final Organizations organizations;

    ShellAdvice(PhoiHopSettings settings, Organizations organizations) {
        this.settings = settings;
        this.organizations = organizations;
    }

    @ModelAttribute("shell")
    Shell shell(HttpServletRequest request) {
        CurrentUser user = CurrentUser.find().orElse(null);
        String organization = user == null ? null
                : organizations.find(user.organizationId()).map(OrganizationSummary::name).orElse(null);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return new Shell(settings.demo(), user, organization, user != null && user.has(Role.SYSTEM_ADMIN),
                "/error".equals(path) ? "/" : path);
    }

    /** What the layout shows. */
    record Shell(boolean demo, CurrentUser user, String organizationName, boolean admin, String path) {
    }
}
