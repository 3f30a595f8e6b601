package vn.phoihop.organization.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import vn.phoihop.account.Clearance;
import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.organization.Organizations;
import vn.phoihop.platform.PhoiHopSettings;
import vn.phoihop.platform.web.Formats;

/**
 * What a {@code @WebMvcTest} slice of the registry's pages needs besides the controller and its mocked services:
 * the message bundles (Vietnamese), {@code @fmt} for the templates, and mocks for what the layout's
 * {@code ShellAdvice} reads. No database, and no security filter chain (a Boot 4 slice has none): the services'
 * access checks are mocked, an {@code AccessDeniedException} reaches the test as the request's failure, and the
 * CSRF token is only added for the layout's {@code csrf-token} meta tag.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import({ Formats.class, Forms.class, WebSlice.Support.class })
@MockitoBean(types = { PhoiHopSettings.class, Organizations.class })
@interface WebSlice {

    /** What the slices' requests carry. */
    final class Requests {

        /** Vietnamese, the application's default language. */
        static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

        private Requests() {
        }

        /**
         * Signs the test in as a national system administrator (the layout then shows the administrator's forms).
         * The slice has no security filter, so the user is put where {@link CurrentUser#find()} looks; Spring
         * Security's test listener clears it after each test.
         */
        static void signInAsAdministrator() {
            CurrentUser admin = new CurrentUser(1, "admin", "Quản trị viên", 1, Set.of(Role.SYSTEM_ADMIN),
                    Clearance.NONE, "vi");
            TestSecurityContextHolder.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null,
                    admin.getAuthorities()));
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    class Support {

        /** The application's bundles as {@code platform.web.Messages} configures them. */
        @Bean
        MessageSource messageSource() {
            ResourceBundleMessageSource source = new ResourceBundleMessageSource();
            source.setBasename("messages");
            source.setDefaultEncoding(StandardCharsets.UTF_8.name());
            source.setFallbackToSystemLocale(false);
            return source;
        }
    }
}
