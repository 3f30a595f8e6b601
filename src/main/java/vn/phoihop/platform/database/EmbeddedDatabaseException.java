package vn.phoihop.platform.database;

import java.nio.file.Path;

/** The embedded PostgreSQL could not start; {@link EmbeddedDatabaseFailureAnalyzer} explains what to do. */
class EmbeddedDatabaseException extends RuntimeException {

    private final Path dataDir;

    EmbeddedDatabaseException(Path dataDir, Throwable cause) {
        super("The embedded PostgreSQL in " + dataDir + " could not start: " + cause.getMessage(), cause);
        this.dataDir = dataDir;
    }

    Path dataDir() {
        return dataDir;
    }
}
