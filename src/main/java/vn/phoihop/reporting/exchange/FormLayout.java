package vn.phoihop.reporting.exchange;

/**
 * Where things are in the offline form: the visible sheet has the indicator codes in the hidden, locked column A,
 * names in B, the values to fill in C (the only unlocked cells), unit in D, a required mark in E and how to fill it
 * in F, one row per indicator and option below the header row; a very hidden sheet holds what the form is for.
 */
final class FormLayout {

    static final String SHEET = "Biểu mẫu";

    static final String META_SHEET = "_phoihop";

    /** Zero-based: the header row is row 6 in the spreadsheet. */
    static final int HEADER_ROW = 5;

    static final int CODE = 0;
    static final int NAME = 1;
    static final int VALUE = 2;
    static final int UNIT = 3;
    static final int REQUIRED = 4;
    static final int HINT = 5;

    static final String FORMAT = "phoihop-report-form-1";

    /** Rows of the meta sheet (column A the key, column B the value). */
    static final String[] META_KEYS = { "format", "template", "period", "organization", "version" };

    private FormLayout() {
    }
}
