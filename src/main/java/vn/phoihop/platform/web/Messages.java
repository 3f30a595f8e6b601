package vn.phoihop.platform.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

import vn.phoihop.platform.PlausibleDates;

/**
 * The message bundles ({@code messages_vi.properties}, the default, and {@code messages_en.properties}, UTF-8,
 * no fallback to the server's locale). Every {@link LocalDate} argument of a message is shown as dd/MM/yyyy,
 * wherever the message is resolved (a {@code UserFacingException} in an API problem or an error page, a
 * {@link Notice}, a form error, an import report), so no reader sees an ISO date. This bean replaces Spring Boot's
 * auto-configured one, so {@code spring.messages.*} settings do not apply.
 */
@Configuration(proxyBeanMethods = false)
class Messages {

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource source = new DateDisplayingMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        return source;
    }

    /** Resolves {@link LocalDate} arguments to dd/MM/yyyy before formatting. */
    static final class DateDisplayingMessageSource extends ResourceBundleMessageSource {

        @Override
        protected Object[] resolveArguments(Object[] args, Locale locale) {
            Object[] resolved = super.resolveArguments(args, locale);
            if (resolved == null) {
                return null;
            }
            resolved = resolved.clone();
            for (int i = 0; i < resolved.length; i++) {
                if (resolved[i] instanceof LocalDate date) {
                    resolved[i] = PlausibleDates.display(date);
                }
            }
            return resolved;
        }
    }
}
