package vn.phoihop.support;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A browser-like session for MockMvc: sessions live in the database (Spring Session JDBC) and are found by the
 * session cookie, so each request sends the cookie the previous response set.
 */
public final class CookieSession {

    public static final String COOKIE = "PHOIHOP_SESSION";

    private final MockMvc mvc;
    private Cookie session;

    public CookieSession(MockMvc mvc) {
        this.mvc = mvc;
    }

    public MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
        if (session != null) {
            request.cookie(session);
        }
        MvcResult result = mvc.perform(request).andReturn();
        Cookie set = result.getResponse().getCookie(COOKIE);
        if (set != null) {
            session = set.getMaxAge() == 0 ? null : set;
        }
        return result;
    }

    public String body(MockHttpServletRequestBuilder request) throws Exception {
        return perform(request).getResponse().getContentAsString();
    }

    public int status(MockHttpServletRequestBuilder request) throws Exception {
        return perform(request).getResponse().getStatus();
    }
}
