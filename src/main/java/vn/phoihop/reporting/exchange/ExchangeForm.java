package vn.phoihop.reporting.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.phoihop.platform.PlausibleDates;
import vn.phoihop.reporting.period.Period;
import vn.phoihop.reporting.template.Indicator;
import vn.phoihop.reporting.template.Rule;
import vn.phoihop.reporting.template.TemplateHeader;
import vn.phoihop.reporting.template.TemplateVersion;

/**
 * Writes the offline form ({@link FormLayout}): Vietnamese headings, the sections and their indicators (one row per
 * disaggregation option), the current draft's values, units, required marks, a drop-down list for choices, number and
 * date checks Excel enforces while typing, and the cross-field rules spelled out below. Everything but the value
 * column is locked (sheet protection guards the layout; the upload checks everything again anyway). Texts already
 * in the template are written as plain strings, never as formulas.
 */
final class ExchangeForm {

    /** Not a secret: sheet protection only keeps the layout from being changed by accident. */
    private static final String PROTECTION = "phoihop";

    private ExchangeForm() {
    }

    static byte[] write(TemplateHeader template, TemplateVersion version, Period period, String organizationName,
            long organizationId, Map<ValueKey, Object> values) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet(FormLayout.SHEET);
            Styles styles = new Styles(workbook);
            text(sheet, 0, FormLayout.NAME, template.name().toUpperCase(java.util.Locale.ROOT), styles.title);
            text(sheet, 1, FormLayout.NAME, "Kỳ báo cáo: " + period.name() + " (số liệu từ "
                    + PlausibleDates.display(period.dataFrom()) + " đến " + PlausibleDates.display(period.dataTo())
                    + "); hạn gửi: " + PlausibleDates.display(period.dueOn()), null);
            text(sheet, 2, FormLayout.NAME, "Đơn vị báo cáo: " + organizationName, null);
            text(sheet, 3, FormLayout.NAME, "Chỉ nhập số liệu vào cột «Giá trị», không sửa các cột khác; chỉ tiêu"
                    + " đánh dấu * là bắt buộc khi gửi báo cáo. Không dùng công thức.", styles.note);
            String[] headers = { "Mã chỉ tiêu", "Chỉ tiêu", "Giá trị", "Đơn vị tính", "Bắt buộc", "Hướng dẫn nhập" };
            Row header = sheet.createRow(FormLayout.HEADER_ROW);
            for (int c = 0; c < headers.length; c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(headers[c]);
                cell.setCellStyle(styles.header);
            }
            int r = FormLayout.HEADER_ROW + 1;
            DataValidationHelper validations = sheet.getDataValidationHelper();
            for (TemplateVersion.Section section : version.sections()) {
                text(sheet, r++, FormLayout.NAME, section.title(), styles.section);
                for (Indicator indicator : section.indicators()) {
                    for (String option : indicator.optionCodes()) {
                        ValueKey key = new ValueKey(indicator.code(), option);
                        Row row = sheet.createRow(r);
                        row.createCell(FormLayout.CODE).setCellValue(key.cellText());
                        row.createCell(FormLayout.NAME).setCellValue(label(indicator, option));
                        Cell value = row.createCell(FormLayout.VALUE);
                        value.setCellStyle(indicator.type() == vn.phoihop.reporting.template.ValueType.DATE
                                ? styles.dateInput : styles.input);
                        fill(value, values.get(key));
                        row.createCell(FormLayout.UNIT).setCellValue(indicator.unit() == null ? "" : indicator.unit());
                        row.createCell(FormLayout.REQUIRED).setCellValue(indicator.required() ? "*" : "");
                        row.createCell(FormLayout.HINT).setCellValue(hint(indicator));
                        DataValidation validation = validation(validations, indicator, r);
                        if (validation != null) {
                            sheet.addValidationData(validation);
                        }
                        r++;
                    }
                }
            }
            r++;
            if (!version.rules().isEmpty()) {
                text(sheet, r++, FormLayout.NAME, "Quy tắc kiểm tra:", styles.section);
                for (Rule rule : version.rules()) {
                    text(sheet, r++, FormLayout.NAME, "• " + rule.message(), null);
                }
            }
            sheet.setColumnWidth(FormLayout.CODE, 20 * 256);
            sheet.setColumnHidden(FormLayout.CODE, true);
            sheet.setColumnWidth(FormLayout.NAME, 60 * 256);
            sheet.setColumnWidth(FormLayout.VALUE, 24 * 256);
            sheet.setColumnWidth(FormLayout.UNIT, 14 * 256);
            sheet.setColumnWidth(FormLayout.REQUIRED, 10 * 256);
            sheet.setColumnWidth(FormLayout.HINT, 50 * 256);
            sheet.createFreezePane(0, FormLayout.HEADER_ROW + 1);
            sheet.protectSheet(PROTECTION);
            XSSFSheet meta = workbook.createSheet(FormLayout.META_SHEET);
            String[] metaValues = { FormLayout.FORMAT, template.code(), period.code(), String.valueOf(organizationId),
                    String.valueOf(version.id()) };
            for (int i = 0; i < metaValues.length; i++) {
                Row row = meta.createRow(i);
                row.createCell(0).setCellValue(FormLayout.META_KEYS[i]);
                row.createCell(1).setCellValue(metaValues[i]);
            }
            meta.protectSheet(PROTECTION);
            workbook.setSheetVisibility(1, SheetVisibility.VERY_HIDDEN);
            workbook.setActiveSheet(0);
            workbook.write(out);
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String label(Indicator indicator, String option) {
        if (option.isEmpty()) {
            return indicator.name();
        }
        String name = indicator.options().stream().filter(o -> o.code().equals(option)).map(Indicator.Option::name)
                .findFirst().orElse(option);
        return indicator.name() + " — " + name;
    }

