package vn.phoihop.organization;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.phoihop.platform.Texts;
import vn.phoihop.platform.UserFacingException;

/**
 * Reads and writes files of units: CSV (UTF-8, with or without a byte-order mark, comma-separated, first line the
 * header) and XLSX (first sheet, first row the header). Columns are named as in {@link #COLUMNS}; cells are
 * trimmed and NFC-normalised.
 */
final class UnitFiles {

    static final List<String> COLUMNS = List.of("code", "name", "short_name", "abbreviation", "kind", "parent_code",
            "valid_from");

    static final int MAX_ROWS = 50_000;

    private UnitFiles() {
    }

    /** A data row: its number as a spreadsheet shows it, and its cells by column name. */
    record RawRow(int number, Map<String, String> cells) {

        String get(String column) {
            return Texts.nfcOrNull(cells.get(column));
        }
    }

    /** The header (lower-case column names) and the data rows; unreadable files are refused with a message. */
    record Table(List<String> header, List<RawRow> rows) {
    }

    static Table read(byte[] content, FileFormat format) {
        try {
            Table table = format == FileFormat.CSV ? readCsv(content) : readXlsx(content);
            if (table.rows().size() > MAX_ROWS) {
                throw UserFacingException.invalid("import.file.tooLarge", MAX_ROWS);
            }
            return table;
        }
        catch (IOException | RuntimeException ex) {
            if (ex instanceof UserFacingException user) {
                throw user;
            }
            throw UserFacingException.invalid("import.file.unreadable", format.extension().toUpperCase(Locale.ROOT));
        }
    }

    private static Table readCsv(byte[] content) throws IOException {
        int skip = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        Reader reader = new InputStreamReader(new ByteArrayInputStream(content, skip, content.length - skip),
                StandardCharsets.UTF_8);
        CSVFormat csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(csv).get()) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT))
                    .toList();
            List<RawRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < header.size() && i < record.size(); i++) {
                    cells.put(header.get(i), record.get(i));
                }
                rows.add(new RawRow((int) record.getRecordNumber() + 1, cells));
            }
            return new Table(header, rows);
        }
    }

    private static Table readXlsx(byte[] content) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<String> header = new ArrayList<>();
            Row first = sheet.getRow(sheet.getFirstRowNum());
            for (Cell cell : first) {
                header.add(formatter.formatCellValue(cell).strip().toLowerCase(Locale.ROOT));
            }
            List<RawRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() == first.getRowNum()) {
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                boolean blank = true;
                for (int i = 0; i < header.size(); i++) {
                    Cell cell = row.getCell(i);
                    String value = cell == null ? null : cell.getCellType() == CellType.NUMERIC
                            && DateUtil.isCellDateFormatted(cell)
                            ? cell.getDateCellValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate().toString()
                            : formatter.formatCellValue(cell);
                    blank &= value == null || value.isBlank();
                    cells.put(header.get(i), value);
                }
                if (!blank) {
                    rows.add(new RawRow(row.getRowNum() + 1, cells));
                }
            }
            return new Table(header, rows);
        }
    }

    /** The rows (each in {@link #COLUMNS} order) as a file. */
    static byte[] write(List<List<String>> rows, FileFormat format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (format == FileFormat.CSV) {
                out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
                try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                        CSVFormat.DEFAULT)) {
                    printer.printRecord(COLUMNS);
                    for (List<String> row : rows) {
                        printer.printRecord(row);
                    }
                }
                return out.toByteArray();
            }
            try (Workbook workbook = new XSSFWorkbook()) {
                Sheet sheet = workbook.createSheet("units");
                writeRow(sheet.createRow(0), COLUMNS);
                for (int i = 0; i < rows.size(); i++) {
                    writeRow(sheet.createRow(i + 1), rows.get(i));
                }
                workbook.write(out);
            }
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static void writeRow(Row row, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            row.createCell(i).setCellValue(values.get(i) == null ? "" : values.get(i));
        }
    }

    /** ISO (2025-07-01) or Vietnamese (01/07/2025) dates. */
    static LocalDate date(String text) {
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return LocalDate.parse(text);
        }
        if (text.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
            String[] parts = text.split("/");
            return LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
        }
        throw new IllegalArgumentException(text);
    }
}
