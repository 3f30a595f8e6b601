package vn.phoihop.platform.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a failed start of the embedded PostgreSQL into a message that says why and what to do instead. */
class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseException cause) {
        Throwable root = cause;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String description = "PhoiHop could not start its embedded PostgreSQL in " + cause.dataDir() + ".\n"
                + "Reason: " + root.getClass().getSimpleName() + ": " + root.getMessage() + "\n"
                + "Common causes: running as root where user namespaces are blocked (PostgreSQL refuses to run as "
                + "root and the embedded server then needs 'unshare'), a full disk, or a data directory left by "
                + "another PostgreSQL version.";
        String action = "Either run PhoiHop as an ordinary user, free the data directory (PHOIHOP_DATA_DIR), or point "
                + "PhoiHop at an external PostgreSQL:\n"
                + "  export PHOIHOP_DB_URL=jdbc:postgresql://localhost:5432/phoihop\n"
                + "  export PHOIHOP_DB_USER=phoihop PHOIHOP_DB_PASSWORD=...\n"
                + "(see the README, section Configuration).";
        return new FailureAnalysis(description, action, cause);
    }
}