    private static String hint(Indicator indicator) {
        return switch (indicator.type()) {
            case NUMBER, PERCENTAGE -> range(indicator);
            case CHOICE -> "Chọn một trong: " + String.join(", ", indicator.choices());
            case DATE -> "Ngày theo dạng ngày/tháng/năm (dd/mm/yyyy)";
            case TEXT -> "Văn bản, tối đa 4.000 ký tự";
        };
    }

    private static String range(Indicator indicator) {
        String kind = indicator.type() == vn.phoihop.reporting.template.ValueType.PERCENTAGE ? "Tỷ lệ (%)" : "Số";
        if (indicator.min() != null && indicator.max() != null) {
            return kind + " từ " + plain(indicator.min()) + " đến " + plain(indicator.max());
        }
        if (indicator.min() != null) {
            return indicator.min().signum() == 0 ? kind + " không âm" : kind + " từ " + plain(indicator.min()) + " trở lên";
        }
        return indicator.max() != null ? kind + " không lớn hơn " + plain(indicator.max()) : kind;
    }

    static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    private static DataValidation validation(DataValidationHelper helper, Indicator indicator, int row) {
        CellRangeAddressList cell = new CellRangeAddressList(row, row, FormLayout.VALUE, FormLayout.VALUE);
        DataValidationConstraint constraint = switch (indicator.type()) {
            case CHOICE -> indicator.choices().isEmpty() ? null
                    : helper.createExplicitListConstraint(indicator.choices().toArray(String[]::new));
            case NUMBER, PERCENTAGE -> indicator.min() == null && indicator.max() == null ? null
                    : indicator.max() == null
                            ? helper.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL,
                                    plain(indicator.min()), null)
                            : helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                                    indicator.min() == null ? "-1E15" : plain(indicator.min()), plain(indicator.max()));
            case DATE, TEXT -> null;
        };
        if (constraint == null) {
            return null;
        }
        DataValidation validation = helper.createValidation(constraint, cell);
        validation.setShowErrorBox(true);
        validation.setEmptyCellAllowed(true);
        validation.createErrorBox("Giá trị không hợp lệ", hint(indicator));
        return validation;
    }

    private static void fill(Cell cell, Object value) {
        if (value instanceof BigDecimal number) {
            cell.setCellValue(number.doubleValue());
        }
        else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
        }
        else if (value instanceof String text) {
            cell.setCellValue(text);
        }
    }

    private static void text(XSSFSheet sheet, int row, int column, String text, CellStyle style) {
        Row r = sheet.getRow(row) != null ? sheet.getRow(row) : sheet.createRow(row);
        Cell cell = r.createCell(column);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** The few styles of the form. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle section;
        final CellStyle note;
        final CellStyle input;
        final CellStyle dateInput;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font italic = workbook.createFont();
            italic.setItalic(true);
            title = workbook.createCellStyle();
            title.setFont(bold);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setBorderBottom(BorderStyle.THIN);
            section = workbook.createCellStyle();
            section.setFont(bold);
            note = workbook.createCellStyle();
            note.setFont(italic);
            input = workbook.createCellStyle();
            input.setLocked(false);
            input.setBorderBottom(BorderStyle.DOTTED);
            dateInput = workbook.createCellStyle();
            dateInput.cloneStyleFrom(input);
            dateInput.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        }
    }
}
