package vn.phoihop.account.web;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.security.LoginHandlers;

/** The sign-in page; the form posts to Spring Security's {@code POST /login}. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        if (CurrentUser.find().isPresent()) {
            return "redirect:/";
        }
        Object error = session.getAttribute(LoginHandlers.LOGIN_ERROR);
        if (error instanceof LoginHandlers.LoginError loginError) {
            model.addAttribute("loginError", loginError);
            session.removeAttribute(LoginHandlers.LOGIN_ERROR);
        }
        return "login";
    }
}
