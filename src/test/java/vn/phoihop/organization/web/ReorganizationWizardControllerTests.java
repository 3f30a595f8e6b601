package vn.phoihop.organization.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.organization.registry.OrganizationDirectory;
import vn.phoihop.organization.registry.OrganizationView;
import vn.phoihop.organization.reorganization.ReorganizationChoices;
import vn.phoihop.organization.reorganization.ReorganizationChoices.Choices;
import vn.phoihop.organization.reorganization.ReorganizationLeadership;
import vn.phoihop.organization.reorganization.Reorganizations;
import vn.phoihop.platform.UserFacingException;

/**
 * The reorganisation wizard's form, without a database: it is validated by the constraints of the command it
 * stands for, each error shown beside the form field it comes from (a split's second organisation included), and
 * neither preview nor apply is attempted on invalid input; the service's refusals land on their field.
 */
@WebMvcTest(ReorganizationWizardController.class)
@WebSlice
class ReorganizationWizardControllerTests {

    private static final long SUBJECT = 4711;
    private static final String VIEW = "organization/reorganization-form";

    @Autowired MockMvc mvc;
    @MockitoBean Reorganizations reorganizations;
    @MockitoBean ReorganizationChoices choices;
    @MockitoBean ReorganizationLeadership leadership;
    @MockitoBean OrganizationDirectory directory;

    @BeforeEach
    void aSubject() {
        WebSlice.Requests.signInAsAdministrator();
        OrganizationView subject = new OrganizationView(SUBJECT, "T20-CA-PX", null, OrganizationKind.POLICE_UNIT,
                "Phòng Thử", null, null, 1L, null, LocalDate.of(2025, 7, 1), null, LocalDate.now(), 0);
        given(choices.around(eq(SUBJECT), any())).willReturn(new Choices(subject, List.of(subject), List.of(),
                List.of()));
    }

    @Test
    void aRenamingWithoutLegalBasisOnAnImpossibleDateIsNotPreviewed() throws Exception {
        mvc.perform(wizard("/reorganizations/preview", "RENAME").param("effectiveDate", "31/02/2026")
                        .param("newName", "Phòng Đổi Tên"))
                .andExpect(status().isOk())
                .andExpect(view().name(VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "effectiveDate", "typeMismatch"))
                .andExpect(model().attributeHasFieldErrorCode("form", "legalBasis",
                        "reorganization.legalBasis.required"))
                .andExpect(content().string(containsString("id=\"legalBasis-error\"")))
                .andExpect(content().string(containsString("Vui lòng nhập căn cứ pháp lý")))
                .andExpect(content().string(containsString("data-testid=\"form-error\"")));
        then(reorganizations).should(never()).preview(any());
    }

    @Test
    void aSplitsTooLongSecondNameIsShownBesideIt() throws Exception {
        mvc.perform(wizard("/reorganizations/preview", "SPLIT").param("effectiveDate", "01/05/2026")
                        .param("legalBasis", "Quyết định số 1/QĐ-CAT").param("newCode", "SP-A")
                        .param("newName", "Phòng A").param("secondCode", "SP-B").param("secondName", "B".repeat(301)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "secondName", "organization.name.size"))
                .andExpect(model().attributeErrorCount("form", 1))
                .andExpect(content().string(containsString("id=\"secondName-error\"")));
        then(reorganizations).should(never()).preview(any());
    }

    @Test
    void aMergeIntoANewOrganisationNeedsItsCodeAndNoteHasALimit() throws Exception {
        mvc.perform(wizard("/reorganizations", "MERGE").param("effectiveDate", "01/05/2026")
                        .param("legalBasis", "Quyết định số 1/QĐ-CAT").param("successor", "new")
                        .param("newName", "Phòng Hợp Nhất").param("note", "n".repeat(2001)))
                .andExpect(status().isOk())
                .andExpect(view().name(VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "newCode", "organization.code.required"))
                .andExpect(model().attributeHasFieldErrorCode("form", "note", "reorganization.note.size"));
        then(leadership).should(never()).apply(any(), anyCollection());
    }

    @Test
    void aRefusalOfTheServiceIsShownBesideItsField() throws Exception {
        given(reorganizations.preview(any())).willThrow(UserFacingException.invalid("reorganization.rename.name"));

        mvc.perform(wizard("/reorganizations/preview", "RENAME").param("effectiveDate", "01/05/2026")
                        .param("legalBasis", "Quyết định số 1/QĐ-CAT"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "newName", "reorganization.rename.name"));
    }

    @Test
    void everyPathOfTheCommandLeadsToAFieldOfTheForm() {
        assertThat(ReorganizationFormCheck.field("newOrganizations[0].code")).isEqualTo("newCode");
        assertThat(ReorganizationFormCheck.field("newOrganizations[0].abbreviation")).isEqualTo("newAbbreviation");
        assertThat(ReorganizationFormCheck.field("newOrganizations[1].name")).isEqualTo("secondName");
        assertThat(ReorganizationFormCheck.field("organizationIds[0].<list element>")).isEqualTo("subject");
        assertThat(ReorganizationFormCheck.field("legalBasis")).isEqualTo("legalBasis");
        assertThat(ReorganizationFormCheck.field("childAssignments")).isNull();
    }

    private static MockHttpServletRequestBuilder wizard(String path, String kind) {
        return post(path).param("kind", kind).param("subject", String.valueOf(SUBJECT)).with(csrf())
                .locale(WebSlice.Requests.VIETNAMESE);
    }
}
