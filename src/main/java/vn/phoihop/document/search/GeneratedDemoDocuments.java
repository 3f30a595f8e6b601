package vn.phoihop.document.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.document.register.DocumentSettings;
import vn.phoihop.platform.PhoiHopSettings;

/**
 * Demo mode only: a few thousand generated documents ({@link SearchSettings#demoDocuments()}) so that search and the
 * filters have something to work on. Runs after the registry's demo units; idempotent: nothing is added when
 * generated documents are already there. Never in production.
 */
@Component
@Order(30)
class GeneratedDemoDocuments implements ApplicationRunner {

    static final long SEED = 20_261_130L;

    private static final Logger LOG = LoggerFactory.getLogger(GeneratedDemoDocuments.class);

    private final PhoiHopSettings settings;
    private final SearchSettings search;
    private final DocumentSettings documents;
    private final DocumentGenerator generator;
    private final TransactionTemplate transactions;

    GeneratedDemoDocuments(PhoiHopSettings settings, SearchSettings search, DocumentSettings documents,
            DocumentGenerator generator, TransactionTemplate transactions) {
        this.settings = settings;
        this.search = search;
        this.documents = documents;
        this.generator = generator;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.demo() || search.demoDocuments() <= 0 || generator.count() > 0) {
            return;
        }
        Integer added = transactions.execute(s -> generator.generate(search.demoDocuments(), SEED,
                documents.secretContentAllowed(), 3));
        LOG.info("Demo data: {} generated documents", added);
    }
}
