package vn.phoihop.reporting.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.phoihop.reporting.rollup.Rollup;
import vn.phoihop.reporting.rollup.RollupFiles;
import vn.phoihop.reporting.rollup.RollupQuery;
import vn.phoihop.reporting.rollup.Rollups;

/**
 * Roll-ups as JSON, CSV and XLSX: an indicator summed or averaged over an organisation's subtree and a range of
 * months, by the hierarchy in force at each period ({@code historical}) or today's ({@code current}), from the totals
 * kept at acceptance. Parameters are read as text and checked by {@link RollupQuery#parse} (400 with a Vietnamese
 * message); an organisation outside the reader's scope is "not found" (404).
 */
@RestController
@Tag(name = "Báo cáo định kỳ / Periodic reporting")
class RollupApi {

    private final Rollups rollups;
    private final RollupFiles files;

    RollupApi(Rollups rollups, RollupFiles files) {
        this.rollups = rollups;
        this.files = files;
    }

    @GetMapping("/api/v1/reporting/rollup")
    @Operation(summary = "Tổng hợp một chỉ tiêu theo đơn vị và khoảng tháng / Roll up an indicator")
    Rollup rollup(@Parameter(description = "Mã chỉ tiêu / Indicator code") @RequestParam(required = false) String indicator,
            @Parameter(description = "Mã số tổ chức / Organisation id") @RequestParam(required = false) String org,
            @Parameter(description = "Từ tháng / First month, YYYY-MM") @RequestParam(required = false) String from,
            @Parameter(description = "Đến tháng / Last month, YYYY-MM") @RequestParam(required = false) String to,
            @Parameter(description = "current | historical") @RequestParam(required = false) String hierarchy) {
        return rollups.rollup(RollupQuery.parse(indicator, org, from, to, hierarchy));
    }

    @GetMapping("/api/v1/reporting/rollup.csv")
    @Operation(summary = "Tổng hợp ra CSV / Roll-up as CSV")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String indicator,
            @RequestParam(required = false) String org, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String hierarchy) {
        return file(RollupQuery.parse(indicator, org, from, to, hierarchy), RollupFiles.Format.CSV);
    }

    @GetMapping("/api/v1/reporting/rollup.xlsx")
    @Operation(summary = "Tổng hợp ra XLSX / Roll-up as XLSX")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String indicator,
            @RequestParam(required = false) String org, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String hierarchy) {
        return file(RollupQuery.parse(indicator, org, from, to, hierarchy), RollupFiles.Format.XLSX);
    }

    private ResponseEntity<byte[]> file(RollupQuery query, RollupFiles.Format format) {
        Rollup rollup = rollups.rollup(query);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(format.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(files.fileName(rollup, format)).build().toString())
                .body(files.write(rollup, format));
    }
}
