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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.phoihop.organization.people.People;
import vn.phoihop.organization.people.PeopleCommands.Appoint;
import vn.phoihop.organization.people.PeopleCommands.CreatePerson;
import vn.phoihop.organization.people.PeopleCommands.EndPosition;
import vn.phoihop.organization.people.PeopleCommands.Promote;
import vn.phoihop.organization.people.PersonView;
import vn.phoihop.organization.people.PositionView;

/** People and positions, visible only within scope; changes for administrators. */
@RestController
@Tag(name = "Nhân sự / People and positions")
class PeopleApiController {

    private final People people;

    PeopleApiController(People people) {
        this.people = people;
    }

    @GetMapping("/api/v1/organizations/{id}/positions")
    @Operation(summary = "Chức vụ trong tổ chức vào một ngày / Positions in an organisation as of a date")
    List<PositionView> positions(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return people.positions(id, asOf);
    }

    @GetMapping("/api/v1/people/{id}")
    @Operation(summary = "Một người / One person")
    PersonView person(@PathVariable long id) {
        return people.person(id);
    }

    @PostMapping("/api/v1/people")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Thêm người (quản trị) / Add a person (administrators)")
    PersonView create(@RequestBody CreatePerson command) {
        return people.create(command);
    }

    @PostMapping("/api/v1/people/{id}/positions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Bổ nhiệm (quản trị) / Appoint (administrators)")
    PositionView appoint(@PathVariable long id, @RequestBody Appoint command) {
        return people.appoint(id, command);
    }

    @PostMapping("/api/v1/people/{id}/ranks")
    @Operation(summary = "Thăng cấp hàm (quản trị) / Promote (administrators)")
    PersonView promote(@PathVariable long id, @RequestBody Promote command) {
        return people.promote(id, command);
    }

    @PostMapping("/api/v1/positions/{id}/end")
    @Operation(summary = "Kết thúc chức vụ (quản trị) / End a position (administrators)")
    PositionView end(@PathVariable long id, @RequestBody EndPosition command) {
        return people.endPosition(id, command);
    }
}
