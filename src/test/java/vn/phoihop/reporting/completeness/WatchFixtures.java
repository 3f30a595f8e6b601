package vn.phoihop.reporting.completeness;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Submissions in a given state, written straight into the schema (committed on their own), for the completeness and
 * reminder tests: what the submission and review services would have left behind.
 */
@Component
public class WatchFixtures {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    WatchFixtures(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * A submission of the organisation {@code orgCode} for {@code periodId} in {@code status}; unless a draft, first
     * submitted at noon (Vietnam) on {@code submittedOn}, late as given.
     */
    public long submission(long periodId, long versionId, String orgCode, String status, boolean late,
            java.time.LocalDate submittedOn) {
        OffsetDateTime at = "DRAFT".equals(status) ? null
                : submittedOn.atTime(12, 0).atOffset(ZoneOffset.ofHours(7));
        return transactions.execute(s -> jdbc.sql("""
                INSERT INTO report_submission (period_id, template_version_id, organization_id, status, late,
                                               first_submitted_at, submitted_at, submitted_by, created_by)
                VALUES (:p, :v, (SELECT id FROM organization WHERE code = :org), :status, :late, :at, :at,
                        :by, 'test') RETURNING id
                """).param("p", periodId).param("v", versionId).param("org", orgCode).param("status", status)
                .param("late", late).param("at", at).param("by", at == null ? null : "test").query(Long.class).single());
    }

    /** Sets the e-mail address of the account {@code username}. */
    public void email(String username, String address) {
        transactions.executeWithoutResult(s -> jdbc.sql("UPDATE user_account SET email = :e WHERE username = :u")
                .param("e", address).param("u", username).update());
    }
}
