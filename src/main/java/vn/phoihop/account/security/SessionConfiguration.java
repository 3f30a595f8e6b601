package vn.phoihop.account.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/** The session cookie: HttpOnly, SameSite=Lax, Secure behind HTTPS ({@code PHOIHOP_SECURE_COOKIE}). */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    static final String COOKIE_NAME = "PHOIHOP_SESSION";

    @Bean
    CookieSerializer cookieSerializer(@Value("${phoihop.security.secure-cookie:false}") boolean secure) {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        serializer.setCookieName(COOKIE_NAME);
        serializer.setUseHttpOnlyCookie(true);
        serializer.setSameSite("Lax");
        serializer.setUseSecureCookie(secure);
        serializer.setCookiePath("/");
        return serializer;
    }
}
