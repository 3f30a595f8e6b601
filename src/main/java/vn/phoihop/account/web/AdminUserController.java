package vn.phoihop.account.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.account.user.Accounts;
import vn.phoihop.account.Clearance;
import vn.phoihop.account.Role;
import vn.phoihop.account.user.UserCommands.CreateUser;
import vn.phoihop.account.user.UserCommands.ResetPassword;
import vn.phoihop.account.user.UserCommands.UpdateUser;
import vn.phoihop.account.user.UserView;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.web.Notice;

/**
 * Administration of user accounts: list, create, edit, disable, reset a password, end sessions. The forms offer
 * only the roles and clearances the administrator may grant; the service checks them again, and its refusals
 * appear beside the field concerned or at the top of the account's page.
 */
@Controller
@RequestMapping("/admin/users")
class AdminUserController {

    private static final int PAGE_SIZE = 20;

    private final Accounts accounts;

    AdminUserController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String list(@RequestParam(name = "q", required = false) String query,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("users", accounts.search(query, page, PAGE_SIZE));
        model.addAttribute("q", query);
        return htmx != null ? "admin/users :: results" : "admin/users";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        model.addAttribute("form", new CreateUser(null, null, null, null, null, Clearance.NONE, null));
        return createForm(model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") CreateUser form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return createForm(model);
        }
        try {
            UserView created = accounts.create(form);
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("user.created"));
            return "redirect:/admin/users/" + created.id();
        }
        catch (UserFacingException ex) {
            reject(errors, ex);
            return createForm(model);
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        UserView user = accounts.get(id);
        model.addAttribute("form", new UpdateUser(user.fullName(), user.email(), user.organizationId(), user.roles(),
                user.clearance(), user.version()));
        return editForm(user, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") UpdateUser form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        UserView user = accounts.get(id);
        if (errors.hasErrors()) {
            return editForm(user, model);
        }
        try {
            accounts.update(id, form);
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("user.updated"));
            return "redirect:/admin/users/" + id;
        }
        catch (UserFacingException ex) {
            if (ex.status() == 404) {
                throw ex;
            }
            reject(errors, ex);
            return editForm(user, model);
        }
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, RedirectAttributes redirect) {
        return refusable(id, redirect, () -> {
            accounts.disable(id);
            return new Notice("user.disabled");
        });
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, RedirectAttributes redirect) {
        return refusable(id, redirect, () -> {
            accounts.enable(id);
            return new Notice("user.enabled");
        });
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, @Valid @ModelAttribute("passwordForm") ResetPassword form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        UserView user = accounts.get(id);
        if (errors.hasErrors()) {
            model.addAttribute("form", new UpdateUser(user.fullName(), user.email(), user.organizationId(),
                    user.roles(), user.clearance(), user.version()));
            return editForm(user, model);
        }
        return refusable(id, redirect, () -> {
            accounts.resetPassword(id, form);
            return new Notice("user.passwordReset");
        });
    }

    @PostMapping("/{id}/sessions/end")
    String endSessions(@PathVariable long id, RedirectAttributes redirect) {
        return refusable(id, redirect, () -> new Notice("user.sessionsEnded", accounts.endSessions(id)));
    }

    /** Runs an action on the account; a refusal (other than "not found") is shown on its page. */
    private static String refusable(long id, RedirectAttributes redirect, Supplier<Notice> action) {
        try {
            redirect.addFlashAttribute(Notice.ATTRIBUTE, action.get());
        }
        catch (UserFacingException ex) {
            redirect.addFlashAttribute(Notice.PROBLEM, Notice.refusal(ex));
        }
        return "redirect:/admin/users/" + id;
    }

    /** Shows a refusal beside the field it is about (roles, clearance, organisation), else above the form. */
    private static void reject(BindingResult errors, UserFacingException ex) {
        String key = ex.messageKey();
        String field = key.startsWith("user.roles.") ? "roles" : key.startsWith("user.clearance.") ? "clearance"
                : key.startsWith("user.organization.") ? "organizationId" : null;
        if (field != null) {
            errors.rejectValue(field, key, ex.arguments(), key);
        }
        else {
            errors.reject(key, ex.arguments(), key);
        }
    }

    private String createForm(Model model) {
        model.addAttribute("organizations", accounts.assignableOrganizations());
        model.addAttribute("allRoles", accounts.grantableRoles());
        model.addAttribute("clearances", accounts.grantableClearances());
        return "admin/user-new";
    }

    private String editForm(UserView user, Model model) {
        model.addAttribute("user", user);
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new ResetPassword(null));
        }
        model.addAttribute("organizations", accounts.assignableOrganizations());
        Set<Role> roles = EnumSet.copyOf(accounts.grantableRoles());
        roles.addAll(user.roles());
        model.addAttribute("allRoles", roles);
        List<Clearance> clearances = new ArrayList<>(accounts.grantableClearances());
        if (!clearances.contains(user.clearance())) {
            clearances.add(user.clearance());
        }
        model.addAttribute("clearances", clearances);
        return "admin/user-edit";
    }
}
