package vn.phoihop.tracking.progress;

/**
 * A progress update as the carrier's staff enter it (the page's form and the API's JSON body): the status name
 * (NOT_STARTED, IN_PROGRESS, DONE, BLOCKED), the percentage 0–100 and the narrative. Checked by
 * {@link ProgressReports}, never trusted as given.
 */
public record ProgressCommand(String status, Integer percent, String narrative) {

    /** An empty form. */
    public static ProgressCommand blank() {
        return new ProgressCommand("IN_PROGRESS", null, "");
    }
}
