package vn.phoihop.organization.unitfile;

import java.util.List;

/**
 * The result of checking (and, when clean, importing) a file of units: how many data rows it has, how many were
 * imported (0 for a dry run or a file with any problem: the import is all or nothing), and every problem by row.
 */
public record ImportReport(int rows, int imported, boolean dryRun, List<ImportProblem> problems) {

    public boolean clean() {
        return problems.isEmpty();
    }

    /**
     * One problem: the row as a spreadsheet numbers it (the header is row 1), the column, and the message in the
     * user's language (key and arguments too, for pages that render it themselves).
     */
    public record ImportProblem(int row, String column, String messageKey, List<String> arguments, String message) {
    }
}
