package vn.phoihop.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Two requests of one session that both add the same attribute (a double-clicked form whose answer redirects with a
 * flash message: both write {@code FLASH_MAPS}) made Spring Session's plain {@code INSERT} fail on the second with a
 * duplicate key, and the user saw an error page although their data was stored once. Spring Session's PostgreSQL
 * customizer writes attributes with {@code ON CONFLICT ... DO UPDATE}: the last writer wins, as for an update.
 */
@Configuration(proxyBeanMethods = false)
class SessionAttributeUpserts {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
