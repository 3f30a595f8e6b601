package vn.phoihop.account.web;

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

import vn.phoihop.account.Accounts;
import vn.phoihop.account.Clearance;
import vn.phoihop.account.Role;
import vn.phoihop.account.UserCommands.CreateUser;
import vn.phoihop.account.UserCommands.ResetPassword;
import vn.phoihop.account.UserCommands.UpdateUser;
import vn.phoihop.account.UserView;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.web.Notice;

/** Administration of user accounts: list, create, edit, disable, reset a password, end sessions. */
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
        model.addAttribute("users", accounts.search(query, Math.max(0, page), PAGE_SIZE));
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
            errors.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
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
            errors.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
            return editForm(user, model);
        }
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, RedirectAttributes redirect) {
        accounts.disable(id);
        redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("user.disabled"));
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, RedirectAttributes redirect) {
        accounts.enable(id);
        redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("user.enabled"));
        return "redirect:/admin/users/" + id;
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
        accounts.resetPassword(id, form);
        redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("user.passwordReset"));
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/sessions/end")
    String endSessions(@PathVariable long id, RedirectAttributes redirect) {
        int ended = accounts.endSessions(id);
        redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("user.sessionsEnded", ended));
        return "redirect:/admin/users/" + id;
    }

    private String createForm(Model model) {
        model.addAttribute("organizations", accounts.assignableOrganizations());
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("clearances", Clearance.values());
        return "admin/user-new";
    }

    private String editForm(UserView user, Model model) {
        model.addAttribute("user", user);
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new ResetPassword(null));
        }
        model.addAttribute("organizations", accounts.assignableOrganizations());
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("clearances", Clearance.values());
        return "admin/user-edit";
    }
}
