package vn.phoihop.document.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import vn.phoihop.document.SecrecyMark;
import vn.phoihop.document.search.DocumentSearch;
import vn.phoihop.document.search.SearchQuery;
import vn.phoihop.document.search.SearchResult;

/**
 * The list of documents at {@code /documents}: a search box that searches as the user types (htmx; an htmx request
 * gets only the results fragment), filters, the count, highlighted snippets and a page of rows linking to each
 * document. Everything a reader may not read is left out by {@link DocumentSearch}.
 */
@Controller
class DocumentListController {

    private final DocumentSearch search;

    DocumentListController(DocumentSearch search) {
        this.search = search;
    }

    @GetMapping("/documents")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
            @RequestParam(required = false) String issuerId, @RequestParam(required = false) String withPredecessors,
            @RequestParam(required = false) String year, @RequestParam(required = false) String status,
            @RequestParam(required = false) String secrecy, @RequestParam(required = false) String urgency,
            @RequestParam(name = "tag", required = false) List<String> tags,
            @RequestParam(required = false) String page,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        SearchQuery query = SearchQuery.parse(q, type, issuerId, withPredecessors, year, status, secrecy, urgency, tags,
                page, null);
        SearchResult result = search.search(query);
        model.addAttribute("query", query);
        model.addAttribute("result", result);
        model.addAttribute("previousUrl", pageUrl(query, Math.max(0, query.page() - 1)));
        model.addAttribute("nextUrl", pageUrl(query, query.page() + 1));
        if (htmx != null) {
            return "document/list :: results";
        }
        model.addAttribute("types", search.types());
        model.addAttribute("issuers", search.issuers());
        model.addAttribute("statuses", List.of("DRAFT", "ISSUED", "IN_FORCE", "REPLACED", "EXPIRED"));
        model.addAttribute("marks", SecrecyMark.values());
        model.addAttribute("urgencies", List.of("NORMAL", "URGENT", "VERY_URGENT", "FLASH"));
        return "document/list";
    }

    private static String pageUrl(SearchQuery query, int page) {
        StringBuilder url = new StringBuilder("/documents?page=").append(page);
        param(url, "q", query.text().isEmpty() ? null : query.text());
        param(url, "type", query.typeCode());
        param(url, "issuerId", query.issuerId());
        param(url, "withPredecessors", query.withPredecessors() ? "true" : null);
        param(url, "year", query.year());
        param(url, "status", query.status());
        param(url, "secrecy", query.secrecy());
        param(url, "urgency", query.urgency());
        query.tags().forEach(t -> param(url, "tag", t));
        return url.toString();
    }

    private static void param(StringBuilder url, String name, Object value) {
        if (value != null) {
            url.append('&').append(name).append('=').append(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
    }
}
