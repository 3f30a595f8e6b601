package vn.phoihop.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL server per data directory and JVM. The application and every test context in one JVM
 * share it; the server stops when the JVM exits. Its data stays in the directory across restarts.
 */
final class EmbeddedPostgresServer {

    static final String DATABASE = "phoihop";

    private static final Map<Path, EmbeddedPostgres> SERVERS = new ConcurrentHashMap<>();

    private EmbeddedPostgresServer() {
    }

    /**
     * The JDBC URL of the {@value #DATABASE} database on the server for {@code dataDir}, starting it if needed.
     * An ephemeral server lives in a fresh sub-directory that is deleted when the server stops.
     */
    static String jdbcUrl(Path dataDir, int port, boolean ephemeral) {
        Path dir = dataDir.toAbsolutePath().normalize().resolve(ephemeral ? "postgres-ephemeral" : "postgres");
        EmbeddedPostgres server = SERVERS.computeIfAbsent(dir, d -> start(d, port, ephemeral));
        return server.getJdbcUrl("postgres", DATABASE);
    }

    private static EmbeddedPostgres start(Path dir, int port, boolean ephemeral) {
        try {
            Files.createDirectories(dir);
            Path data = ephemeral ? Files.createTempDirectory(dir, "run-") : dir;
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(ephemeral)
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
