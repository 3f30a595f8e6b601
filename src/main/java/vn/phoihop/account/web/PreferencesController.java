package vn.phoihop.account.web;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

import vn.phoihop.account.user.Accounts;
import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.security.UserLocaleResolver;

/** The language switch: remembered with the account when signed in, in a cookie before. */
@Controller
class PreferencesController {

    private final Accounts accounts;
    private final LocaleResolver localeResolver;

    PreferencesController(Accounts accounts, LocaleResolver localeResolver) {
        this.accounts = accounts;
        this.localeResolver = localeResolver;
    }

    @PostMapping("/preferences/locale")
    String changeLocale(@RequestParam(name = "lang", required = false) String lang,
            @RequestParam(name = "back", required = false) String back, HttpServletRequest request,
            HttpServletResponse response) {
        String tag = UserLocaleResolver.supported(lang);
        if (CurrentUser.find().isPresent()) {
            accounts.changeOwnLocale(tag);
        }
        localeResolver.setLocale(request, response, Locale.forLanguageTag(tag));
        return "redirect:" + safeLocalPath(back);
    }

    /** Only a path on this site, so the switch cannot be used to send users elsewhere. */
    static String safeLocalPath(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")) {
            return "/";
        }
        try {
            URI uri = URI.create(back);
            return uri.getScheme() == null && uri.getHost() == null ? back : "/";
        }
        catch (IllegalArgumentException ex) {
            return "/";
        }
    }
}
