package vn.phoihop.account.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: greets the user with their organisation and roles (the layout's model has both). */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
