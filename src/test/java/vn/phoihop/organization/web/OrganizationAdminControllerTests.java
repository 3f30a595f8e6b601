package vn.phoihop.organization.web;

import static org.hamcrest.Matchers.containsString;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.organization.people.People;
import vn.phoihop.organization.registry.LeadershipKind;
import vn.phoihop.organization.registry.LeadershipLinkView;
import vn.phoihop.organization.registry.OrganizationAdministration;
import vn.phoihop.organization.registry.OrganizationCommands.CreateOrganization;
import vn.phoihop.organization.registry.OrganizationDirectory;
import vn.phoihop.organization.registry.OrganizationHistory;
import vn.phoihop.organization.registry.OrganizationView;
import vn.phoihop.platform.UserFacingException;

/**
 * The organisation page's administrator forms, without a database: each binds to its command record, a form with
 * blank, too long or impossible input is shown again on the page with the error beside its field and the service
 * is not asked to change anything, the access decision comes first, and a refusal of the service lands on the
 * field it concerns.
 */
@WebMvcTest(OrganizationAdminController.class)
@WebSlice
@org.springframework.context.annotation.Import(OrganizationPage.class)
class OrganizationAdminControllerTests {

    private static final long ID = 4711;
    private static final long LINK = 815;

    @Autowired MockMvc mvc;
    @MockitoBean OrganizationAdministration administration;
    @MockitoBean OrganizationDirectory directory;
    @MockitoBean People people;

    @BeforeEach
    void anOrganisationInForce() {
        WebSlice.Requests.signInAsAdministrator();
        OrganizationView org = new OrganizationView(ID, "T20-CA-PX", null, OrganizationKind.POLICE_UNIT,
                "Phòng Thử", null, null, null, null, LocalDate.of(2025, 7, 1), null, LocalDate.now(), 3);
        given(directory.history(ID)).willReturn(new OrganizationHistory(org, List.of(), List.of(), List.of(), List.of()));
        given(directory.get(eq(ID), any())).willReturn(org);
        given(directory.leadership(eq(ID), any())).willReturn(List.of(new LeadershipLinkView(LINK, ID, "Phòng Thử",
                99, "Tỉnh ủy Thử", LeadershipKind.TERRITORIAL, LocalDate.of(2025, 7, 1), null)));
    }

