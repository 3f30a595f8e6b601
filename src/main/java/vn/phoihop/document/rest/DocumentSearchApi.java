package vn.phoihop.document.rest;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.phoihop.document.search.DocumentSearch;
import vn.phoihop.document.search.SearchQuery;
import vn.phoihop.document.search.SearchResult;

/**
 * Search of the register as JSON: ranked items with notation, title, issuer as named on the issue date, ISO dates and
 * the secrecy mark by the account module's clearance names ({@code NONE} … {@code TOP_SECRET}), a highlighted snippet
 * (HTML-escaped, hits in {@code <mark>}) and the total the caller may read. Parameters are read as text and checked
 * by {@link SearchQuery#parse}, so a bad one gets a Vietnamese problem detail (400), never a 500.
 */
@RestController
@Tag(name = "Văn bản / Documents")
class DocumentSearchApi {

    private final DocumentSearch search;

    DocumentSearchApi(DocumentSearch search) {
        this.search = search;
    }

    @GetMapping("/api/v1/documents")
    @Operation(summary = "Tìm văn bản (không phân biệt dấu), lọc và phân trang / Search documents, filter and page")
    SearchResult search(
            @Parameter(description = "Từ khóa hoặc số, ký hiệu (90-QĐ/TW, 90 qd tw) / Words or a notation")
            @RequestParam(required = false) String q,
            @Parameter(description = "Mã loại văn bản / Type code, e.g. PARTY_QD") @RequestParam(required = false) String type,
            @RequestParam(required = false) String issuerId,
            @Parameter(description = "true: gồm cả các tổ chức tiền thân / include the issuer's predecessors")
            @RequestParam(required = false) String withPredecessors,
            @RequestParam(required = false) String year,
            @Parameter(description = "DRAFT, ISSUED, IN_FORCE, REPLACED, EXPIRED") @RequestParam(required = false) String status,
            @Parameter(description = "NONE, CONFIDENTIAL, SECRET, TOP_SECRET") @RequestParam(required = false) String secrecy,
            @Parameter(description = "NORMAL, URGENT, VERY_URGENT, FLASH") @RequestParam(required = false) String urgency,
            @Parameter(description = "Thẻ (văn bản có tất cả các thẻ) / Tags, all required") @RequestParam(name = "tag", required = false) List<String> tags,
            @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        return search.search(SearchQuery.parse(q, type, issuerId, withPredecessors, year, status, secrecy, urgency, tags,
                page, size));
    }
}
