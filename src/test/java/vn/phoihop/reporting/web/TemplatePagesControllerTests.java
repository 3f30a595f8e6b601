package vn.phoihop.reporting.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.phoihop.account.Clearance;
import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.organization.Organizations;
import vn.phoihop.platform.PhoiHopSettings;
import vn.phoihop.platform.web.Formats;
import vn.phoihop.reporting.template.DraftEditor;
import vn.phoihop.reporting.template.Frequency;
import vn.phoihop.reporting.template.TemplateCatalog;
import vn.phoihop.reporting.template.TemplateDesigner;
import vn.phoihop.reporting.template.TemplateHeader;
import vn.phoihop.reporting.template.TemplateRefusal;
import vn.phoihop.reporting.template.TemplateVersion;
import vn.phoihop.reporting.template.VersionSummary;

/**
 * The designer's forms without a database: a template's settings and the draft's indicator form, with blank,
 * malformed and out-of-range input, come back with each error beside its field (Vietnamese) and nothing is asked of
 * the services but the access decision; a refusal of the service lands on its field; an htmx request gets only the
 * draft's part of the page.
 */
@WebMvcTest({ TemplatePagesController.class, TemplateDraftController.class })
@Import({ TemplatePage.class, Formats.class, TemplatePagesControllerTests.Messages.class })
@MockitoBean(types = { PhoiHopSettings.class, Organizations.class })
class TemplatePagesControllerTests {

    private static final long ID = 4711;
    private static final long DRAFT = 42;
    private static final long SECTION = 7;

    @Autowired MockMvc mvc;
    @MockitoBean TemplateCatalog catalog;
    @MockitoBean TemplateDesigner designer;
    @MockitoBean DraftEditor editor;

    @TestConfiguration(proxyBeanMethods = false)
    static class Messages {

        @Bean
        MessageSource messageSource() {
            ResourceBundleMessageSource source = new ResourceBundleMessageSource();
            source.setBasename("messages");
            source.setDefaultEncoding(StandardCharsets.UTF_8.name());
            source.setFallbackToSystemLocale(false);
            return source;
        }
    }

    @BeforeEach
    void aTemplateWithADraft() {
        CurrentUser designerUser = new CurrentUser(1, "canbo.thu", "Cán bộ thử", 1, Set.of(Role.CENTRAL_STAFF),
                Clearance.NONE, "vi");
        TestSecurityContextHolder.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(designerUser,
                null, designerUser.getAuthorities()));
        TemplateHeader template = new TemplateHeader(ID, "MAU_THU", "Mẫu thử", null, Frequency.MONTHLY, 1, 14, 25, 0,
                10, false, List.of(-3, 1), true, 3);
        given(catalog.find(ID)).willReturn(Optional.of(template));
        given(designer.requireDesignerOf(ID)).willReturn(template);
        given(designer.designs(template)).willReturn(true);
        given(catalog.versions(ID)).willReturn(List.of(new VersionSummary(DRAFT, ID, 1, "DRAFT",
                LocalDate.of(2026, 1, 1), null, null, null, 5)));
        given(catalog.version(DRAFT)).willReturn(new TemplateVersion(DRAFT, ID, 1, LocalDate.of(2026, 1, 1), null,
                List.of(new TemplateVersion.Section(SECTION, "Phần I", List.of())), List.of()));
        given(catalog.disaggregations()).willReturn(List.of());
    }

    @Test
    void blankAndMalformedSettingsComeBackBesideTheirFields() throws Exception {
        mvc.perform(form("/reporting/templates").param("code", "mau thu").param("name", " ")
                        .param("frequency", "MONTHLY").param("dueDay", "40").param("dueOffsetMonths", "0")
                        .param("cutoffDay", "ba"))
                .andExpect(status().isOk())
                .andExpect(view().name("reporting/template-form"))
                .andExpect(model().attributeHasFieldErrorCode("form", "code", "Pattern"))
                .andExpect(model().attributeHasFieldErrorCode("form", "name", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("form", "dueDay", "Max"))
                .andExpect(model().attributeHasFieldErrorCode("form", "cutoffDay", "typeMismatch"))
                .andExpect(content().string(containsString("id=\"name-error\"")))
                .andExpect(content().string(containsString("Vui lòng nhập tên mẫu báo cáo.")))
                .andExpect(content().string(containsString("Hạn gửi phải là một ngày từ 1 đến 31.")));
        then(designer).should().requireDesigner();
        then(designer).should(never()).create(any());
    }

    @Test
    void aRefusalOfTheDesignerLandsOnItsField() throws Exception {
        given(designer.create(any())).willThrow(TemplateRefusal.invalid("code", "reporting.template.code.taken",
                "MAU_THU"));
        mvc.perform(form("/reporting/templates").param("code", "MAU_THU").param("name", "Mẫu thử")
                        .param("frequency", "MONTHLY").param("dueDay", "25").param("dueOffsetMonths", "0"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "code", "reporting.template.code.taken"))
                .andExpect(content().string(containsString("Mã mẫu MAU_THU đã được dùng cho mẫu báo cáo khác.")));
    }

    @Test
    void aBadIndicatorComesBackInTheDraftFragmentOnly() throws Exception {
        mvc.perform(form("/reporting/templates/" + ID + "/draft/indicators").header("HX-Request", "true")
                        .param("sectionId", String.valueOf(SECTION)).param("code", "x").param("name", "")
                        .param("type", "NUMBER").param("min", "mười").param("draftVersion", "5"))
                .andExpect(status().isOk())
                .andExpect(view().name("reporting/template-show :: draft"))
                .andExpect(model().attributeHasFieldErrorCode("indicatorForm", "code", "Pattern"))
                .andExpect(model().attributeHasFieldErrorCode("indicatorForm", "name", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("indicatorForm", "min", "typeMismatch"))
                .andExpect(content().string(containsString("id=\"indicatorName-error\"")))
                .andExpect(content().string(containsString("Vui lòng nhập tên chỉ tiêu.")))
                .andExpect(content().string(not(containsString("<html"))));
        then(designer).should().requireDesignerOf(ID);
        then(editor).should(never()).saveIndicator(anyLong(), any());
    }

    @Test
    void aSmallActionWithoutItsTargetIsShownAboveTheDraft() throws Exception {
        mvc.perform(form("/reporting/templates/" + ID + "/draft/sections/delete").param("draftVersion", "5"))
                .andExpect(status().isOk())
                .andExpect(view().name("reporting/template-show"))
                .andExpect(model().attributeHasFieldErrorCode("sectionAction", "sectionId", "NotNull"))
                .andExpect(content().string(containsString("data-testid=\"draft-errors\"")))
                .andExpect(content().string(containsString("Vui lòng chọn một phần của phiên bản dự thảo.")));
        then(editor).should(never()).removeSection(eq(ID), any());
    }

    private static MockHttpServletRequestBuilder form(String path) {
        return post(path).with(csrf()).locale(Locale.forLanguageTag("vi"));
    }
}
