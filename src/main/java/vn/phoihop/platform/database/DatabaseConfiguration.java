package vn.phoihop.platform.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.phoihop.platform.PhoiHopSettings;

/**
 * The one PostgreSQL database: the external server given by {@code PHOIHOP_DB_URL}, or else an embedded real
 * PostgreSQL whose data stays under {@code PHOIHOP_DATA_DIR}.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    DataSource dataSource(PhoiHopSettings settings) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("phoihop");
        dataSource.setMaximumPoolSize(10);
        if (settings.db().external()) {
            dataSource.setJdbcUrl(settings.db().url());
            dataSource.setUsername(settings.db().user());
            dataSource.setPassword(settings.db().password());
            log.info("Using external PostgreSQL at {}", settings.db().url().replaceAll("password=[^&]*", "password=***"));
        }
        else {
            dataSource.setJdbcUrl(EmbeddedPostgresServer.jdbcUrl(settings.dataDir(), settings.db().embeddedPort(),
                    settings.db().ephemeral()));
            dataSource.setUsername("postgres");
            log.info("Using embedded PostgreSQL with data in {}", settings.dataDir().toAbsolutePath().normalize());
        }
        return dataSource;
    }
}
