package vn.phoihop;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The application as a real HTTP server serves it: no page or asset refers to another host, and errors are
 * Vietnamese pages (or problem details under /api) without stack traces.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServedPagesTests {

    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)");

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    @Test
    void noPageOrAssetRefersToAnotherHost() throws Exception {
        signIn("admin");
        Set<String> pages = new LinkedHashSet<>(List.of("/", "/login", "/admin/users", "/admin/users/new",
                "/admin/audit", "/account/security", "/khong-ton-tai", "/organizations", "/organizations?q=bac+ninh",
                "/reorganizations", "/organizations/import"));
        Document registry = Jsoup.parse(get("/organizations").body(), base());
        pages.add(URI.create(registry.select("#registry-results a[href^=/organizations/]").first().absUrl("href")).getPath());
        Set<String> assets = new LinkedHashSet<>();
        List<String> foreign = new ArrayList<>();
        for (String page : pages) {
            Document doc = Jsoup.parse(get(page).body(), base());
            for (Element element : doc.select("[src], [href], [action], [formaction], [data-src], [poster]")) {
                for (String attribute : List.of("src", "href", "action", "formaction", "data-src", "poster")) {
                    String value = element.attr(attribute);
                    if (value.isEmpty() || value.startsWith("data:") || value.equals("#")) {
                        continue;
                    }
                    URI uri = URI.create(element.absUrl(attribute));
                    if (!"localhost".equals(uri.getHost()) || uri.getPort() != port) {
                        foreign.add(page + ": " + attribute + "=" + value);
                    }
                    else if (attribute.equals("src") || element.tagName().equals("link")) {
                        assets.add(uri.getPath());
                    }
                }
            }
        }
        for (String asset : assets) {
            HttpResponse<String> response = get(asset);
            assertThat(response.statusCode()).as(asset).isEqualTo(200);
            if (asset.endsWith(".css")) {
                Matcher m = CSS_URL.matcher(response.body());
                while (m.find()) {
                    String ref = m.group(1).strip();
                    if (ref.matches("(?i)(https?:)?//.*")) {
                        foreign.add(asset + ": url(" + ref + ")");
                    }
                }
            }
        }
        assertThat(assets).anyMatch(a -> a.contains("bootstrap")).anyMatch(a -> a.contains("htmx"));
        assertThat(foreign).as("references to other hosts").isEmpty();
    }

    @Test
    void anUnknownPageIsAVietnamese404WithoutStackTrace() throws Exception {
        signIn("canbo.tw");
        HttpResponse<String> response = get("/khong-ton-tai");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Không tìm thấy").doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void aForbiddenPageIsAVietnamese403() throws Exception {
        signIn("congan.bacninh");
        HttpResponse<String> response = get("/admin/users");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Không có quyền truy cập");
    }

    @Test
    void anUnknownApiPathIsAProblemInVietnamese() throws Exception {
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"canbo.tw\",\"password\":\"PhoiHop@2025\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        String accessToken = token.body().replaceAll(".*\"accessToken\":\"([^\"]+)\".*", "$1");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/khong-co"))
                .header("Authorization", "Bearer " + accessToken).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("Không tìm thấy").doesNotContain("Exception");
    }

    private void signIn(String username) throws Exception {
        String login = get("/login").body();
        String csrf = Jsoup.parse(login).select("input[name=_csrf]").attr("value");
        String form = "username=" + username + "&password=" + URLEncoder.encode("PhoiHop@2025", StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.body()).contains("Xin chào");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
