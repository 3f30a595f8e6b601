package vn.phoihop.organization.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.phoihop.organization.People;

/** A person's page: rank history and positions held; visible only within scope (else "not found"). */
@Controller
class PeoplePagesController {

    private final People people;

    PeoplePagesController(People people) {
        this.people = people;
    }

    @GetMapping("/people/{id}")
    String person(@PathVariable long id, Model model) {
        model.addAttribute("person", people.person(id));
        return "organization/person";
    }
}
