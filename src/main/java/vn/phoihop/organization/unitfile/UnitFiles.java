package vn.phoihop.organization.unitfile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
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

import vn.phoihop.platform.CsvCells;
import vn.phoihop.platform.PlausibleDates;
import vn.phoihop.platform.Texts;
import vn.phoihop.platform.UserFacingException;

/**
 * Reads and writes files of units: CSV (UTF-8, with or without a byte-order mark, comma-separated, first line the
 * header; bytes that are not UTF-8 are refused with their line) and XLSX (first sheet, first row the header).
 * Columns are named as in {@link #COLUMNS}; cells are trimmed and NFC-normalised. Rows are counted while reading,
 * and a file is refused at its {@link #MAX_ROWS}+1st data row.
 */
final class UnitFiles {

    /**
     * The columns of a unit file. {@code official_code} (the administrative code of Quyết định số 19/2025/QĐ-TTg,
     * for provinces) is written by the export and ignored by the import, since official codes are reference data.
     */
    static final List<String> COLUMNS = List.of("code", "name", "short_name", "abbreviation", "kind", "parent_code",
            "valid_from", "official_code");

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
            return format == FileFormat.CSV ? readCsv(content) : readXlsx(content);
        }
        catch (IOException | RuntimeException ex) {
            if (ex instanceof UserFacingException user) {
                throw user;
            }
            throw UserFacingException.invalid("import.file.unreadable", format.extension().toUpperCase(Locale.ROOT));
        }
    }

    /** Refuses the file as soon as it has more than {@link #MAX_ROWS} data rows, without reading the rest. */
    private static void count(List<RawRow> rows) {
        if (rows.size() >= MAX_ROWS) {
            throw UserFacingException.invalid("import.file.tooLarge", MAX_ROWS);
        }
    }

    /**
     * The text of a CSV file, decoded strictly: a byte sequence that is not UTF-8 is refused with its line number
     * (the header is line 1) instead of being replaced silently.
     */
    private static String utf8(byte[] content, int skip) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, skip, content.length - skip);
        CharBuffer out = CharBuffer.allocate(content.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = skip; i < in.position(); i++) {
                if (content[i] == '\n') {
                    line++;
                }
            }
            throw UserFacingException.invalid("import.file.encoding", line);
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static Table readCsv(byte[] content) throws IOException {
        int skip = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        Reader reader = new StringReader(utf8(content, skip));
        CSVFormat csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(csv).get()) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT))
                    .toList();
            List<RawRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                count(rows);
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < header.size() && i < record.size(); i++) {
                    cells.put(header.get(i), CsvCells.restore(record.get(i)));
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
                count(rows);
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

    /**
     * The rows (each in {@link #COLUMNS} order) as a file. CSV cells that a spreadsheet would run as a formula are
     * neutralised ({@link CsvCells}); reading restores them, so an exported file imports with the same values.
     */
    static byte[] write(List<List<String>> rows, FileFormat format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (format == FileFormat.CSV) {
                out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
                try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                        CSVFormat.DEFAULT)) {
                    printer.printRecord(COLUMNS);
                    for (List<String> row : rows) {
                        printer.printRecord(row.stream().map(CsvCells::neutralize).toList());
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

    /**
     * ISO (2025-07-01) or Vietnamese (01/07/2025) dates; the caller checks the range with
     * {@link PlausibleDates#plausible}.
     *
     * @throws IllegalArgumentException when the text is not a date
     */
    static LocalDate date(String text) {
        return PlausibleDates.read(text);
    }
}
