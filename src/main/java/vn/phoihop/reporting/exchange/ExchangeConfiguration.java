package vn.phoihop.reporting.exchange;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import vn.phoihop.platform.web.UploadCap;

/**
 * The offline form's size cap for multipart uploads under its page and API paths: the platform's upload filter
 * refuses a larger request from its {@code Content-Length} (413) before the body is read; {@link Exchanges} checks
 * the same cap again.
 */
@Configuration(proxyBeanMethods = false)
class ExchangeConfiguration {

    @Bean
    UploadCap exchangeUploadCap() {
        return new UploadCap(Set.of("/reporting/exchange/", "/api/v1/reporting/exchange/"),
                DataSize.ofBytes(Exchanges.MAX_BYTES));
    }
}