    @Test
    void aBlankUnitIsShownAgainWithEachErrorBesideItsField() throws Exception {
        mvc.perform(form("/units"))
                .andExpect(status().isOk())
                .andExpect(view().name(OrganizationPage.VIEW))
                .andExpect(model().attributeHasFieldErrorCode("unit", "code", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("unit", "name", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("unit", "kind", "NotNull"))
                .andExpect(model().attributeHasFieldErrorCode("unit", "validFrom", "NotNull"))
                .andExpect(model().attribute("failedForm", "unit"))
                .andExpect(content().string(containsString("id=\"unitCode-error\"")))
                .andExpect(content().string(containsString("aria-describedby=\"unitCode-error\"")))
                .andExpect(content().string(containsString("Vui lòng nhập mã tổ chức.")));
        then(administration).should().requireCreator(ID);
        then(administration).should(never()).create(any());
    }

    @Test
    void aTooLongNameAndAnImpossibleDateAreRefusedBesideTheirFields() throws Exception {
        mvc.perform(form("/units").param("code", "T20-CA-PX09").param("kind", "POLICE_UNIT")
                        .param("name", "P".repeat(301)).param("validFrom", "31/02/2026"))
                .andExpect(status().isOk())
                .andExpect(view().name(OrganizationPage.VIEW))
                .andExpect(model().attributeHasFieldErrorCode("unit", "name", "Size"))
                .andExpect(model().attributeHasFieldErrorCode("unit", "validFrom", "typeMismatch"))
                .andExpect(model().attributeHasNoErrors("correction"))
                .andExpect(content().string(containsString("Tên tổ chức dài tối đa 300 ký tự.")))
                .andExpect(content().string(containsString("value=\"31/02/2026\"")));
        then(administration).should(never()).create(any());
    }

    @Test
    void aValidUnitIsCreatedUnderTheOrganisationOfTheAddress() throws Exception {
        given(administration.create(any())).willAnswer(call -> new OrganizationView(5, "T20-CA-PX09", null,
                OrganizationKind.POLICE_UNIT, "Phòng Mới", null, null, ID, null, LocalDate.of(2026, 1, 1), null,
                LocalDate.of(2026, 1, 1), 0));

        mvc.perform(form("/units").param("code", "T20-CA-PX09").param("kind", "POLICE_UNIT")
                        .param("name", "Phòng Mới").param("validFrom", "01/01/2026").param("parentId", String.valueOf(ID)))
                .andExpect(redirectedUrl("/organizations/" + ID))
                .andExpect(flash().attributeExists("notice"));
        then(administration).should().create(new CreateOrganization("T20-CA-PX09", OrganizationKind.POLICE_UNIT,
                "Phòng Mới", null, null, ID, LocalDate.of(2026, 1, 1)));
    }

    @Test
    void aFormNamingAnotherParentThanItsAddressIsRefused() throws Exception {
        mvc.perform(form("/units").param("code", "T20-CA-PX09").param("kind", "POLICE_UNIT")
                        .param("name", "Phòng Mới").param("validFrom", "01/01/2026").param("parentId", "1"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("unit"));
        then(administration).should(never()).create(any());
    }

    @Test
    void aCodeInUseIsShownBesideTheCodeField() throws Exception {
        given(administration.create(any())).willThrow(UserFacingException.invalid("organization.code.taken",
                "T20-CA"));

        mvc.perform(form("/units").param("code", "T20-CA").param("kind", "POLICE_UNIT").param("name", "Phòng Mới")
                        .param("validFrom", "01/01/2026").param("parentId", String.valueOf(ID)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("unit", "code", "organization.code.taken"))
                .andExpect(content().string(containsString("Mã tổ chức “T20-CA” đã được sử dụng.")));
    }

    @Test
    void theAccessDecisionComesBeforeValidation() throws Exception {
        willThrow(new AccessDeniedException("SYSTEM_ADMIN required")).given(administration).requireEditor(anyLong());

        assertThatThrownBy(() -> mvc.perform(form("/correct")))
                .hasRootCauseInstanceOf(AccessDeniedException.class);
        then(administration).should(never()).update(anyLong(), any());
    }

    @Test
    void aCorrectionWithBlankAndTooLongTextIsNotSubmitted() throws Exception {
        mvc.perform(form("/correct").param("code", " ").param("name", "Phòng Thử").param("abbreviation",
                        "A".repeat(41)).param("version", "3"))
                .andExpect(status().isOk())
                .andExpect(view().name(OrganizationPage.VIEW))
                .andExpect(model().attributeHasFieldErrorCode("correction", "code", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("correction", "abbreviation", "Size"))
                .andExpect(model().attribute("failedForm", "correction"))
                .andExpect(content().string(containsString("id=\"fixAbbr-error\"")));
        then(administration).should(never()).update(anyLong(), any());
    }

    @Test
    void aLeadershipLinkWithoutLeaderOrDateIsNotSubmitted() throws Exception {
        mvc.perform(form("/leadership").param("kind", "TERRITORIAL").param("validFrom", "32/01/2026"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("leadershipLink", "leaderId", "NotNull"))
                .andExpect(model().attributeHasFieldErrorCode("leadershipLink", "validFrom", "typeMismatch"))
                .andExpect(content().string(containsString("id=\"leadFrom-error\"")));
        then(administration).should(never()).addLeadershipLink(anyLong(), any());
    }

    @Test
    void anImpossibleEndDateIsShownBesideThatLinksField() throws Exception {
        mvc.perform(form("/leadership/end").param("linkId", String.valueOf(LINK)).param("validTo", "29/02/2026"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("endLink", "validTo", "typeMismatch"))
                .andExpect(content().string(containsString("id=\"endlink-" + LINK + "-error\"")))
                .andExpect(content().string(containsString("Ngày không hợp lệ")));
        then(administration).should(never()).endLeadershipLink(anyLong(), any());
    }

    @Test
    void aBlankEndDateIsRequired() throws Exception {
        mvc.perform(form("/leadership/end").param("linkId", String.valueOf(LINK)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("endLink", "validTo", "NotNull"));
        then(administration).should(never()).endLeadershipLink(anyLong(), any());
    }

    private static MockHttpServletRequestBuilder form(String path) {
        return post("/organizations/" + ID + path).with(csrf())
                .locale(WebSlice.Requests.VIETNAMESE);
    }
}
