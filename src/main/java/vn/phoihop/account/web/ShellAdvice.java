package vn.phoihop.account.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

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

    /** The layout's data; none for a handler that answers with a body instead of a page (the JSON API). */
    @ModelAttribute("shell")
    Shell shell(HttpServletRequest request) {
        if (request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler
                && (handler.hasMethodAnnotation(ResponseBody.class)
                        || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class))) {
            return null;
        }
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
