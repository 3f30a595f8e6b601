package vn.phoihop.organization.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import vn.phoihop.organization.people.PeopleCommands.CreatePerson;
import vn.phoihop.organization.people.PositionTitle;
import vn.phoihop.organization.people.Rank;

/** The "add a person" form of an organisation's page; dates as dd/MM/yyyy. */
record PersonForm(String fullName, Rank rank, PositionTitle title,
        @DateTimeFormat(pattern = OrganizationPagesController.DATE) LocalDate validFrom) {

    CreatePerson toCommand(long organizationId) {
        return new CreatePerson(fullName, rank, organizationId, title, validFrom);
    }
}
