package vn.phoihop.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings shared by every module.
 *
 * @param mode {@code demo} (the default run: demo organisations and accounts, a DEMO banner) or {@code production}
 * @param dataDir where the embedded database and stored files live
 * @param db the database connection; an empty URL starts the embedded PostgreSQL
 */
@ConfigurationProperties("phoihop")
public record PhoiHopSettings(@DefaultValue("demo") Mode mode, @DefaultValue("./data") Path dataDir, @DefaultValue Db db) {

    /** How the application runs. */
    public enum Mode { DEMO, PRODUCTION }

    /**
     * @param url JDBC URL of an external PostgreSQL, or empty for the embedded one
     * @param embeddedPort port of the embedded server, 0 for any free port
     * @param ephemeral whether the embedded server gets a fresh directory that is deleted when the JVM stops
     *     (for tests)
     */
    public record Db(String url, String user, String password, @DefaultValue("0") int embeddedPort,
            @DefaultValue("false") boolean ephemeral) {

        public boolean external() {
            return url != null && !url.isBlank();
        }
    }

    public boolean demo() {
        return mode == Mode.DEMO;
    }
}
