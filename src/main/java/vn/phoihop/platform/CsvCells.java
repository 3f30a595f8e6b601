package vn.phoihop.platform;

/**
 * Cells of CSV files given to users, safe to open in a spreadsheet (OWASP "CSV injection"): a cell that begins
 * with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return would be run as a formula, so it is
 * written with a leading apostrophe ({@code =1+1} becomes {@code '=1+1}), which spreadsheets show as text.
 * Reading a file back, {@link #restore} removes exactly that apostrophe (one followed by one of those characters),
 * so an exported file imports with the original values. A value that really begins with an apostrophe followed by
 * one of those characters loses the apostrophe: no name in the registry does.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** The cell as written to a CSV file; {@code null} stays {@code null}. */
    public static String neutralize(String cell) {
        return cell != null && !cell.isEmpty() && triggers(cell.charAt(0)) ? "'" + cell : cell;
    }

    /** The value of a cell read from a CSV file that this application may have written. */
    public static String restore(String cell) {
        return cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && triggers(cell.charAt(1))
                ? cell.substring(1) : cell;
    }

    private static boolean triggers(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
