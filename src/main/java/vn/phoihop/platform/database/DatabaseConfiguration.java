package vn.phoihop.platform.database;

import java.util.Optional;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.phoihop.platform.PhoiHopSettings;

/**
 * The one PostgreSQL database: the external server given by {@code PHOIHOP_DB_URL}, or else an embedded real
 * PostgreSQL whose data stays under {@code PHOIHOP_DATA_DIR}. The embedded server is leased by this context and
 * stops after the data source has closed.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(PhoiHopSettings settings) {
        if (settings.db().external()) {
            return new EmbeddedDatabase(Optional.empty());
        }
        log.info("Using embedded PostgreSQL with data in {}", settings.dataDir().toAbsolutePath().normalize());
        return new EmbeddedDatabase(Optional.of(EmbeddedPostgresServer.lease(settings.dataDir(),
                settings.db().embeddedPort(), settings.db().ephemeral())));
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(PhoiHopSettings settings, EmbeddedDatabase embedded) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("phoihop");
        dataSource.setMaximumPoolSize(10);
        if (embedded.lease().isPresent()) {
            dataSource.setJdbcUrl(embedded.lease().get().jdbcUrl());
            dataSource.setUsername("postgres");
        }
        else {
            dataSource.setJdbcUrl(settings.db().url());
            dataSource.setUsername(settings.db().user());
            dataSource.setPassword(settings.db().password());
            log.info("Using external PostgreSQL at {}", settings.db().url().replaceAll("password=[^&]*", "password=***"));
        }
        return dataSource;
    }

    /** This context's hold on the embedded server, if it uses one. */
    record EmbeddedDatabase(Optional<EmbeddedPostgresServer.Lease> lease) implements AutoCloseable {

        @Override
        public void close() throws Exception {
            if (lease.isPresent()) {
                lease.get().close();
            }
        }
    }
}
