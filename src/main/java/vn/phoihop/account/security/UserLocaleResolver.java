package vn.phoihop.account.security;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import vn.phoihop.account.CurrentUser;

/**
 * The user's language: Vietnamese unless they chose English. A signed-in user's choice is stored with their
 * account (so it follows them to any browser); before sign-in it is kept in a cookie.
 */
@Component("localeResolver")
public class UserLocaleResolver implements LocaleResolver {

    /** Session attribute with the language of the signed-in user ("vi" or "en"). */
    public static final String SESSION_LOCALE = "phoihop.locale";

    static final String COOKIE = "PHOIHOP_LANG";

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** The supported language for a tag, Vietnamese for anything else. */
    public static String supported(String tag) {
        return "en".equalsIgnoreCase(tag) ? "en" : "vi";
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_LOCALE) instanceof String tag) {
            return toLocale(tag);
        }
        var user = CurrentUser.find();
        if (user.isPresent()) {
            return toLocale(user.get().locale());
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName())) {
                    return toLocale(cookie.getValue());
                }
            }
        }
        return VIETNAMESE;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        String tag = supported(locale == null ? "vi" : locale.getLanguage());
        if (CurrentUser.find().isPresent()) {
            request.getSession().setAttribute(SESSION_LOCALE, tag);
        }
        Cookie cookie = new Cookie(COOKIE, tag);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    private static Locale toLocale(String tag) {
        return "en".equals(supported(tag)) ? Locale.ENGLISH : VIETNAMESE;
    }
}
