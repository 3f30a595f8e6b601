package vn.phoihop.reporting.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidOperationException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.phoihop.platform.UserFacingException;

/**
 * An uploaded offline form, read into raw strings per value with the cell each came from. Refused before POI opens
 * it unless it starts with the ZIP signature and its entries, inflated once as a counted stream, stay within
 * {@link #MAX_ENTRIES} and {@link #MAX_INFLATED} bytes (an archive bomb is refused without being expanded in memory);
 * POI's own {@code ZipSecureFile} ratio limit stays on while it parses. A formula in a value cell is an error of that
 * cell, never evaluated; numbers are read as Excel shows them, dates as ISO days.
 *
 * @param meta what the form says it is for ({@link FormLayout#META_KEYS})
 * @param values the raw text of each value cell, in form order
 * @param cells where each value was read ({@code C8})
 * @param errors what could not be read, by cell
 */
record UploadedForm(Map<String, String> meta, Map<ValueKey, String> values, Map<ValueKey, String> cells,
        List<CellError> errors) {

    static final int MAX_ENTRIES = 200;

    static final long MAX_INFLATED = 20L * 1024 * 1024;

    private static final byte[] ZIP = { 'P', 'K', 3, 4 };

    /**
     * Reads {@code content}.
     *
     * @throws UserFacingException (400) when it is not an XLSX file, is broken or encrypted, is an archive bomb, or is
     *         not a PhoiHop form
     */
    static UploadedForm read(byte[] content) {
        if (content.length < ZIP.length || !java.util.Arrays.equals(content, 0, ZIP.length, ZIP, 0, ZIP.length)) {
            throw UserFacingException.invalid("reporting.exchange.notXlsx");
        }
        inflateCheck(content);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            return read(workbook);
        }
        catch (IOException | POIXMLException | NotOfficeXmlFileException
                | EncryptedDocumentException | InvalidOperationException broken) {
            throw UserFacingException.invalid("reporting.exchange.broken");
        }
    }

    private static void inflateCheck(byte[] content) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw UserFacingException.invalid("reporting.exchange.bomb");
                }
                for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
                    total += n;
                    if (total > MAX_INFLATED) {
                        throw UserFacingException.invalid("reporting.exchange.bomb");
                    }
                }
            }
        }
        catch (IOException broken) {
            throw UserFacingException.invalid("reporting.exchange.broken");
        }
        if (entries == 0) {
            throw UserFacingException.invalid("reporting.exchange.broken");
        }
    }

    private static UploadedForm read(Workbook workbook) {
        Sheet meta = workbook.getSheet(FormLayout.META_SHEET);
        Sheet sheet = workbook.getSheet(FormLayout.SHEET);
        if (meta == null || sheet == null) {
            throw UserFacingException.invalid("reporting.exchange.notForm");
        }
        Map<String, String> info = new LinkedHashMap<>();
        for (Row row : meta) {
            Cell key = row.getCell(0);
            Cell value = row.getCell(1);
            if (key != null && key.getCellType() == CellType.STRING && value != null
                    && value.getCellType() == CellType.STRING) {
                info.put(key.getStringCellValue(), value.getStringCellValue());
            }
        }
        if (!FormLayout.FORMAT.equals(info.get("format"))) {
            throw UserFacingException.invalid("reporting.exchange.notForm");
        }
        Map<ValueKey, String> values = new LinkedHashMap<>();
        Map<ValueKey, String> cells = new LinkedHashMap<>();
        List<CellError> errors = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() <= FormLayout.HEADER_ROW) {
                continue;
            }
            Cell code = row.getCell(FormLayout.CODE);
            if (code == null || code.getCellType() == CellType.BLANK) {
                continue;
            }
            String codeRef = new CellReference(row.getRowNum(), FormLayout.CODE).formatAsString(false);
            if (code.getCellType() != CellType.STRING || code.getStringCellValue().isBlank()) {
                errors.add(CellError.at(codeRef, null, "reporting.exchange.cell.code"));
                continue;
            }
            ValueKey key = ValueKey.ofCellText(code.getStringCellValue().trim());
            String ref = new CellReference(row.getRowNum(), FormLayout.VALUE).formatAsString(false);
            if (values.containsKey(key)) {
                errors.add(CellError.at(codeRef, key, "reporting.exchange.cell.duplicate"));
                continue;
            }
            cells.put(key, ref);
            Cell cell = row.getCell(FormLayout.VALUE);
            CellType type = cell == null ? CellType.BLANK : cell.getCellType();
            switch (type) {
                case BLANK -> values.put(key, "");
                case STRING -> values.put(key, cell.getStringCellValue().trim());
                case NUMERIC -> values.put(key, DateUtil.isCellDateFormatted(cell)
                        ? iso(cell.getLocalDateTimeCellValue().toLocalDate())
                        : NumberToTextConverter.toText(cell.getNumericCellValue()));
                case BOOLEAN -> values.put(key, cell.getBooleanCellValue() ? "TRUE" : "FALSE");
                case FORMULA -> errors.add(CellError.at(ref, key, "reporting.exchange.cell.formula"));
                default -> errors.add(CellError.at(ref, key, "reporting.exchange.cell.unreadable"));
            }
        }
        return new UploadedForm(info, values, cells, errors);
    }

    private static String iso(LocalDate date) {
        return date.toString();
    }
}
