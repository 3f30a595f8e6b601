package vn.phoihop.organization.web;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.organization.people.AppointmentChoices;
import vn.phoihop.organization.people.People;
import vn.phoihop.organization.people.PeopleCommands.EndPosition;
import vn.phoihop.organization.people.PeopleCommands.Promote;
import vn.phoihop.organization.people.PersonView;
import vn.phoihop.organization.people.PositionTitle;
import vn.phoihop.organization.people.PositionView;
import vn.phoihop.organization.people.Rank;
import vn.phoihop.organization.registry.OrganizationDirectory;
import vn.phoihop.organization.registry.OrganizationHistory;
import vn.phoihop.organization.registry.OrganizationView;
import vn.phoihop.platform.UserFacingException;

/**
 * The people forms, without a database: adding a person on an organisation's page, and appointing, promoting and
 * ending a position on a person's page. Blank, too long and impossible input is shown again beside its field and
 * nothing is asked of {@link People} but the access decision; a refusal of the service lands on its field.
 */
@WebMvcTest(PeoplePagesController.class)
@WebSlice
@Import(OrganizationPage.class)
class PeoplePagesControllerTests {

    private static final long ORG = 4711;
    private static final long PERSON = 42;
    private static final long POSITION = 7;

    @Autowired MockMvc mvc;
    @MockitoBean People people;
    @MockitoBean AppointmentChoices appointmentChoices;
    @MockitoBean OrganizationDirectory directory;

    @BeforeEach
    void anOrganisationAndAPerson() {
        WebSlice.Requests.signInAsAdministrator();
        OrganizationView org = new OrganizationView(ORG, "T20-CA-PX", null, OrganizationKind.POLICE_UNIT,
                "Phòng Thử", null, null, null, null, LocalDate.of(2025, 7, 1), null, LocalDate.now(), 3);
        given(directory.history(ORG)).willReturn(new OrganizationHistory(org, List.of(), List.of(), List.of(),
                List.of()));
        given(directory.get(eq(ORG), any())).willReturn(org);
        given(people.positionsInScope(eq(ORG), any())).willReturn(java.util.Optional.of(List.of()));
        PositionView position = new PositionView(POSITION, PERSON, "Trịnh Văn Thử", Rank.MAJOR, ORG, "Phòng Thử",
                PositionTitle.DIVISION_HEAD, false, LocalDate.of(2025, 8, 1), null);
        given(people.person(PERSON)).willReturn(new PersonView(PERSON, "Trịnh Văn Thử", Rank.MAJOR, List.of(),
                List.of(position), 0));
        given(people.editablePosition(POSITION)).willReturn(position);
    }

    @Test
    void aBlankPersonIsShownAgainOnTheOrganisationsPage() throws Exception {
        mvc.perform(form("/organizations/" + ORG + "/people").param("organizationId", String.valueOf(ORG)))
                .andExpect(status().isOk())
                .andExpect(view().name(OrganizationPage.VIEW))
                .andExpect(model().attributeHasFieldErrorCode("newPerson", "fullName", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("newPerson", "title", "NotNull"))
                .andExpect(model().attributeHasFieldErrorCode("newPerson", "validFrom", "NotNull"))
                .andExpect(content().string(containsString("id=\"fullName-error\"")))
                .andExpect(content().string(containsString("Vui lòng nhập họ và tên.")));
        then(people).should().requireCreator(ORG);
        then(people).should(never()).create(any());
    }

    @Test
    void aTooLongNameWithAnImpossibleDateGetsBothErrors() throws Exception {
        mvc.perform(form("/organizations/" + ORG + "/people").param("organizationId", String.valueOf(ORG))
                        .param("fullName", "T".repeat(201)).param("title", "OFFICER").param("validFrom", "30/02/2026"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("newPerson", "fullName", "Size"))
                .andExpect(model().attributeHasFieldErrorCode("newPerson", "validFrom", "typeMismatch"))
                .andExpect(content().string(containsString("Họ và tên dài tối đa 200 ký tự.")))
                .andExpect(content().string(containsString("id=\"validFrom-error\"")));
        then(people).should(never()).create(any());
    }

    @Test
    void anAppointmentWithoutOrganisationIsShownBesideTheChooser() throws Exception {
        mvc.perform(form("/people/" + PERSON + "/positions").param("title", "OFFICER").param("validFrom",
                        "01/09/2025"))
                .andExpect(status().isOk())
                .andExpect(view().name("organization/person"))
                .andExpect(model().attributeHasFieldErrorCode("appointment", "organizationId", "NotNull"))
                .andExpect(content().string(containsString("id=\"organizationId-error\"")))
                .andExpect(content().string(containsString("Vui lòng chọn tổ chức.")));
        then(people).should().requireEditor(PERSON);
        then(people).should(never()).appoint(anyLong(), any());
    }

    @Test
    void aPromotionOnAnImpossibleDateIsNotRecorded() throws Exception {
        mvc.perform(form("/people/" + PERSON + "/ranks").param("rank", "LIEUTENANT_COLONEL").param("validFrom",
                        "31/04/2026"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("promotion", "validFrom", "typeMismatch"))
                .andExpect(content().string(containsString("id=\"rankFrom-error\"")));
        then(people).should(never()).promote(anyLong(), any());
    }

    @Test
    void aDateBeforeIndependenceIsShownBesideItsFieldNotAsAnErrorPage() throws Exception {
        mvc.perform(form("/people/" + PERSON + "/ranks").param("rank", "MAJOR").param("validFrom", "01/01/1900"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("promotion", "validFrom", "typeMismatch"))
                .andExpect(content().string(containsString("từ 02/09/1945 đến 31/12/2100")));
        then(people).should(never()).promote(anyLong(), any());
    }

    @Test
    void aRankRefusedByTheServiceIsShownBesideTheRank() throws Exception {
        given(people.promote(eq(PERSON), any())).willThrow(UserFacingException.invalid("person.rank.invalid"));

        mvc.perform(form("/people/" + PERSON + "/ranks").param("rank", "MAJOR").param("validFrom", "01/01/2026"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("promotion", "rank", "person.rank.invalid"));
        then(people).should().promote(PERSON, new Promote(Rank.MAJOR, LocalDate.of(2026, 1, 1)));
    }

    @Test
    void endingAPositionWithoutDateShowsTheErrorBesideThatPosition() throws Exception {
        mvc.perform(form("/positions/" + POSITION + "/end"))
                .andExpect(status().isOk())
                .andExpect(view().name("organization/person"))
                .andExpect(model().attributeHasFieldErrorCode("ending", "validTo", "NotNull"))
                .andExpect(content().string(containsString("id=\"end-" + POSITION + "-error\"")));
        then(people).should(never()).endPosition(anyLong(), any());
    }

    @Test
    void aValidEndingRedirectsToThePerson() throws Exception {
        PositionView held = people.editablePosition(POSITION);
        given(people.endPosition(eq(POSITION), any())).willReturn(held);

        mvc.perform(form("/positions/" + POSITION + "/end").param("validTo", "31/12/2025"))
                .andExpect(redirectedUrl("/people/" + PERSON));
        then(people).should().endPosition(POSITION, new EndPosition(LocalDate.of(2025, 12, 31)));
    }

    private static MockHttpServletRequestBuilder form(String path) {
        return post(path).with(csrf()).locale(WebSlice.Requests.VIETNAMESE);
    }
}
