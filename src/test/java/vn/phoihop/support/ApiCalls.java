package vn.phoihop.support;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import vn.phoihop.account.security.ApiTokens;
import vn.phoihop.account.CurrentUser;

/** Calls the JSON API through MockMvc with a real bearer token of a user. */
@Component
public class ApiCalls {

    private final ApiTokens tokens;

    ApiCalls(ApiTokens tokens) {
        this.tokens = tokens;
    }

    /** The response to {@code method path} with {@code body} (JSON) as {@code user}. */
    public MockHttpServletResponse call(MockMvc mvc, CurrentUser user, HttpMethod method, String path, String body)
            throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, java.net.URI.create(path))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.issue(user).accessToken());
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }

    public MockHttpServletResponse get(MockMvc mvc, CurrentUser user, String path) throws Exception {
        return call(mvc, user, HttpMethod.GET, path, null);
    }
}
