package vn.phoihop.reporting.rollup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.phoihop.platform.CsvCells;

/**
 * A roll-up as a file: a heading block (indicator, organisation, months, hierarchy, aggregation, total), the rows per
 * child organisation and the series per period, with labels in the reader's language. CSV (UTF-8 with BOM, so a
 * spreadsheet reads the diacritics) writes every text cell through {@link CsvCells#neutralize}, so nothing runs as
 * a formula; XLSX writes texts as string cells and numbers as numeric cells, never a formula cell.
 */
@Component
public class RollupFiles {

    /** The two formats, with their media types. */
    public enum Format {
        CSV("text/csv;charset=UTF-8"), XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        private final String mediaType;

        Format(String mediaType) {
            this.mediaType = mediaType;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final MessageSource messages;

    RollupFiles(MessageSource messages) {
        this.messages = messages;
    }

    /** The file name, e.g. {@code tong-hop-PH_01-2024-01-2024-12.xlsx}. */
    public String fileName(Rollup rollup, Format format) {
        return "tong-hop-" + rollup.indicator() + "-" + rollup.from() + "-" + rollup.to() + "." + format.extension();
    }

    public byte[] write(Rollup rollup, Format format) {
        List<List<Object>> lines = lines(rollup);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (format == Format.CSV) {
                out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
                try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                        CSVFormat.DEFAULT)) {
                    for (List<Object> line : lines) {
                        printer.printRecord(line.stream().map(c -> c instanceof BigDecimal n ? n.toPlainString()
                                : CsvCells.neutralize(c == null ? "" : c.toString())).toList());
                    }
                }
                return out.toByteArray();
            }
            try (Workbook workbook = new XSSFWorkbook()) {
                Sheet sheet = workbook.createSheet(text("reporting.rollup.file.sheet"));
                for (int r = 0; r < lines.size(); r++) {
                    Row row = sheet.createRow(r);
                    List<Object> line = lines.get(r);
                    for (int c = 0; c < line.size(); c++) {
                        Object cell = line.get(c);
                        if (cell instanceof BigDecimal n) {
                            row.createCell(c).setCellValue(n.doubleValue());
                        }
                        else {
                            row.createCell(c).setCellValue(cell == null ? "" : cell.toString());
                        }
                    }
                }
                sheet.setColumnWidth(0, 40 * 256);
                sheet.setColumnWidth(1, 60 * 256);
                workbook.write(out);
            }
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private List<List<Object>> lines(Rollup rollup) {
        List<List<Object>> lines = new ArrayList<>();
        lines.add(List.of(text("reporting.rollup.indicator"), rollup.indicator() + " – " + rollup.indicatorName()));
        lines.add(List.of(text("reporting.rollup.organization"), rollup.organizationName()));
        lines.add(List.of(text("reporting.rollup.from"), rollup.from()));
        lines.add(List.of(text("reporting.rollup.to"), rollup.to()));
        lines.add(List.of(text("reporting.rollup.hierarchy"), text("reporting.rollup.hierarchy." + rollup.hierarchy())));
        lines.add(List.of(text("reporting.rollup.aggregation"), text("reporting.rollup.aggregation." + rollup.aggregation())));
        lines.add(cells(text("reporting.rollup.total"), rollup.total()));
        lines.add(List.of());
        lines.add(List.of(text("reporting.rollup.file.organizationId"), text("reporting.rollup.file.organizationName"),
                text("reporting.rollup.value")));
        for (Rollup.Row row : rollup.rows()) {
            lines.add(cells(String.valueOf(row.organizationId()), row.name(), row.value()));
        }
        lines.add(List.of());
        lines.add(List.of(text("reporting.rollup.file.periodCode"), text("reporting.rollup.file.periodName"),
                text("reporting.rollup.value")));
        for (Rollup.PeriodValue period : rollup.periods()) {
            lines.add(cells(period.code(), period.name(), period.value()));
        }
        return lines;
    }

    private static List<Object> cells(Object... values) {
        List<Object> cells = new ArrayList<>();
        for (Object v : values) {
            cells.add(v);
        }
        return cells;
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
