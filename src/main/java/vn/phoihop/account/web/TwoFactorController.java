package vn.phoihop.account.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.account.security.TwoFactor;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.web.Notice;

/** The user's own sign-in security: turning two-factor codes on and off. */
@Controller
@RequestMapping("/account/security")
class TwoFactorController {

    private final TwoFactor twoFactor;

    TwoFactorController(TwoFactor twoFactor) {
        this.twoFactor = twoFactor;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("totpEnabled", twoFactor.enabledForCurrentUser());
        return "account/security";
    }

    @PostMapping("/totp/setup")
    String setup(Model model) {
        model.addAttribute("enrolment", twoFactor.startEnrolment());
        model.addAttribute("totpEnabled", false);
        return "account/security";
    }

    @PostMapping("/totp/enable")
    String enable(@RequestParam(name = "code", required = false) String code, Model model,
            RedirectAttributes redirect) {
        try {
            twoFactor.confirm(code);
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("totp.enabled"));
            return "redirect:/account/security";
        }
        catch (UserFacingException ex) {
            redirect.addFlashAttribute(Notice.PROBLEM, Notice.refusal(ex));
            return "redirect:/account/security";
        }
    }

    @PostMapping("/totp/disable")
    String disable(@RequestParam(name = "code", required = false) String code, RedirectAttributes redirect) {
        try {
            twoFactor.disable(code);
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("totp.disabled"));
        }
        catch (UserFacingException ex) {
            redirect.addFlashAttribute(Notice.PROBLEM, Notice.refusal(ex));
        }
        return "redirect:/account/security";
    }
}
