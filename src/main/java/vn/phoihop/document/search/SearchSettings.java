package vn.phoihop.document.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Search settings ({@code phoihop.document.search.*}).
 *
 * @param demoDocuments how many generated documents demo mode adds on first start (0: none; tests use 0 so they do
 *     not pay for them); environment variable {@code PHOIHOP_DEMO_DOCUMENTS}
 */
@ConfigurationProperties("phoihop.document.search")
public record SearchSettings(@DefaultValue("3000") int demoDocuments) {
}
