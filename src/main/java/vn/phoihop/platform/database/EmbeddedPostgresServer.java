package vn.phoihop.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The embedded PostgreSQL servers of this JVM, one per data directory. Every application context that uses a
 * server holds a {@link Lease}; the server stops when the last lease is closed, which Spring does after closing the
 * data source. (The server's own JVM shutdown hook is off: it would stop PostgreSQL while the application is still
 * shutting down and needs the database.) The data stays in the directory across restarts, except for an
 * ephemeral server, whose fresh directory is deleted when it stops.
 */
final class EmbeddedPostgresServer {

    static final String DATABASE = "phoihop";

    private static final Map<Path, Running> SERVERS = new HashMap<>();

    private EmbeddedPostgresServer() {
    }

    /** A hold on a running server; closing the last one stops it. */
    static final class Lease implements AutoCloseable {

        private final Path key;
        private final String jdbcUrl;
        private boolean closed;

        private Lease(Path key, String jdbcUrl) {
            this.key = key;
            this.jdbcUrl = jdbcUrl;
        }

        /** The JDBC URL of the {@value #DATABASE} database. */
        String jdbcUrl() {
            return jdbcUrl;
        }

        @Override
        public void close() throws IOException {
            synchronized (SERVERS) {
                if (closed) {
                    return;
                }
                closed = true;
                Running running = SERVERS.get(key);
                if (running != null && --running.leases == 0) {
                    SERVERS.remove(key);
                    running.server.close();
                }
            }
        }
    }

    private static final class Running {
        final EmbeddedPostgres server;
        int leases;

        Running(EmbeddedPostgres server) {
            this.server = server;
        }
    }

    /** Starts the server for {@code dataDir} if it is not running, and leases it. */
    static Lease lease(Path dataDir, int port, boolean ephemeral) {
        Path dir = dataDir.toAbsolutePath().normalize().resolve(ephemeral ? "postgres-ephemeral" : "postgres");
        synchronized (SERVERS) {
            Running running = SERVERS.computeIfAbsent(dir, d -> new Running(start(d, port, ephemeral)));
            running.leases++;
            return new Lease(dir, running.server.getJdbcUrl("postgres", DATABASE));
        }
    }

    private static EmbeddedPostgres start(Path dir, int port, boolean ephemeral) {
        try {
            Files.createDirectories(dir);
            Path data = ephemeral ? Files.createTempDirectory(dir, "run-") : dir;
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(ephemeral)
                    .setRegisterShutdownHook(false)
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "100")
                    .setLocaleConfig("encoding", "UTF8")
                    .start();
            createDatabase(server);
            return server;
        }
        catch (IOException | RuntimeException ex) {
            throw new EmbeddedDatabaseException(dir, ex);
        }
    }

    private static void createDatabase(EmbeddedPostgres server) throws IOException {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
            if (!exists.next()) {
                statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
            }
        }
        catch (SQLException ex) {
            throw new IOException("could not create database " + DATABASE, ex);
        }
    }
}
