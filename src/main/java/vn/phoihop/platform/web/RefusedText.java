package vn.phoihop.platform.web;

import java.sql.SQLException;

/**
 * The last line of defence behind the input checks: PostgreSQL refuses text it cannot store (a NUL byte, an
 * invalid byte sequence: SQLSTATE 22021 or 22P05). Such a failure is the user's input, so it is answered with 400
 * and the control-character message, never a 500.
 */
final class RefusedText {

    private RefusedText() {
    }

    /** Whether {@code failure} (or one of its causes) is PostgreSQL refusing to store a text. */
    static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && ("22021".equals(sql.getSQLState())
                    || "22P05".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
